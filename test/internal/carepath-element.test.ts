import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { publish } from '../../src/internal/channel.js';
import { define } from '../../src/internal/define.js';
import { nearestLang, resolveLanguage } from '../../src/internal/localize.js';
import type { CarepathConfigErrorEvent } from '../../src/events/config-error.js';
import { TestWidget } from './fixtures.js';

/** Captures console.warn while `fn` runs. */
async function captureWarnings(fn: () => Promise<unknown> | unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

const text = (el: TestWidget) => el.shadowRoot?.querySelector('.content')?.textContent ?? '';

describe('CarepathElement (the shared widget base)', () => {
  it('renders defaults with no attributes and reports nothing', async () => {
    const el = await fixture<TestWidget>(html`<carepath-test-widget></carepath-test-widget>`);
    expect(text(el)).to.equal('Levels: php iop at 300');
    expect(el.configIssues).to.deep.equal([]);
    expect(el.resolved).to.include({ theme: 'light', group: 'default', independent: false, debug: false, dataLayer: false });
  });

  it('reads lists, numbers and name=value pairs from attributes', async () => {
    const el = await fixture<TestWidget>(
      html`<carepath-test-widget levels="outpatient  iop" daily-rate="250.5" tracks="morning=09:00 evening=18:00"></carepath-test-widget>`,
    );
    expect(el.resolved.levels).to.deep.equal(['outpatient', 'iop']);
    expect(el.resolved.dailyRate).to.equal(250.5);
    expect(el.resolved.tracks).to.deep.equal({ morning: '09:00', evening: '18:00' });
  });

  it('ranks the property/attribute (last write wins) above the JSON child', async () => {
    const el = await fixture<TestWidget>(html`<carepath-test-widget daily-rate="250">
      <script type="application/json">{ "dailyRate": 200, "heading": "From JSON" }</script>
    </carepath-test-widget>`);
    expect(el.resolved.dailyRate).to.equal(250);
    expect(el.dailyRate, 'the attribute converts into the property').to.equal(250);
    expect(el.resolved.heading).to.equal('From JSON');
    el.dailyRate = 275;
    await el.updateComplete;
    expect(el.resolved.dailyRate).to.equal(275);
    el.setAttribute('daily-rate', '260');
    await el.updateComplete;
    expect(el.resolved.dailyRate, 'the attribute written last wins').to.equal(260);
    el.dailyRate = undefined;
    await el.updateComplete;
    expect(el.resolved.dailyRate, 'an unset property falls back to the JSON child').to.equal(200);
  });

  it('falls back to the next valid source, warns once per field, lists the issue and fires the event', async () => {
    let el!: TestWidget;
    const events: CarepathConfigErrorEvent[] = [];
    const warnings = await captureWarnings(async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.addEventListener('carepath-config-error', (event) => events.push(event));
      wrapper.innerHTML = `<carepath-test-widget daily-rate="three hundred" levels="iop detox"><script type="application/json">{"dailyRate": 210}</script></carepath-test-widget>`;
      el = wrapper.querySelector('carepath-test-widget') as TestWidget;
      await el.updateComplete;
      el.heading = 'x';
      await el.updateComplete; // a second render must not warn again
    });
    expect(el.resolved.dailyRate, 'bad attribute → JSON').to.equal(210);
    expect(el.resolved.levels, 'bad list → default').to.deep.equal(['php', 'iop']);
    expect(warnings).to.have.length(2);
    expect(warnings.join('\n')).to.contain('<carepath-test> attribute daily-rate="three hundred"').and.contain('using 210 from the JSON block');
    expect(warnings.join('\n')).to.contain('levels=').and.contain('"detox"').and.contain('using the default ["php","iop"]');
    expect(el.configIssues.map((issue) => issue.field)).to.deep.equal(['levels', 'daily-rate']);
    expect(events).to.have.length(1);
    expect(events[0]?.detail.issues.map((issue) => issue.value)).to.deep.equal(['iop detox', 'three hundred']);
    expect(events[0]?.bubbles && events[0]?.composed).to.equal(true);
    expect(text(el), 'never blank').to.equal('x: php iop at 210');
  });

  it('reads a string set on a list, number or pairs property like attribute text (React 19 sets properties)', async () => {
    const el = await fixture<TestWidget>(html`<carepath-test-widget></carepath-test-widget>`);
    (el as unknown as Record<string, unknown>).levels = 'outpatient iop';
    (el as unknown as Record<string, unknown>).dailyRate = '275';
    (el as unknown as Record<string, unknown>).tracks = 'morning=09:00';
    await el.updateComplete;
    expect(el.resolved.levels).to.deep.equal(['outpatient', 'iop']);
    expect(el.resolved.dailyRate).to.equal(275);
    expect(el.resolved.tracks).to.deep.equal({ morning: '09:00' });
    expect(el.configIssues).to.deep.equal([]);
  });

  it('falls back from an invalid property to the JSON child, not to the attribute it replaced', async () => {
    const el = await fixture<TestWidget>(html`<carepath-test-widget daily-rate="240"><script type="application/json">{ "dailyRate": 230 }</script></carepath-test-widget>`);
    const warnings = await captureWarnings(async () => {
      el.dailyRate = -5;
      await el.updateComplete;
    });
    expect(el.dailyRate, 'reads back what was set').to.equal(-5);
    expect(el.resolved.dailyRate).to.equal(230);
    expect(warnings[0]).to.contain('property daily-rate=-5').and.contain('at least 0');
  });

  it('says "did you mean" for a misspelt attribute', async () => {
    let el!: TestWidget;
    const warnings = await captureWarnings(async () => {
      el = await fixture<TestWidget>(html`<carepath-test-widget daily_rate="200" dailyrate="200" levles="iop" class="x" data-foo="1"></carepath-test-widget>`);
    });
    expect(warnings).to.have.length(3);
    expect(warnings[0]).to.contain('no attribute "daily_rate"; did you mean "daily-rate"?');
    expect(warnings[2]).to.contain('did you mean "levels"?');
    expect(el.resolved.dailyRate).to.equal(300);
  });

  it('refuses a javascript: link and renders no link from it', async () => {
    let el!: TestWidget;
    const warnings = await captureWarnings(async () => {
      el = await fixture<TestWidget>(html`<carepath-test-widget cta-href=" JavaScript:alert(1)"></carepath-test-widget>`);
    });
    expect(el.resolved.ctaHref).to.equal(undefined);
    expect(el.shadowRoot?.querySelector('.root a'), 'no link in the widget').to.equal(null);
    expect(warnings[0]).to.contain('must be an https:, http:, relative, tel:, sms: or mailto: link');
  });

  it('reports broken JSON without losing the attributes', async () => {
    let el!: TestWidget;
    const warnings = await captureWarnings(async () => {
      el = await fixture<TestWidget>(html`<carepath-test-widget daily-rate="220"><script type="application/json">{ levels: [</script></carepath-test-widget>`);
    });
    expect(el.resolved.dailyRate).to.equal(220);
    expect(el.configIssues[0]?.field).to.equal('json');
    expect(warnings[0]).to.contain('JSON block is not valid JSON');
  });

  it('shows a neutral notice instead of throwing or rendering blank, and the issues with debug', async () => {
    const el = await fixture<TestWidget>(html`<carepath-test-widget debug></carepath-test-widget>`);
    const warnings = await captureWarnings(async () => {
      el.failWith = new Error('boom');
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(el.shadowRoot?.querySelector('.notice')?.textContent).to.equal('This section is not available right now.');
    expect(el.shadowRoot?.querySelector('.debug li')?.textContent).to.contain('could not render: Error: boom');
    expect(el.shadowRoot?.querySelector('.help-line')?.textContent?.replace(/\s+/g, ' ').trim(), 'the help line stays').to.equal(
      'Need help now? Call or text 988. If you are in immediate danger, call 911.',
    );
    expect(warnings).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('sets the `rendered` custom state with its first render, so a page can reserve its height until then', async () => {
    const style = document.createElement('style');
    style.textContent = 'carepath-test-widget:not(:state(rendered)) { display: block; min-block-size: 500px; }';
    document.head.append(style);
    try {
      const el = document.createElement('carepath-test-widget') as TestWidget;
      document.body.append(el);
      expect(el.matches(':state(rendered)')).to.equal(false);
      expect(el.getBoundingClientRect().height).to.equal(500); // reserved while defined but not yet rendered
      await el.updateComplete;
      expect(el.matches(':state(rendered)')).to.equal(true);
      expect(el.getBoundingClientRect().height).to.be.below(500);
      el.remove();
    } finally {
      style.remove();
    }
  });

  it('applies the theme to its root', async () => {
    const el = await fixture<TestWidget>(html`<carepath-test-widget theme="dark"></carepath-test-widget>`);
    expect(el.shadowRoot?.querySelector('.root')?.classList.contains('dark')).to.equal(true);
    el.theme = 'auto';
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('.root')?.classList.contains('auto')).to.equal(true);
  });

  describe('render scheduling', () => {
    it('renders each widget for the first time in a task of its own', async () => {
      const order: string[] = [];
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const a = document.createElement('carepath-test-widget') as TestWidget;
      const b = document.createElement('carepath-test-widget') as TestWidget;
      Object.assign(a, {
        updated: () => {
          order.push('a');
          queueMicrotask(() => order.push('microtask queued by a'));
        },
      });
      Object.assign(b, { updated: () => order.push('b') });
      wrapper.append(a, b);
      await a.updateComplete;
      await b.updateComplete;
      // In one task, b would render before a's microtask runs.
      expect(order.slice(0, 3)).to.deep.equal(['a', 'microtask queued by a', 'b']);
    });
  });

  describe('language', () => {
    it('uses the primary subtag of the nearest lang, crossing shadow roots', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-MX"><section><carepath-test-widget></carepath-test-widget></section></div>`);
      const el = wrapper.querySelector('carepath-test-widget') as TestWidget;
      await el.updateComplete; // a widget's first render runs in a task of its own
      expect(nearestLang(el)).to.equal('es-MX');
      expect(el.shadowRoot?.querySelector('.root')?.getAttribute('lang')).to.equal('es');
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).innerHTML = '<span id="inner"></span>';
      host.lang = 'es';
      expect(nearestLang(host.shadowRoot?.getElementById('inner') as Element)).to.equal('es');
    });

    it('maps es and es-* to Spanish and anything else to English, silently', () => {
      expect(['es', 'ES-us', 'es_MX', 'en', 'fr', '', 'zz-invalid'].map(resolveLanguage)).to.deep.equal(['es', 'es', 'es', 'en', 'en', 'en', 'en']);
    });

    it('re-renders when an ancestor lang changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><carepath-test-widget></carepath-test-widget></div>`);
      const el = wrapper.querySelector('carepath-test-widget') as TestWidget;
      wrapper.lang = 'es';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('.root')?.getAttribute('lang')).to.equal('es');
    });
  });

  describe('channel and data layer', () => {
    it('replays the last message of its group to a late widget, and ignores other groups', async () => {
      publish({ v: 1, group: 'late-test', level: 'php', crisis: false });
      publish({ v: 1, group: 'other-group', level: 'iop', crisis: false });
      const el = await fixture<TestWidget>(html`<carepath-test-widget group="late-test"></carepath-test-widget>`);
      expect(el.messages).to.deep.equal([{ v: 1, group: 'late-test', level: 'php', crisis: false }]);
      publish({ v: 1, group: 'late-test', level: null, crisis: false });
      expect(el.messages.at(-1)?.level).to.equal(null);
    });

    it('ignores the channel while independent, and stops listening when disconnected', async () => {
      const el = await fixture<TestWidget>(html`<carepath-test-widget group="indep-test" independent></carepath-test-widget>`);
      publish({ v: 1, group: 'indep-test', level: 'iop', crisis: false });
      expect(el.messages).to.deep.equal([]);
      el.independent = false;
      el.removeAttribute('independent');
      await el.updateComplete;
      expect(el.messages.map((m) => m.level)).to.deep.equal(['iop']);
      el.remove();
      publish({ v: 1, group: 'indep-test', level: 'php', crisis: false });
      expect(el.messages.map((m) => m.level)).to.deep.equal(['iop']);
    });

    it('mirrors events into dataLayer only when opted in, with widget and group only', async () => {
      const host = window as unknown as { dataLayer?: unknown[] };
      host.dataLayer = [];
      await captureWarnings(async () => {
        const quiet = await fixture<TestWidget>(html`<carepath-test-widget daily-rate="bad"></carepath-test-widget>`);
        await quiet.updateComplete;
      });
      expect(host.dataLayer).to.deep.equal([]);
      await captureWarnings(async () => {
        const el = await fixture<TestWidget>(html`<carepath-test-widget data-layer group="g1" daily-rate="bad"></carepath-test-widget>`);
        await el.updateComplete;
      });
      expect(host.dataLayer).to.deep.equal([{ event: 'carepath_config_error', widget: 'test', group: 'g1' }]);
    });

    it('fires no event on a programmatic change', async () => {
      const el = await fixture<TestWidget>(html`<carepath-test-widget></carepath-test-widget>`);
      let fired = 0;
      el.addEventListener('carepath-config-error', () => (fired += 1));
      el.dailyRate = 123;
      el.levels = ['outpatient'];
      await el.updateComplete;
      expect(fired).to.equal(0);
    });
  });

  describe('define()', () => {
    it('skips a tag that is already defined and warns once per page, naming both versions', async () => {
      class SecondCopy extends TestWidget {
        static override readonly carepathVersion = '9.9.9';
      }
      const warnings = await captureWarnings(() => {
        define('carepath-test-widget', SecondCopy);
        define('carepath-test-widget', SecondCopy);
        define('carepath-test-widget', TestWidget); // the same class again is not a second copy
      });
      expect(customElements.get('carepath-test-widget')).to.equal(TestWidget);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/already defined by carepath \d+\.\d+\.\d+-test; this copy \(carepath 9\.9\.9\)/);
    });
  });

  it('still works in a page where the event is awaited', async () => {
    const el = document.createElement('carepath-test-widget') as TestWidget;
    el.setAttribute('levels', 'nope');
    const wait = oneEvent(el, 'carepath-config-error');
    await captureWarnings(async () => {
      document.body.append(el);
      await wait;
    });
    el.remove();
  });
});
