// "Extremes": costs from $0 to $10,000,000 over 52 weeks at 7 days a week, a schedule of 7 days × 12
// hours, containers of 320 and 2,560 px, 200% zoom and forced colours. Every widget renders, shows the right
// figures, and nothing spills out of its box (a wide table may scroll inside its own labelled region).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startHarness } from './harness.mjs';

let harness;
before(async () => {
  assert.ok(existsSync(new URL('../../dist/cdn/carepath.js', import.meta.url)), 'npm test builds dist/cdn first');
  harness = await startHarness();
});
after(async () => {
  await harness?.stop();
});

/** $10,000,172: the first whole-dollar daily rate whose 364 days (7 a week, 52 weeks) reach $10,000,000. */
const TEN_MILLION_RATE = Math.ceil(10_000_000 / 364);

const WIDGETS = {
  levels: '<carepath-levels cta-href="/contact"></carepath-levels>',
  quiz: '<carepath-quiz></carepath-quiz>',
  'cost $0': '<carepath-cost daily-rate="0" days-per-week="7" weeks="52"></carepath-cost>',
  'cost $10M self-pay': `<carepath-cost daily-rate="${TEN_MILLION_RATE}" days-per-week="7" weeks="52"></carepath-cost>`,
  'cost $10M insured': `<carepath-cost daily-rate="${TEN_MILLION_RATE}" days-per-week="7" weeks="52" coverage="out-of-network" deductible="10000" coinsurance="40" oop-max="25000" billed-rate="${TEN_MILLION_RATE + 1000}"></carepath-cost>`,
  'schedule 7 × 12 h': '<carepath-schedule level="php" days="mon tue wed thu fri sat sun" start="08:00" hours-per-day="12"></carepath-schedule>',
};

/** Renders `markup` in a container `width` px wide and reports what a person would notice. */
async function renderIn(page, markup, width) {
  return page.evaluate(
    async ({ markup, width }) => {
      const box = document.getElementById('box');
      box.style.inlineSize = `${width}px`;
      box.innerHTML = markup;
      const el = box.firstElementChild;
      await customElements.whenDefined(el.localName);
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const host = el.getBoundingClientRect();
      const all = [];
      const walk = (root) => {
        for (const node of root.querySelectorAll('*')) {
          all.push(node);
          if (node.shadowRoot) walk(node.shadowRoot);
        }
      };
      walk(el.shadowRoot);
      // Inside a scroll container (the forced table's labelled region) content may be wider than the box.
      const scrolls = (node) => {
        for (let p = node.parentElement; p; p = p.parentElement) {
          if (/(auto|scroll)/.test(getComputedStyle(p).overflowX)) return true;
        }
        return false;
      };
      const spills = all
        .filter((node) => {
          const rect = node.getBoundingClientRect();
          if (rect.width <= 1 || rect.height <= 1 || scrolls(node)) return false;
          return rect.left < host.left - 1 || rect.right > host.right + 1;
        })
        .map((node) => `<${node.localName} class="${node.getAttribute('class') ?? ''}"> ${Math.round(node.getBoundingClientRect().left)}–${Math.round(node.getBoundingClientRect().right)} in ${Math.round(host.left)}–${Math.round(host.right)}`);
      return {
        text: el.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
        width: Math.round(host.width),
        spills,
        issues: el.configIssues.map((issue) => issue.message),
        estimate: el.estimate ?? null,
        plan: el.plan ?? null,
        weekRows: el.shadowRoot.querySelectorAll('.chart table tbody tr, table.weeks tbody tr').length,
        dayColumns: el.shadowRoot.querySelectorAll('.day-name').length,
      };
    },
    { markup, width },
  );
}

const VIEWS = {
  '320 px': { width: 320, viewport: { width: 360, height: 800 } },
  '2,560 px': { width: 2560, viewport: { width: 2600, height: 1200 } },
  // A 1280-px window at 200% zoom lays out in 640 CSS px at two device pixels each.
  '200% zoom': { width: 600, viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 },
  'forced colours': { width: 768, viewport: { width: 800, height: 900 }, forcedColors: 'active' },
};

describe('extremes', () => {
  for (const [view, { width, viewport, deviceScaleFactor = 1, forcedColors }] of Object.entries(VIEWS)) {
    it(`every widget renders within a ${view} container`, async () => {
      const context = await harness.browser.newContext({ viewport, deviceScaleFactor });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        if (forcedColors) await page.emulateMedia({ forcedColors });
        await page.goto(`${harness.origin}/test/e2e/pages/extremes.html`, { waitUntil: 'networkidle' });
        for (const [name, markup] of Object.entries(WIDGETS)) {
          const seen = await renderIn(page, markup, width);
          assert.ok(seen.text.length > 0, `${name} is not blank`);
          assert.deepEqual(seen.issues, [], `${name} takes these values without complaint`);
          assert.deepEqual(seen.spills, [], `${name}: nothing spills out of the ${width}-px box`);
          if (name === 'cost $0') {
            assert.equal(seen.estimate.patientCost, 0);
            assert.equal(seen.estimate.days, 364);
            assert.match(seen.text, /\$0\b/);
          }
          if (name === 'cost $10M self-pay') {
            assert.equal(seen.estimate.patientCost, TEN_MILLION_RATE * 364);
            assert.ok(seen.estimate.patientCost >= 10_000_000);
            assert.match(seen.text, /\$10,000,172/);
          }
          if (name === 'cost $10M insured') {
            // The cap stops the plan's share of the visitor at $25,000; the balance bill ($1,000 a day) is uncapped.
            assert.equal(seen.estimate.outOfPocketMaxReached, true);
            assert.equal(seen.estimate.patientCost, 25_000 + 1_000 * 364);
            assert.match(seen.text, /\$389,000/);
          }
          if (name === 'schedule 7 × 12 h') {
            assert.equal(seen.plan.hoursPerWeek, 84);
            assert.equal(seen.plan.days.length, 7);
            assert.equal(seen.plan.intensity, 'php');
          }
        }
        const warnings = await page.evaluate(() => window.__warnings);
        assert.deepEqual(warnings, []);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }

  it('keeps meaning without colour under forced colours', async () => {
    const context = await harness.browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    try {
      await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(`${harness.origin}/test/e2e/pages/extremes.html`, { waitUntil: 'networkidle' });
      await renderIn(page, '<carepath-levels></carepath-levels>', 960);
      // The rating dots: "on" and "off" dots must still look different when the system picks the colours.
      const dots = await page.evaluate(() => {
        const root = document.querySelector('carepath-levels').shadowRoot;
        const look = (selector) => {
          const style = getComputedStyle(root.querySelector(selector));
          return `${style.backgroundColor} ${style.borderColor}`;
        };
        return { on: look('.dot.on'), off: look('.dot:not(.on)') };
      });
      assert.notEqual(dots.on, dots.off, 'filled and empty rating dots differ');
      await renderIn(page, '<carepath-schedule></carepath-schedule>', 960);
      const blockBorder = await page.evaluate(() => getComputedStyle(document.querySelector('carepath-schedule').shadowRoot.querySelector('.block')).borderTopWidth);
      assert.notEqual(blockBorder, '0px', 'schedule blocks keep a visible edge');
    } finally {
      await context.close();
    }
  });
});
