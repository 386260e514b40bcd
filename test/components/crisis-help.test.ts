/**
 * Every widget's own help line: "Need help now? Call or text 988." and 911 for immediate danger, in English and
 * Spanish, in all four widgets, with plain working tel:/sms: links, and nothing from the page can hide it; a
 * center's own 24/7 line (`crisis-phone`) after 988, never instead; the data layer never counts quiz steps.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/register-all.js';
import type { CarepathElement } from '../../src/internal/carepath-element.js';
import { captureWarnings } from '../helpers/console.js';
import { expectLegible, mountWithSheet } from '../helpers/legible.js';
import { $, freshGroup, mount, play, screenOf, textOf } from '../helpers/quiz-driver.js';

const WIDGETS = ['carepath-levels', 'carepath-quiz', 'carepath-cost', 'carepath-schedule'] as const;
const PARTS =
  'back badge bar base block card chart continue cta day disclaimer download error-summary field figures fit-check footnote form heading highlight ' +
  'intro level note option progress question region result results row scale secondary-cta select summary table tracks week help-line crisis-line';

/** Everything a page can aim at a widget from outside: every part (current, removed and guessed), the tag, the tokens. */
const hostileSheet = (tag: string) => `
  ${PARTS.split(' ').map((part) => `${tag}::part(${part})`).join(', ')} {
    display: none !important; visibility: hidden !important; opacity: 0 !important;
    color: transparent !important; -webkit-text-fill-color: transparent !important; font-size: 2px !important;
  }
  ${tag} {
    --carepath-color-text: #ffffff; --carepath-color-surface: #ffffff; --carepath-color-surface-alt: #ffffff;
    --carepath-color-accent: #ffffff; --carepath-color-highlight: #ffffff; --carepath-color-muted: #ffffff;
    --carepath-color-text-dark: #000000; --carepath-color-surface-dark: #000000; --carepath-color-accent-dark: #000000;
    --carepath-font-size: 2px; --carepath-font-family: serif; --_hl-bg: #ffffff; --_hl-text: #ffffff; --_hl-link: #ffffff;
    color: transparent; font-size: 2px; line-height: 0; letter-spacing: -1em; visibility: hidden;
  }
`;

const LINE = {
  en: 'Need help now? Call or text 988. If you are in immediate danger, call 911.',
  es: '¿Necesita ayuda ahora? Llame al 988 y marque 2, o envíe AYUDA al 988. Si está en peligro inmediato, llame al 911.',
} as const;

const helpLine = (el: HTMLElement) => el.shadowRoot?.querySelector('.help-line') ?? null;
const hrefs = (node: Element | null) => Array.from(node?.querySelectorAll('a') ?? [], (a) => a.getAttribute('href'));

async function mountIn(tag: string, attributes = '', lang = 'en'): Promise<CarepathElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.lang = lang;
  wrapper.style.width = '800px';
  wrapper.innerHTML = `<${tag} group="${freshGroup()}" ${attributes}></${tag}>`;
  const el = wrapper.querySelector(tag) as CarepathElement;
  await el.updateComplete;
  return el;
}

describe('the help line in every widget', () => {
  for (const tag of WIDGETS) {
    for (const lang of ['en', 'es'] as const) {
      it(`<${tag}> shows 988 and 911 in ${lang === 'en' ? 'English' : 'Spanish'}, with working tel: and sms: links`, async () => {
        const el = await mountIn(tag, '', lang);
        const line = helpLine(el);
        expect(textOf(line)).to.equal(LINE[lang]);
        expect(line?.getAttribute('lang')).to.equal(lang);
        expect(hrefs(line)).to.deep.equal(['tel:988', 'sms:988', 'tel:911']);
        expectLegible(line, `${tag} help line (${lang})`);
        expect(line?.closest('[part]') == null && line?.querySelector('[part]') == null, 'no part on or in the line').to.equal(true);
      });
    }

    for (const theme of ['light', 'dark', 'auto']) {
      it(`<${tag}> keeps it on screen and legible under a hostile page sheet (theme ${theme})`, async () => {
        const el = await mountWithSheet<CarepathElement>(tag, `<${tag} theme="${theme}" group="${freshGroup()}"></${tag}>`, hostileSheet(tag));
        expectLegible(helpLine(el), `${tag} help line under a hostile sheet`);
        expect(hrefs(helpLine(el))).to.deep.equal(['tel:988', 'sms:988', 'tel:911']);
      });
    }
  }

  it('cannot be replaced through the quiz\'s strings', async () => {
    const el = await mountIn('carepath-quiz');
    const warnings = await captureWarnings(async () => {
      (el as unknown as { strings: Record<string, string> }).strings = { 'carepath.help.line': 'Call us instead', 'carepath.help.danger': 'Call us instead' };
      await el.updateComplete;
    });
    expect(warnings.join(' ')).to.contain('strings cannot replace "carepath.help.line"');
    expect(textOf(helpLine(el))).to.equal(LINE.en);
  });

  it('is accessible in each widget', async () => {
    for (const tag of WIDGETS) {
      const el = await mountIn(tag);
      await expect(el).to.be.accessible();
    }
  });
});

describe('crisis-phone and crisis-phone-label: a center\'s own 24/7 line after 988', () => {
  for (const tag of WIDGETS) {
    it(`<${tag}> shows it after 988 and before 911, the label inside fixed text`, async () => {
      const el = await mountIn(tag, 'crisis-phone="(555) 555-0100" crisis-phone-label="Sunrise Recovery"');
      const line = helpLine(el);
      expect(textOf(line)).to.equal(
        'Need help now? Call or text 988. Or call Sunrise Recovery, open 24/7: (555) 555-0100. If you are in immediate danger, call 911.',
      );
      expect(hrefs(line)).to.deep.equal(['tel:988', 'sms:988', 'tel:5555550100', 'tel:911']);
      expect(el.configIssues).to.deep.equal([]);
    });
  }

  it('reads a tel: link, keeps the + and says "this center" without a label; Spanish wording', async () => {
    const el = await mountIn('carepath-cost', 'crisis-phone="tel:+1-555-555-0100"', 'es');
    expect(textOf(helpLine(el))).to.contain('O llame a este centro (las 24 horas, todos los días): +1-555-555-0100.');
    expect(hrefs(helpLine(el))).to.deep.equal(['tel:988', 'sms:988', 'tel:+15555550100', 'tel:911']);
  });

  for (const value of ['https://example.org/crisis', 'javascript:alert(1)', 'call us', 'mailto:help@example.org', '12']) {
    it(`drops crisis-phone="${value}" with one warning and one issue; 988 stays`, async () => {
      let el!: CarepathElement;
      const warnings = await captureWarnings(async () => {
        el = await mountIn('carepath-schedule', `crisis-phone="${value}" crisis-phone-label="Sunrise"`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((warning) => warning.includes('crisis-phone'))).to.have.length(1);
      expect(warnings[0]).to.contain('must be a phone number or a tel: link');
      expect(el.configIssues.map((issue) => issue.field)).to.deep.equal(['crisis-phone']);
      expect(textOf(helpLine(el))).to.equal(LINE.en);
      expect(hrefs(helpLine(el))).to.deep.equal(['tel:988', 'sms:988', 'tel:911']);
    });
  }

  it('refuses a label with markup or over 60 characters, and keeps the number with "this center"', async () => {
    let el!: CarepathElement;
    const warnings = await captureWarnings(async () => {
      el = await mountIn('carepath-levels', `crisis-phone="555-0100" crisis-phone-label="<b>Sunrise</b>"`);
    });
    expect(warnings).to.have.length(1);
    expect(textOf(helpLine(el))).to.contain('Or call this center, open 24/7: 555-0100.');
    el.setAttribute('crisis-phone-label', 'x'.repeat(61));
    await captureWarnings(() => el.updateComplete);
    expect(el.configIssues.map((issue) => issue.field)).to.deep.equal(['crisis-phone-label']);
  });

  it('appears in the quiz\'s crisis panel right after the 988 ways, and in the crisis result', async () => {
    const el = await mount(`<carepath-quiz group="${freshGroup()}" crisis-phone="tel:+15555550100" crisis-phone-label="Sunrise"></carepath-quiz>`);
    await play(el, { safety: 'yes' }, 'crisis');
    expect(screenOf(el)).to.equal('crisis');
    const panelLinks = hrefs($(el, '.crisis-panel .help-actions'));
    expect(panelLinks.slice(0, 4)).to.deep.equal(['tel:988', 'sms:988', 'https://988lifeline.org', 'tel:+15555550100']);
    expect(textOf($(el, '.crisis-panel a[href="tel:+15555550100"]'))).to.equal('+15555550100 Or call Sunrise, open 24/7');
    await play(el, { safety: 'yes' });
    expect(screenOf(el)).to.equal('result');
    expect(hrefs($(el, '.crisis-panel'))).to.include('tel:+15555550100');
  });

  it('steps aside on the quiz\'s crisis screens, where the crisis panel carries the same numbers and more', async () => {
    const el = await mount(`<carepath-quiz group="${freshGroup()}"></carepath-quiz>`);
    expect(getComputedStyle(helpLine(el) as Element).display).to.equal('block');
    await play(el, { safety: 'yes' }, 'crisis');
    expect(screenOf(el)).to.equal('crisis');
    expect(getComputedStyle(helpLine(el) as Element).display, 'crisis screen').to.equal('none');
    await play(el, { safety: 'yes' });
    expect(screenOf(el)).to.equal('result');
    expect(getComputedStyle(helpLine(el) as Element).display, 'crisis result').to.equal('none');
    expectLegible($(el, '.crisis-panel'), 'the crisis panel instead');
  });
});

describe('the data layer', () => {
  it('never mirrors carepath-quiz-step (the count of steps would tell how the visitor answered)', async () => {
    const host = window as unknown as { dataLayer?: unknown[] };
    host.dataLayer = [];
    const el = await mount(`<carepath-quiz data-layer group="${freshGroup()}"></carepath-quiz>`);
    const steps: Event[] = [];
    el.addEventListener('carepath-quiz-step', (event) => steps.push(event));
    await play(el);
    expect(steps.length > 1, 'the quiz did step').to.equal(true);
    const events = (host.dataLayer as { event: string }[]).map((entry) => entry.event);
    expect(events).to.include('carepath_quiz_start');
    expect(events.filter((name) => name.includes('step'))).to.deep.equal([]);
    delete host.dataLayer;
  });
});
