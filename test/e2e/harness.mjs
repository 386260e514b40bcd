// Page-level tests: a Vite dev server on 127.0.0.1 serving this repository, and the system Chromium driven by
// playwright-core (never a downloaded browser). Every test page lives in test/e2e/pages/.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { browserArgs, findBrowser } from '../../scripts/browser.mjs';

/** The strict policy the self-hosting tests serve: our own origin only, no inline style, Trusted Types required. */
export const STRICT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** The two CDN files a partner can load all four widgets with, as the tag each takes. */
export const CDN_SCRIPTS = {
  'the ES module file': '<script type="module" src="/dist/cdn/carepath.js"></script>',
  'the classic script': '<script src="/dist/cdn/carepath.iife.js"></script>',
};

export async function startHarness() {
  const server = await createServer({
    root: new URL('../..', import.meta.url).pathname,
    configFile: false,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    plugins: [cdnFilesAsBuilt()],
  });
  await server.listen();
  const address = server.httpServer.address();
  const origin = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({ executablePath: findBrowser(), args: browserArgs() });
  return {
    origin,
    browser,
    /** A fresh page that fails the test on any page error and records every request that leaves localhost. */
    async open(path, { width = 1200, height = 900 } = {}) {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      const errors = [];
      const offsite = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('request', (request) => {
        if (!request.url().startsWith(origin) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) offsite.push(request.url());
      });
      // A bare name is a page in test/e2e/pages/; a path from the root ('/demo/builder.html') is used as it is.
      await page.goto(path.startsWith('/') ? `${origin}${path}` : `${origin}/test/e2e/pages/${path}`, { waitUntil: 'networkidle' });
      return { page, errors, offsite, close: () => context.close() };
    },
    async stop() {
      await browser.close();
      await server.close();
    },
  };
}

/** Serves dist/cdn/*.js byte for byte, as a static host would: Vite's dev server would rewrite their import(). */
function cdnFilesAsBuilt() {
  const root = new URL('../../', import.meta.url);
  return {
    name: 'carepath:cdn-files-as-built',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0];
        if (!/^\/dist\/cdn\/[\w.-]+\.js$/.test(path)) return next();
        try {
          const body = readFileSync(new URL(`.${path}`, root));
          response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
          response.end(body);
        } catch {
          next();
        }
      });
    },
  };
}

/** The focused element, looking through open shadow roots. */
export function deepActive(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element) return null;
    const host = element.getRootNode() instanceof ShadowRoot ? element.getRootNode().host : null;
    return {
      tag: element.tagName.toLowerCase(),
      type: element.getAttribute('type'),
      value: 'value' in element ? element.value : null,
      checked: 'checked' in element ? element.checked : null,
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      label: element.getAttribute('aria-label') ?? '',
      host: host ? `${host.tagName.toLowerCase()}#${host.id}` : null,
    };
  });
}

/** Presses Tab (or Shift+Tab) until `matches(active)` holds; fails after `limit` presses. */
export async function tabTo(page, matches, { limit = 60, backwards = false } = {}) {
  for (let i = 0; i < limit; i += 1) {
    const active = await deepActive(page);
    if (active && matches(active)) return active;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  const last = await deepActive(page);
  throw new Error(`Tab never reached the wanted element; last focus: ${JSON.stringify(last)}`);
}
