// Pre-rendered pages (carepath/ssr, `npx carepath render`) in Chromium: the first screen without JavaScript,
// in-place hydration under the strict CSP with Trusted Types, no layout shift, no duplicate DOM, and clean
// re-rendering of markup from another version or edited by hand. The engine-neutral checks live in ssr-checks.mjs.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { parseFragment, serialize } from 'parse5';
import { STRICT_POLICY, startHarness } from './harness.mjs';
import { FIRST_SCREEN_TEXT, allHydrated, firstScreenProbe, hydrationProbe, withoutScripts } from './ssr-checks.mjs';

const STRICT = STRICT_POLICY;
const TAGS = ['carepath-quiz', 'carepath-levels', 'carepath-cost', 'carepath-schedule'];
const SOURCE = readFileSync(new URL('./pages/ssr.html', import.meta.url), 'utf8');
const SCREENSHOTS = process.env.CAREPATH_SSR_SCREENSHOTS; // a directory: save what the tests see, to look at

let harness;
let renderPage;
let prerendered;
before(async () => {
  assert.ok(existsSync(new URL('../../dist/ssr/index.js', import.meta.url)), 'npm test builds dist/ first');
  ({ renderPage } = await import('carepath/ssr'));
  prerendered = renderPage(SOURCE, { stylesheet: '/dist/cdn/carepath.css' }).html;
  harness = await startHarness();
  if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
});
after(async () => {
  await harness?.stop();
});

/** Serves `html` at a page URL of the test origin, with `policy` as its Content-Security-Policy header. */
async function open(html, { javaScriptEnabled = true, policy = STRICT, width = 1000, height = 900, setup, waitUntil = 'networkidle' } = {}) {
  const context = await harness.browser.newContext({ javaScriptEnabled, viewport: { width, height } });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await setup?.(page);
  const name = `ssr-served-${Math.random().toString(36).slice(2)}.html`;
  await page.route(`**/${name}`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': policy } }));
  await page.goto(`${harness.origin}/test/e2e/pages/${name}`, { waitUntil });
  return { page, errors, requests, close: () => context.close() };
}

async function hydrated(page) {
  await page.waitForFunction(allHydrated);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Stamps one widget's markup again after `edit`, as a careful forger would: only hydration itself can catch it. */
function restamp(html, tag, edit) {
  const pattern = new RegExp(`(<${tag}[^>]* data-carepath-ssr=")([^ ]+) ([a-z]+) [0-9a-f]{8} ([0-9a-f]{8}"><template shadowrootmode="open">)([\\s\\S]*?)(</template>)`);
  return html.replace(pattern, (_, open, version, lang, middle, markup, close) => {
    const edited = serialize(parseFragment(edit(markup)));
    let hash = 0x811c9dc5;
    for (let i = 0; i < edited.length; i++) hash = Math.imul(hash ^ edited.charCodeAt(i), 0x01000193);
    return `${open}${version} ${lang} ${(hash >>> 0).toString(16).padStart(8, '0')} ${middle}${edited}${close}`;
  });
}

describe('a pre-rendered page', () => {
  it('shows every widget’s first screen with JavaScript disabled', async () => {
    const { page, close } = await open(prerendered, { javaScriptEnabled: false });
    try {
      for (const [tag, phrases] of Object.entries(FIRST_SCREEN_TEXT)) {
        for (const phrase of phrases) await page.locator(tag).getByText(phrase, { exact: false }).filter({ visible: true }).first().waitFor({ timeout: 5000 });
      }
      // The levels table: every level, with its "Choose" button shown but not live.
      for (const level of ['Inpatient (hospital)', 'Residential', 'Partial hospitalization (PHP)', 'Intensive outpatient (IOP)', 'Outpatient']) {
        assert.ok((await page.locator('carepath-levels').getByText(level, { exact: true }).count()) > 0, level);
      }
      // Controls are disabled until hydration; the crisis links are plain links that work.
      assert.equal(await page.locator('carepath-quiz button', { hasText: 'Start' }).isDisabled(), true);
      assert.equal(await page.locator('carepath-cost input[data-field="deductible"]').isDisabled(), true);
      assert.equal(await page.locator('carepath-cost input[data-field="deductible"]').inputValue(), '1500');
      assert.equal(await page.locator('carepath-cost input[type="radio"][value="in-network"]').isChecked(), true);
      assert.equal(await page.locator('carepath-cost input[type="radio"][value="self-pay"]').isChecked(), false);
      const crisis = page.locator('carepath-quiz a[href="tel:988"]').first();
      assert.equal(await crisis.isVisible(), true);
      assert.equal(await crisis.isEnabled(), true);
      assert.equal(await page.locator('carepath-schedule').getByText('Wednesday', { exact: true }).count() > 0, true);
      if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/ssr-no-javascript.png`, fullPage: true });
    } finally {
      await close();
    }
  });

  it('passes the engine-neutral first-screen check without the carepath script', async () => {
    const { page, close } = await open(withoutScripts(prerendered));
    try {
      const widgets = await page.evaluate(firstScreenProbe);
      assert.deepEqual(
        widgets.map((widget) => widget.tag),
        TAGS,
      );
      for (const widget of widgets) {
        assert.ok(widget.shadowRoot && widget.roots === 1 && widget.pending, widget.tag);
        assert.ok(widget.height > 150, `${widget.tag} has its height before any script: ${widget.height}`);
        assert.ok(widget.styled, `${widget.tag} is styled by the linked carepath.css`);
        assert.ok(widget.pendingControls > 0 && widget.enabledControls === 0, `${widget.tag} controls wait for hydration`);
        for (const phrase of FIRST_SCREEN_TEXT[widget.tag]) assert.ok(widget.text.includes(phrase), `${widget.tag}: ${phrase}`);
      }
      // The quiz's crisis line, then its help line; every widget carries the help line before any script.
      assert.deepEqual(widgets[0].links, ['tel:988', 'sms:988', 'https://988lifeline.org', 'tel:911', 'tel:988', 'sms:988', 'tel:911']);
      for (const widget of widgets) assert.deepEqual(widget.links.slice(-3), ['tel:988', 'sms:988', 'tel:911'], `${widget.tag} help line`);
    } finally {
      await close();
    }
  });

  it('hydrates in place under the strict CSP with Trusted Types: same nodes, same size, no shift, no warning', async () => {
    const { page, errors, close } = await open(prerendered);
    try {
      await hydrated(page);
      const report = await page.evaluate(hydrationProbe);
      assert.equal(report.length, 4);
      for (const widget of report) {
        assert.ok(widget.sameNode, `${widget.tag} kept its pre-rendered DOM`);
        assert.equal(widget.roots, 1, `${widget.tag}: no duplicate DOM`);
        assert.equal(widget.heightAfter, widget.heightBefore, `${widget.tag} kept its height`);
        assert.ok(widget.sameText, `${widget.tag} shows the same text after hydration`);
      }
      assert.deepEqual(report.find((widget) => widget.tag === 'carepath-schedule').lightChildren, ['script']);
      const probe = await page.evaluate(firstScreenProbe);
      for (const widget of probe) assert.ok(!widget.pending && widget.pendingControls === 0 && widget.enabledControls > 0, `${widget.tag} controls are live`);
      const { violations, warnings, shift } = await page.evaluate(() => ({ violations: window.__violations, warnings: window.__warnings, shift: window.__layoutShift }));
      assert.deepEqual(violations, []);
      assert.deepEqual(warnings, []);
      assert.equal(shift, 0, 'cumulative layout shift');
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  it('works after hydration: a quiz start, an estimate edit and a level choice', async () => {
    const { page, errors, close } = await open(prerendered);
    try {
      await hydrated(page);
      await page.locator('carepath-quiz button', { hasText: 'Start' }).click();
      await page.locator('carepath-quiz fieldset[data-key="who"]').waitFor();
      const youPay = page.locator('carepath-cost').getByText('$3,000').first();
      await youPay.waitFor();
      await page.locator('carepath-cost [part="plan-details"]').evaluate((details) => { details.open = true; }); // the plan's numbers are folded
      const deductible = page.locator('carepath-cost input[data-field="deductible"]');
      await deductible.fill('2000');
      await deductible.press('Tab');
      await page.locator('carepath-cost').getByText('$3,400').first().waitFor();
      await page.locator('carepath-levels button.select:visible').first().click();
      await page.locator('carepath-levels button.select[aria-pressed="true"]:visible').waitFor();
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(errors, []);
      if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/ssr-hydrated-used.png`, fullPage: true });
    } finally {
      await close();
    }
  });

  it('styles a hydrated widget once: by the loaded stylesheet, or by its own styles when the file did not load', async () => {
    const styles = () =>
      Array.from(document.querySelectorAll('carepath-quiz, carepath-levels, carepath-cost, carepath-schedule')).map((host) => ({
        tag: host.localName,
        adopted: host.shadowRoot.adoptedStyleSheets.length,
        linked: (host.shadowRoot.querySelector('link[rel="stylesheet"]')?.sheet?.cssRules.length ?? 0) > 0,
        styled: getComputedStyle(host.shadowRoot.querySelector('.root')).boxSizing === 'border-box',
      }));
    const loaded = await open(prerendered);
    const missing = await open(renderPage(SOURCE, { stylesheet: '/dist/cdn/no-such-file.css' }).html);
    try {
      await hydrated(loaded.page);
      await hydrated(missing.page);
      for (const widget of await loaded.page.evaluate(styles)) {
        // Adopting the same rules again would only restyle the whole widget once more.
        assert.deepEqual(widget, { tag: widget.tag, adopted: 0, linked: true, styled: true }, widget.tag);
      }
      for (const widget of await missing.page.evaluate(styles)) {
        assert.ok(widget.adopted > 0 && !widget.linked && widget.styled, `${widget.tag} adopted its own styles: ${JSON.stringify(widget)}`);
      }
      assert.deepEqual(await missing.page.evaluate(() => window.__warnings), []);
    } finally {
      await loaded.close();
      await missing.close();
    }
  });

  it('has no layout shift where the client-rendered page has some', async () => {
    const client = await open(SOURCE);
    const server = await open(prerendered);
    try {
      await hydrated(client.page);
      await hydrated(server.page);
      const clientShift = await client.page.evaluate(() => window.__layoutShift);
      const serverShift = await server.page.evaluate(() => window.__layoutShift);
      console.log(`# layout shift: client-rendered ${clientShift.toFixed(4)}, pre-rendered ${serverShift}`);
      assert.ok(clientShift > 0, 'the measure sees the client-rendered page shift');
      assert.equal(serverShift, 0);
    } finally {
      await client.close();
      await server.close();
    }
  });

  it('hydrates a Spanish page in Spanish with no warning', async () => {
    const spanish = renderPage(SOURCE.replace('<html lang="en">', '<html lang="es">'), { stylesheet: '/dist/cdn/carepath.css' }).html;
    const { page, errors, close } = await open(spanish);
    try {
      await page.locator('carepath-quiz button', { hasText: 'Empezar' }).waitFor({ state: 'attached' });
      await hydrated(page);
      assert.equal(await page.locator('carepath-quiz button', { hasText: 'Empezar' }).isEnabled(), true);
      assert.deepEqual(await page.evaluate(() => window.__warnings), []);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
});

describe('the hydration file (carepath-hydrate.js), loaded only for pre-rendered markup', () => {
  const classic = () => prerendered.replace('<script type="module" src="/dist/cdn/carepath.js"></script>', '<script defer src="/dist/cdn/carepath.iife.js"></script>');
  const hydrateRequests = (requests) => requests.filter((path) => path.endsWith('/carepath-hydrate.js'));

  for (const [name, page] of [['the ES module file', () => prerendered], ['the classic script', classic]]) {
    it(`is loaded once, with import() under the strict CSP, and hydrates in place (${name})`, async () => {
      const { page: tab, errors, requests, close } = await open(page());
      try {
        await hydrated(tab);
        for (const widget of await tab.evaluate(hydrationProbe)) assert.ok(widget.sameNode && widget.roots === 1, `${widget.tag} hydrated in place`);
        assert.equal(hydrateRequests(requests).length, 1);
        assert.deepEqual(await tab.evaluate(() => ({ violations: window.__violations, warnings: window.__warnings })), { violations: [], warnings: [] });
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });
  }

  it('is not requested by a page without pre-rendered markup, nor for a builder snippet', async () => {
    const { page, requests, close } = await open(SOURCE);
    try {
      await hydrated(page);
      assert.deepEqual(hydrateRequests(requests), []);
    } finally {
      await close();
    }
  });

  it('keeps the pre-rendered markup on screen while the file loads', async () => {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    const { page, errors, close } = await open(prerendered, {
      setup: (tab) => tab.route('**/carepath-hydrate.js', async (route) => { await held; await route.continue(); }),
      waitUntil: 'domcontentloaded',
    }).catch((error) => { release(); throw error; });
    try {
      await page.waitForFunction(() => ['carepath-quiz', 'carepath-levels', 'carepath-cost', 'carepath-schedule'].every((tag) => customElements.get(tag)));
      await page.waitForTimeout(300); // the widgets' first-render turns have come and gone; they wait for the file
      const waiting = await page.evaluate(() => Array.from(document.querySelectorAll('[data-carepath-ssr]')).map((host) => ({ tag: host.localName, text: host.shadowRoot.textContent.length, height: host.getBoundingClientRect().height })));
      assert.equal(waiting.length, 4, 'every widget still waits for hydration');
      for (const widget of waiting) assert.ok(widget.text > 100 && widget.height > 150, `${widget.tag} still shows its markup: ${JSON.stringify(widget)}`);
      // Count tasks (a message loop) and note in which one each widget hydrates: one per task, not all four in the
      // task that received the file.
      await page.evaluate(() => {
        window.__tick = 0;
        window.__hydratedAt = [];
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          window.__tick++;
          if (window.__hydratedAt.length < 4) channel.port2.postMessage(null);
        };
        channel.port2.postMessage(null);
        new MutationObserver((records) => {
          for (const record of records) if (!record.target.hasAttribute('data-carepath-ssr')) window.__hydratedAt.push(window.__tick);
        }).observe(document.body, { subtree: true, attributeFilter: ['data-carepath-ssr'] });
      });
      release();
      await hydrated(page);
      const ticks = await page.evaluate(() => window.__hydratedAt);
      assert.equal(ticks.length, 4);
      assert.equal(new Set(ticks).size, 4, `each widget hydrates in a task of its own: ${ticks.join(', ')}`);
      for (const widget of await page.evaluate(hydrationProbe)) assert.ok(widget.sameNode && widget.heightAfter === widget.heightBefore, `${widget.tag} hydrated in place`);
      assert.equal(await page.evaluate(() => window.__layoutShift), 0);
      assert.deepEqual(errors, []);
    } finally {
      release();
      await close();
    }
  });

  for (const [name, page] of [['the ES module file', () => prerendered], ['the classic script', classic]]) {
    it(`failing to load gives one warning and renders every widget again in place, styled (${name})`, async () => {
      const { page: tab, errors, close } = await open(page(), { setup: (t) => t.route('**/carepath-hydrate.js', (route) => route.abort()) });
      try {
        await hydrated(tab);
        const warnings = await tab.evaluate(() => window.__warnings);
        assert.equal(warnings.length, 1, warnings.join('\n'));
        assert.match(warnings[0], /hydration file did not load/);
        const widgets = await tab.evaluate(() =>
          ['carepath-quiz', 'carepath-levels', 'carepath-cost', 'carepath-schedule'].map((tag) => {
            const root = document.querySelector(tag).shadowRoot;
            return { tag, roots: root.querySelectorAll('.root').length, styled: getComputedStyle(root.querySelector('.root')).boxSizing === 'border-box', pending: root.querySelectorAll('[data-carepath-pending]').length };
          }),
        );
        for (const widget of widgets) assert.deepEqual(widget, { tag: widget.tag, roots: 1, styled: true, pending: 0 });
        await tab.locator('carepath-quiz button', { hasText: 'Start' }).click();
        await tab.locator('carepath-quiz fieldset[data-key="who"]').waitFor();
        assert.deepEqual(await tab.evaluate(() => window.__violations), []);
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });
  }
});

describe('pre-rendered markup the widget cannot trust', () => {
  const cases = {
    'from another carepath version': [(html) => html.replace(/(<carepath-cost[^>]* data-carepath-ssr=")[^ ]+/, '$10.0.1'), /was pre-rendered as "0\.0\.1 en /],
    'in another language than the page': [(html) => html.replace(/(<carepath-cost[^>]* data-carepath-ssr="[^ ]+ )en/, '$1es'), /was pre-rendered as "[^ ]+ es /],
    'edited by hand (a figure changed)': [(html) => html.replace(/(<carepath-cost[\s\S]*?)\$3,000/, '$1$30'), /was pre-rendered as/],
    'given a property before it upgraded': [
      (html) => html.replace('</body>', '  <script src="/test/e2e/pages/ssr-preset-property.js"></script>\n  </body>'),
      /its configuration differs from the one it was pre-rendered with/,
    ],
    'edited and stamped again (structure no longer fits)': [
      (html) => restamp(html, 'carepath-cost', (markup) => markup.replace(/<!--lit-part [^>]*-->/, '')),
      /pre-rendered markup does not fit the widget/,
    ],
  };
  for (const [name, [tamper, warning]] of Object.entries(cases)) {
    it(`is rendered again, cleanly and with one warning, when it is ${name}`, async () => {
      const html = tamper(prerendered);
      assert.notEqual(html, prerendered);
      const { page, errors, close } = await open(html);
      try {
        await hydrated(page);
        const { warnings, roots, text, styled } = await page.evaluate(() => ({
          warnings: window.__warnings,
          roots: document.querySelector('carepath-cost').shadowRoot.querySelectorAll('.root').length,
          styled: getComputedStyle(document.querySelector('carepath-cost').shadowRoot.querySelector('.root')).boxSizing === 'border-box',
          text: document.querySelector('carepath-cost').shadowRoot.textContent,
        }));
        assert.equal(warnings.length, 1, warnings.join('\n'));
        assert.match(warnings[0], /^<carepath-cost> /);
        assert.match(warnings[0], warning);
        assert.equal(roots, 1, 'no duplicate DOM');
        assert.ok(styled, 'rendered again with its styles');
        const preset = name.startsWith('given a property');
        assert.ok(text.includes(preset ? '$3,400' : '$3,000') && !text.includes('$30 '), 'the real figures');
        await page.locator('carepath-cost [part="plan-details"]').evaluate((details) => { details.open = true; }); // the plan's numbers are folded
        const deductible = page.locator('carepath-cost input[data-field="deductible"]');
        await deductible.fill(preset ? '1500' : '2000');
        await deductible.press('Tab');
        await page.locator('carepath-cost').getByText(preset ? '$3,000' : '$3,400').first().waitFor();
        assert.deepEqual(await page.evaluate(() => window.__violations), []);
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });
  }

  it('reports the same configuration issues on the server and in the browser', async () => {
    const bad = SOURCE.replace('deductible="1500"', 'deductible="lots" weeks="0"').replace('cta-href="/contact"', 'cta-hre="/contact"');
    const rendered = renderPage(bad, { stylesheet: '/dist/cdn/carepath.css' });
    const { page, close } = await open(rendered.html);
    try {
      await hydrated(page);
      const browser = await page.evaluate(() =>
        ['carepath-levels', 'carepath-cost'].map((tag) => document.querySelector(tag).configIssues.map((issue) => issue.message)),
      );
      const server = ['carepath-levels', 'carepath-cost'].map((tag) => rendered.issues.find((entry) => entry.tag === tag).issues.map((issue) => issue.message));
      assert.deepEqual(server, browser);
      assert.ok(server.flat().length >= 3);
    } finally {
      await close();
    }
  });
});

describe('the builder’s pre-rendered snippet (src/ssr/snapshot.ts)', () => {
  it('copies a live widget into paste-able markup that shows before the script and is rendered again in place', async () => {
    // Make the snippet from a live, client-rendered widget, as the builder would.
    const builder = await harness.open('ssr.html');
    let snippet;
    try {
      await builder.page.waitForFunction(() => document.querySelector('carepath-cost')?.shadowRoot?.textContent?.includes('$3,000'));
      const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
      snippet = await builder.page.evaluate(async (v) => {
        const { snapshotWidget } = await import('/src/ssr/snapshot.ts');
        return snapshotWidget(document.querySelector('carepath-cost'), { stylesheet: '/dist/cdn/carepath.css', version: v });
      }, version);
    } finally {
      await builder.close();
    }
    assert.match(snippet, /^<carepath-cost group="ssr" coverage="in-network" deductible="1500" coinsurance="20" data-carepath-ssr="[^ ]+ en static"><template shadowrootmode="open"><link rel="stylesheet" href="\/dist\/cdn\/carepath.css">/);
    assert.doesNotMatch(snippet, /<!--/, 'no Lit markers');
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>snippet</title>
<script src="/test/e2e/pages/record-violations.js"></script><script src="/test/e2e/pages/record-layout-shift.js"></script>
<link rel="stylesheet" href="/dist/cdn/carepath.css"><script type="module" src="/dist/cdn/carepath.js"></script></head>
<body><h1>Costs</h1>${snippet}<p>After.</p></body></html>`;
    const noScript = await open(page, { javaScriptEnabled: false });
    try {
      await noScript.page.locator('carepath-cost').getByText('$3,000').first().waitFor();
      assert.equal(await noScript.page.locator('carepath-cost input[data-field="deductible"]').inputValue(), '1500');
      assert.equal(await noScript.page.locator('carepath-cost input[type="radio"][value="in-network"]').isChecked(), true);
    } finally {
      await noScript.close();
    }
    const { page: live, errors, close } = await open(page);
    try {
      await live.waitForFunction(() => customElements.get('carepath-cost') && !document.querySelector('[data-carepath-ssr]'));
      const state = await live.evaluate(() => ({
        warnings: window.__warnings,
        violations: window.__violations,
        shift: window.__layoutShift,
        roots: document.querySelector('carepath-cost').shadowRoot.querySelectorAll('.root').length,
      }));
      assert.deepEqual(state, { warnings: [], violations: [], shift: 0, roots: 1 });
      await live.locator('carepath-cost [part="plan-details"]').evaluate((details) => { details.open = true; }); // the plan's numbers are folded
      const deductible = live.locator('carepath-cost input[data-field="deductible"]');
      await deductible.fill('2000');
      await deductible.press('Tab');
      await live.locator('carepath-cost').getByText('$3,400').first().waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
});
