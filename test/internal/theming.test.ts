import { expect, fixture, html } from '@open-wc/testing';
import '../../src/levels.js';
import '../../src/quiz.js';
import type { CarepathLevels } from '../../src/components/levels/levels.js';
import { accentContrastWarning, contrastRatio, parseColor } from '../../src/internal/contrast.js';
import { captureWarnings } from '../helpers/console.js';

describe('contrast helper (WCAG 2.2)', () => {
  it('reads the colour forms getComputedStyle gives, and hex', () => {
    expect(parseColor('rgb(29, 91, 191)')).to.deep.equal([29, 91, 191]);
    expect(parseColor('rgba(29, 91, 191, 1)')).to.deep.equal([29, 91, 191]);
    expect(parseColor('rgb(29 91 191 / 100%)')).to.deep.equal([29, 91, 191]);
    expect(parseColor('color(srgb 1 0.5 0)')).to.deep.equal([255, 127.5, 0]);
    expect(parseColor('#fff')).to.deep.equal([255, 255, 255]);
    expect(parseColor('#1D5BBF')).to.deep.equal([29, 91, 191]);
  });
  it('reads a see-through or unknown colour as unknown, so nothing is guessed', () => {
    for (const text of ['rgba(0, 0, 0, 0.5)', 'oklch(0.5 0.1 200)', 'brand', '', '#12345']) expect(parseColor(text), text).to.equal(undefined);
  });
  it('gives the published ratios: black on white 21:1, white on #777 about 4.48:1', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).to.equal(21);
    expect(contrastRatio([255, 255, 255], [0x77, 0x77, 0x77])).to.be.closeTo(4.48, 0.01);
    expect(contrastRatio([255, 255, 255], [0x76, 0x76, 0x76])).to.be.closeTo(4.54, 0.01);
  });
  it('warns below 4.5:1 only, naming the token to change', () => {
    expect(accentContrastWarning('levels', 'rgb(29, 91, 191)', 'rgb(255, 255, 255)')).to.equal(undefined);
    const warning = accentContrastWarning('levels', 'rgb(255, 204, 0)', 'rgb(255, 255, 255)');
    expect(warning).to.match(/^<carepath-levels> button text has a contrast of 1\.\d\d:1/);
    expect(warning).to.contain('--carepath-color-accent,');
    expect(accentContrastWarning('quiz', 'rgb(20, 20, 20)', 'rgb(11, 18, 32)', 'dark')).to.contain('--carepath-color-accent-dark');
    expect(accentContrastWarning('quiz', 'oklch(0.5 0.1 200)', 'rgb(255, 255, 255)')).to.equal(undefined);
  });
});

const styleOf = (el: HTMLElement, selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!);
const token = (el: HTMLElement, name: string) => getComputedStyle(el.shadowRoot!.querySelector('.root')!).getPropertyValue(name).trim();

/** The colour a token resolves to, as the browser computes it. */
function resolved(el: HTMLElement, name: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${name})`;
  el.shadowRoot!.querySelector('.root')!.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** Channel by channel within `tolerance` (browsers round a mixed colour's channels differently). */
function expectNear(actual: readonly number[], expected: readonly number[], tolerance = 1): void {
  actual.forEach((channel, index) => expect(channel, `channel ${index} of [${actual.join(', ')}]`).to.be.closeTo(expected[index] ?? NaN, tolerance));
}

describe('theming from one brand colour', () => {
  it('derives the highlight, focus ring and chosen fill from --carepath-color-accent alone', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="brand"><style>.brand { --carepath-color-accent: #c2185b; }</style><carepath-levels highlight="iop"></carepath-levels></div>`);
    const el = wrapper.querySelector('carepath-levels') as CarepathLevels;
    await el.updateComplete;
    expect(resolved(el, '--_accent')).to.equal('rgb(194, 24, 91)');
    expect(resolved(el, '--_focus')).to.equal('rgb(194, 24, 91)');
    // 12% of the accent over the white surface: no pale blue left under a brand-coloured border.
    expectNear(parseColor(resolved(el, '--_highlight'))!, [247, 227, 235]);
    expect(token(el, '--_highlight')).to.contain('color-mix');
  });

  it('keeps the default look without a brand colour (the highlight within a shade of the old #e6effc)', async () => {
    const el = await fixture<CarepathLevels>(html`<carepath-levels></carepath-levels>`);
    expectNear(parseColor(resolved(el, '--_highlight'))!, [0xe6, 0xef, 0xfc], 6);
    expect(resolved(el, '--_focus')).to.equal('rgb(29, 91, 191)');
  });

  it('derives the dark theme accent from the brand colour too, and its text still reads', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="--carepath-color-accent: #c2185b"><carepath-levels theme="dark"></carepath-levels></div>`);
    const el = wrapper.querySelector('carepath-levels') as CarepathLevels;
    await el.updateComplete;
    const accent = parseColor(resolved(el, '--_accent'))!;
    expectNear(accent, [225, 140, 173]);
    expect(contrastRatio(accent, parseColor(resolved(el, '--_on-accent'))!)).to.be.at.least(4.5);
  });

  it('with debug, warns once when the accent gives button text below 4.5:1; never without debug', async () => {
    // The check loads on demand (only with `debug`), so its warning comes a little after the render.
    const contrastCheckLoaded = () => new Promise((resolve) => setTimeout(resolve, 100));
    const quiet = await captureWarnings(async () => {
      const wrapper = await fixture(html`<div style="--carepath-color-accent: #ffcc00"><carepath-levels></carepath-levels></div>`);
      await (wrapper.firstElementChild as CarepathLevels).updateComplete;
      await contrastCheckLoaded();
    });
    expect(quiet).to.deep.equal([]);
    let el!: CarepathLevels;
    const warnings = await captureWarnings(async () => {
      const wrapper = await fixture(html`<div style="--carepath-color-accent: #ffcc00"><carepath-levels debug></carepath-levels></div>`);
      el = wrapper.firstElementChild as CarepathLevels;
      await el.updateComplete;
      el.highlight = 'php';
      await el.updateComplete;
      await contrastCheckLoaded();
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<carepath-levels> button text has a contrast of 1\.\d\d:1 on the accent colour \(rgb\(255, 204, 0\)\) in the light theme/);
    const fine = await captureWarnings(async () => {
      const ok = await fixture<CarepathLevels>(html`<carepath-levels debug></carepath-levels>`);
      await ok.updateComplete;
      await contrastCheckLoaded();
    });
    expect(fine).to.deep.equal([]);
  });

  it('does not underline the call to action inside its filled button', async () => {
    const el = await fixture<CarepathLevels>(html`<carepath-levels cta-href="/contact"></carepath-levels>`);
    expect(styleOf(el, '[part~="cta"]').textDecorationLine).to.equal('none');
  });
});
