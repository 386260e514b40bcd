// A driver-neutral harness for the visitor flows, so the same test runs in Chromium (playwright-core), Firefox
// (puppeteer-core over WebDriver BiDi) and WebKit (MiniBrowser through WebKitWebDriver). The engine comes from
// CAREPATH_ENGINE. It offers only what all three drivers can do: open a page at a window size, run a script in it,
// press keys. What Playwright would observe from outside is observed another way: every request the page makes to
// the test server is logged by the server, requests to other origins show in the page's resource timing, page
// errors and CSP violations are recorded by a script the test pages load first, and a download is checked from its
// blob. Narrow widths are tested in an iframe (MiniBrowser's window cannot be narrower than about 450 px).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { browserArgs, findBrowser } from '../../../scripts/browser.mjs';
import { firefoxLaunchOptions, startWebKitDriver, webkitCapabilities } from '../../../scripts/engines.mjs';
import { WebDriverSession } from '../../../scripts/webdriver.mjs';

export const ENGINE = process.env.CAREPATH_ENGINE ?? 'chromium';
const root = fileURLToPath(new URL('../../..', import.meta.url));

/** The policy partners are told to use (script and style from the page's own origin, Trusted Types on). */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/**
 * Serves the repository: Vite for source pages, and pages asked for with `?csp=strict` as plain files with the
 * strict policy header (as a partner's server would send them, without Vite's client script). Logs every request.
 */
async function startServer() {
  const requests = [];
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    plugins: [
      {
        name: 'carepath-request-log',
        configureServer(vite) {
          vite.middlewares.use((request, response, next) => {
            requests.push(request.url);
            const url = new URL(request.url, 'http://localhost');
            if (url.searchParams.get('csp') === 'strict' && url.pathname.endsWith('.html')) {
              const body = readFileSync(`${root}${url.pathname.replace(/^\//, '')}`, 'utf8');
              response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP });
              response.end(body);
              return;
            }
            next();
          });
        },
      },
    ],
  });
  await server.listen();
  return { origin: `http://127.0.0.1:${server.httpServer.address().port}`, requests, close: () => server.close() };
}

/** The same key names in every driver ('Tab', 'Shift+Tab', 'Space', 'ArrowDown', 'Enter'). */
const biDiKey = (key) => key.replace(/(^|\+)Space$/, '$1 ');

async function chromiumDriver() {
  const browser = await chromium.launch({ executablePath: findBrowser(), args: browserArgs() });
  return {
    name: `Chromium ${browser.version()}`,
    async open(url, { width, height }) {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return {
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        press: (key) => page.keyboard.press(key),
        screenshot: () => page.screenshot(),
        close: () => context.close(),
      };
    },
    stop: () => browser.close(),
  };
}

async function firefoxDriver() {
  const browser = await puppeteer.launch(firefoxLaunchOptions());
  const version = await browser.version();
  return {
    name: version,
    async open(url, { width, height }) {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      await page.goto(url, { waitUntil: 'load' });
      await page.bringToFront();
      return {
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        async press(key) {
          const parts = key.split('+').map(biDiKey);
          for (const part of parts) await page.keyboard.down(part);
          for (const part of parts.reverse()) await page.keyboard.up(part);
        },
        screenshot: async () => Buffer.from(await page.screenshot()),
        close: () => page.close(),
      };
    },
    stop: () => browser.close(),
  };
}

async function webkitDriver() {
  const driver = await startWebKitDriver();
  let session;
  try {
    session = await WebDriverSession.create(driver.url, webkitCapabilities(driver.minibrowser));
  } catch (error) {
    await driver.stop();
    throw new Error(`WebKit (MiniBrowser through WebKitWebDriver under Xvfb) could not start: ${error.message}`, { cause: error });
  }
  const userAgent = await session.execute('return navigator.userAgent');
  return {
    name: `WebKitGTK MiniBrowser (${userAgent})`,
    async open(url, { width, height }) {
      // The window's outer size; MiniBrowser clamps it to its minimum width.
      await session.setWindowRect({ width, height: height + 80 });
      await session.navigate(url);
      return {
        evaluate: (fn, arg) => session.evaluate(fn, arg),
        press: (key) => session.press(key),
        // The viewport only; element screenshots come back black under Xvfb, so callers crop this one. WebKitGTK's
        // screenshot waits for the next paint, which a page at rest never makes: keep a 1 px dot repainting meanwhile.
        async screenshot() {
          await session.execute(`const dot = document.createElement('div');
            dot.id = '__carepath-paint';
            dot.style.cssText = 'position: fixed; right: 0; bottom: 0; width: 1px; height: 1px; pointer-events: none';
            document.documentElement.append(dot);
            let on = false;
            const tick = () => { if (!dot.isConnected) return; on = !on; dot.style.opacity = on ? '0.01' : '0.02'; requestAnimationFrame(tick); };
            requestAnimationFrame(tick);`);
          try {
            return await session.screenshot();
          } finally {
            await session.execute("document.getElementById('__carepath-paint')?.remove()");
          }
        },
        close: () => session.navigate('about:blank'),
      };
    },
    async stop() {
      await session.delete();
      await driver.stop();
    },
  };
}

/** Starts the test server and the engine's browser. `open(path)` resolves once the page has loaded. */
export async function startEngine() {
  const server = await startServer();
  let driver;
  try {
    driver = await { chromium: chromiumDriver, firefox: firefoxDriver, webkit: webkitDriver }[ENGINE]();
  } catch (error) {
    await server.close();
    throw new Error(`The ${ENGINE} engine could not start: ${error.message}`, { cause: error });
  }
  return {
    engine: ENGINE,
    browser: driver.name,
    origin: server.origin,
    /** Every request path the server saw, in order (cleared by `open`). */
    requests: server.requests,
    async open(path, { width = 1200, height = 900 } = {}) {
      server.requests.length = 0;
      const page = await driver.open(`${server.origin}${path}`, { width, height });
      return {
        ...page,
        /** Polls `fn(arg)` in the page until it returns a truthy value; fails after `timeout` ms with `what`. */
        async waitFor(fn, arg, { timeout = 10000, what = 'the page condition' } = {}) {
          const deadline = Date.now() + timeout;
          let last;
          while (Date.now() < deadline) {
            last = await page.evaluate(fn, arg);
            if (last) return last;
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          throw new Error(`Timed out after ${timeout} ms waiting for ${what} (last value ${JSON.stringify(last)}).`);
        },
        /** Errors, CSP violations and console warnings recorded by record-page.js, and requests to other origins. */
        problems: () =>
          page.evaluate((origin) => {
            const offsite = performance
              .getEntriesByType('resource')
              .map((entry) => entry.name)
              .filter((name) => !name.startsWith(origin) && !name.startsWith('data:') && !name.startsWith('blob:'));
            const record = window.__carepathRecord ?? { errors: ['record-page.js did not run'], violations: [] };
            return { errors: record.errors, violations: record.violations, offsite };
          }, server.origin),
      };
    },
    async stop() {
      await driver.stop();
      await server.close();
    },
  };
}

/** The focused element, looking through open shadow roots (runs in the page). */
export function deepActive(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element) return null;
    const host = element.getRootNode() instanceof ShadowRoot ? element.getRootNode().host : null;
    return {
      tag: element.tagName.toLowerCase(),
      type: element.getAttribute('type'),
      checked: 'checked' in element ? element.checked : null,
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      host: host ? `${host.tagName.toLowerCase()}#${host.id}` : null,
    };
  });
}

/** Presses Tab until `matches(active)` holds; fails after `limit` presses. */
export async function tabTo(page, matches, { limit = 60 } = {}) {
  for (let i = 0; i < limit; i += 1) {
    const active = await deepActive(page);
    if (active && matches(active)) return active;
    await page.press('Tab');
  }
  throw new Error(`Tab never reached the wanted element; last focus: ${JSON.stringify(await deepActive(page))}`);
}
