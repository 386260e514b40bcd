// "Hostile host CSS": the four widgets on pages carrying Bootstrap 5, Tailwind's preflight and a
// deliberately nasty stylesheet (test/e2e/pages/hostile/nasty.css) look the same as on a clean page with the same
// font family and direction — compared pixel by pixel with the visual-regression tolerance. Only the font family
// and direction are meant to reach a widget from its page (README "Hostile host CSS"); the last test proves those
// two still do.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MAX_DIFF_RATIO, OUTPUT_DIR, compare } from '../../scripts/visual.mjs';
import { startHarness } from './harness.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.stop();
});

const SHEETS = {
  clean: [],
  bootstrap: ['/node_modules/bootstrap/dist/css/bootstrap.min.css'],
  'tailwind preflight': ['/node_modules/tailwindcss/preflight.css'],
  nasty: ['/test/e2e/pages/hostile/nasty.css'],
  'all three': ['/node_modules/bootstrap/dist/css/bootstrap.min.css', '/node_modules/tailwindcss/preflight.css', '/test/e2e/pages/hostile/nasty.css'],
};

const WIDGETS = {
  levels: '<carepath-levels cta-href="/contact" highlight="iop"></carepath-levels>',
  quiz: '<carepath-quiz></carepath-quiz>',
  cost: '<carepath-cost coverage="in-network" deductible="1500" coinsurance="20" oop-max="4000"></carepath-cost>',
  schedule: '<carepath-schedule tracks="morning=09:00 evening=17:30"></carepath-schedule>',
};

const FONT = 'Atkinson Hyperlegible';

/**
 * One page per stylesheet set, with the same font family, direction and root font size everywhere (set last, so
 * they win): the three things a widget takes from its page on purpose. The root size is rem, through which a
 * visitor's preferred text size reaches the widget.
 */
function pageHtml(sheets, dir) {
  return `<!doctype html>
<html lang="en" dir="${dir}">
  <head>
    <meta charset="utf-8" />
    <title>carepath e2e: hostile host CSS</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/node_modules/@fontsource/atkinson-hyperlegible/400.css" />
    <link rel="stylesheet" href="/node_modules/@fontsource/atkinson-hyperlegible/700.css" />
    ${sheets.map((href) => `<link rel="stylesheet" href="${href}" />`).join('\n    ')}
    <style>
      html { font-size: 100% !important; }
      html, body, section, carepath-levels, carepath-quiz, carepath-cost, carepath-schedule { font-family: '${FONT}', sans-serif !important; }
      section { display: block !important; inline-size: 640px !important; }
    </style>
    <script type="module" src="/dist/cdn/carepath.js"></script>
  </head>
  <body>
    ${Object.entries(WIDGETS).map(([name, markup]) => `<section data-widget="${name}">${markup}</section>`).join('\n    ')}
  </body>
</html>`;
}

async function shots(sheetName, dir = 'ltr') {
  // Taller than the whole page, so nothing scrolls: the estimator's result is sticky, and where a sticky box sits
  // in a screenshot depends on the scroll position, which the page's own margins change.
  const context = await harness.browser.newContext({ viewport: { width: 700, height: 9000 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const path = `/test/e2e/pages/hostile-${sheetName.replace(/\W+/g, '-')}-${dir}.html`;
  await page.route(`**${path}`, (route) => route.fulfill({ contentType: 'text/html', body: pageHtml(SHEETS[sheetName], dir) }));
  try {
    await page.goto(`${harness.origin}${path}`, { waitUntil: 'networkidle' });
    await page.evaluate(async () => {
      const widgets = [...document.querySelectorAll('section > *')];
      await Promise.all(widgets.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)));
      await document.fonts.ready;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    const result = {};
    for (const name of Object.keys(WIDGETS)) {
      // The widget's own box (part="base"): what the widget draws, wherever the page put its host.
      result[name] = await page.locator(`section[data-widget="${name}"] > *`).locator('.root').screenshot({ animations: 'disabled', caret: 'hide' });
    }
    assert.deepEqual(errors, []);
    return result;
  } finally {
    await context.close();
  }
}

describe('hostile host CSS', () => {
  let clean;
  before(async () => {
    clean = await shots('clean');
  });

  for (const sheet of Object.keys(SHEETS).filter((name) => name !== 'clean')) {
    it(`each widget looks the same on a page with ${sheet}`, async () => {
      const hostile = await shots(sheet);
      const failures = [];
      for (const [name, png] of Object.entries(hostile)) {
        const result = compare(clean[name], png);
        if (result.sameSize && result.ratio <= MAX_DIFF_RATIO) continue;
        mkdirSync(OUTPUT_DIR, { recursive: true });
        const base = join(OUTPUT_DIR, `hostile-${sheet.replace(/\W+/g, '-')}-${name}`);
        writeFileSync(`${base}-clean.png`, clean[name]);
        writeFileSync(`${base}-actual.png`, png);
        if (result.diffPng) writeFileSync(`${base}-diff.png`, result.diffPng);
        failures.push(
          result.sameSize
            ? `${name}: ${(result.ratio * 100).toFixed(2)}% of pixels differ (limit ${MAX_DIFF_RATIO * 100}%); see ${relative(process.cwd(), base)}-*.png`
            : `${name}: ${result.actual} instead of ${result.expected}; see ${relative(process.cwd(), base)}-*.png`,
        );
      }
      assert.deepEqual(failures, []);
    });
  }

  it('still inherits the font family and the direction from the page', async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    const path = '/test/e2e/pages/hostile-inherit-rtl.html';
    await page.route(`**${path}`, (route) => route.fulfill({ contentType: 'text/html', body: pageHtml(SHEETS.nasty, 'rtl') }));
    try {
      await page.goto(`${harness.origin}${path}`, { waitUntil: 'networkidle' });
      const seen = await page.evaluate(async () => {
        const widgets = [...document.querySelectorAll('section > *')];
        await Promise.all(widgets.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)));
        return widgets.map((el) => {
          const style = getComputedStyle(el.shadowRoot.querySelector('.root'));
          return { fontFamily: style.fontFamily, direction: style.direction, fontSize: style.fontSize, textTransform: style.textTransform };
        });
      });
      for (const style of seen) {
        assert.match(style.fontFamily, /Atkinson Hyperlegible/);
        assert.equal(style.direction, 'rtl');
        assert.equal(style.fontSize, '16px', 'the nasty 40px does not reach inside');
        assert.equal(style.textTransform, 'none');
      }
    } finally {
      await context.close();
    }
  });
});
