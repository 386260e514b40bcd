// Pre-rendered pages (carepath/ssr) in the engine named by CAREPATH_ENGINE (`npm test` runs this file once per
// engine): without any script every widget's first screen shows, styled, with its controls waiting and its crisis
// links live; with the CDN file under the strict CSP the widgets hydrate in place (the same nodes, height and
// text: no layout shift, no duplicate DOM) and work. WebDriver cannot switch scripts off, so "no JavaScript" is
// the page with its scripts removed; Chromium also runs the real thing in test/e2e/ssr.test.mjs.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { FIRST_SCREEN_TEXT, allHydrated, firstScreenProbe, hydrationProbe, withoutScripts } from '../ssr-checks.mjs';
import { ENGINE, startEngine } from './driver.mjs';

const OUT = new URL('../../../coverage/ssr-pages/', import.meta.url); // generated pages (test output, never packed), served with the repository
let harness;
before(async () => {
  assert.ok(existsSync(new URL('../../../dist/ssr/index.js', import.meta.url)), 'npm test builds dist/ first');
  const { renderPage } = await import('carepath/ssr');
  const source = readFileSync(new URL('../pages/ssr.html', import.meta.url), 'utf8');
  const page = renderPage(source, { stylesheet: '/dist/cdn/carepath.css' }).html;
  mkdirSync(OUT, { recursive: true });
  writeFileSync(new URL('ssr-prerendered.html', OUT), page);
  writeFileSync(new URL('ssr-no-script.html', OUT), withoutScripts(page));
  harness = await startEngine();
});
after(async () => {
  await harness?.stop();
});

describe(`a pre-rendered page in ${ENGINE}`, () => {
  it('shows every widget’s first screen, styled, before any script', async () => {
    const page = await harness.open('/coverage/ssr-pages/ssr-no-script.html', { width: 1000, height: 900 });
    try {
      const widgets = await page.evaluate(firstScreenProbe);
      assert.deepEqual(
        widgets.map((widget) => widget.tag),
        Object.keys(FIRST_SCREEN_TEXT),
      );
      for (const widget of widgets) {
        assert.ok(widget.shadowRoot && widget.roots === 1, `${widget.tag} has its declarative shadow root`);
        assert.ok(widget.height > 150, `${widget.tag} has its height: ${widget.height}`);
        assert.ok(widget.styled, `${widget.tag} is styled by the linked carepath.css`);
        assert.ok(widget.pendingControls > 0 && widget.enabledControls === 0, `${widget.tag}: controls wait for hydration`);
        for (const phrase of FIRST_SCREEN_TEXT[widget.tag]) assert.ok(widget.text.includes(phrase), `${widget.tag}: "${phrase}"`);
      }
      // The quiz's own crisis line, then the help line every widget carries (988 call and text, 911).
      assert.deepEqual(widgets[0].links, ['tel:988', 'sms:988', 'https://988lifeline.org', 'tel:911', 'tel:988', 'sms:988', 'tel:911']);
    } finally {
      await page.close();
    }
  });

  it('hydrates in place under the strict CSP, then works', async () => {
    const page = await harness.open('/coverage/ssr-pages/ssr-prerendered.html?csp=strict', { width: 1000, height: 900 });
    try {
      await page.waitFor(allHydrated, undefined, { what: 'every widget to hydrate' });
      const report = await page.evaluate(hydrationProbe);
      assert.equal(report.length, 4);
      for (const widget of report) {
        assert.ok(widget.sameNode, `${widget.tag} kept its pre-rendered DOM`);
        assert.equal(widget.roots, 1, `${widget.tag}: no duplicate DOM`);
        assert.equal(widget.heightAfter, widget.heightBefore, `${widget.tag} kept its height`);
        assert.ok(widget.sameText, `${widget.tag} shows the same text`);
      }
      const live = await page.evaluate(firstScreenProbe);
      for (const widget of live) assert.ok(widget.pendingControls === 0 && widget.enabledControls > 0, `${widget.tag} controls are live`);
      // Use it: start the quiz (a click in the page: every driver can run that).
      await page.evaluate(() => {
        const start = Array.from(document.querySelector('carepath-quiz').shadowRoot.querySelectorAll('button')).find((b) => b.textContent.trim() === 'Start');
        start.click();
      });
      await page.waitFor(() => Boolean(document.querySelector('carepath-quiz').shadowRoot.querySelector('fieldset[data-key="who"]')), undefined, { what: 'the first question ("Who is this for?")' });
      const { violations, warnings } = await page.evaluate(() => ({ violations: window.__violations, warnings: window.__warnings }));
      assert.deepEqual(violations, []);
      assert.deepEqual(warnings, []);
    } finally {
      await page.close();
    }
  });
});
