// @web/test-runner launchers for the three engines, and the plugins that make one test suite run in all of them:
// - Chromium: the system Chromium through @web/test-runner-chrome (puppeteer-core over CDP; coverage).
// - Firefox: firefox-esr through the same launcher, with puppeteer-core speaking WebDriver BiDi.
// - WebKit: MiniBrowser (WebKitGTK) through WebKitWebDriver under Xvfb, with the small launcher below.
// Plus the listed per-engine exclusions (test/engine-exclusions.mjs), applied in the page and printed by the run.
import puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { browserArgs, findBrowser } from './browser.mjs';
import { firefoxLaunchOptions, startWebKitDriver, webkitCapabilities } from './engines.mjs';
import { WebDriverSession } from './webdriver.mjs';
import { EXCLUSIONS } from '../test/engine-exclusions.mjs';

/** Puppeteer's WebDriver BiDi key table has no 'Space'; the other names match. */
const biDiKey = (key) => key.replace(/(^|\+)Space$/, '$1 ');

/**
 * Media emulation in Firefox. WebDriver BiDi has no command for it and puppeteer-core sends it over CDP only, so
 * this sets Firefox's own per-tab overrides (the ones its devtools use) from a privileged script in the browser's
 * chrome window. Needs MOZ_REMOTE_ALLOW_SYSTEM_ACCESS=1 at launch and `browser.connection` (puppeteer-core 24's
 * BiDi connection; the version is pinned for that).
 */
async function setFirefoxMediaOverrides(browser, page, overrides) {
  const { connection } = browser;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chrome = tree.result.contexts[0]?.context;
  if (!chrome) throw new Error('Firefox media emulation: no chrome window to run the override in.');
  const contextId = page.mainFrame()._id;
  const expression = `(() => {
    const id = ${JSON.stringify(contextId)};
    let context = null;
    for (const [module, name] of [['NavigableManager', 'NavigableManager'], ['TabManager', 'TabManager']]) {
      try {
        const manager = ChromeUtils.importESModule('chrome://remote/content/shared/' + module + '.sys.mjs')[name];
        context = manager?.getBrowsingContextById?.(id) ?? null;
      } catch {}
      if (context) break;
    }
    if (!context) throw new Error('no browsing context for ' + id);
    const overrides = ${JSON.stringify(overrides)};
    for (const [key, value] of Object.entries(overrides)) context.top[key] = value;
    return 'ok';
  })()`;
  const response = await connection.send('script.evaluate', { expression, target: { context: chrome }, awaitPromise: false });
  if (response.result?.type !== 'success') throw new Error(`Firefox media emulation failed: ${JSON.stringify(response.result)}`);
}

const COLOR_SCHEME = { dark: 'dark', light: 'light', 'no-preference': 'none', '': 'none' };
const REDUCED_MOTION = { reduce: 'reduce', 'no-preference': 'none', '': 'none' };

export function firefoxBrowserLauncher() {
  const options = firefoxLaunchOptions();
  return chromeLauncher({
    puppeteer,
    launchOptions: { ...options, env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' } },
    async createPage({ browser }) {
      const page = await browser.newPage();
      // WTR's emulateMedia calls these two for puppeteer browsers.
      page.emulateMediaFeatures = async (features = []) => {
        const overrides = {};
        for (const { name, value } of features) {
          if (name === 'prefers-color-scheme') overrides.prefersColorSchemeOverride = COLOR_SCHEME[value ?? ''] ?? 'none';
          else if (name === 'prefers-reduced-motion') overrides.prefersReducedMotionOverride = REDUCED_MOTION[value ?? ''] ?? 'none';
          else if (name === 'forced-colors') overrides.forcedColorsOverride = value === 'active' ? 'active' : 'none';
          else throw new Error(`Firefox media emulation: ${name} is not supported.`);
        }
        if (Object.keys(overrides).length > 0) await setFirefoxMediaOverrides(browser, page, overrides);
      };
      page.emulateMediaType = (type) => setFirefoxMediaOverrides(browser, page, { mediumOverride: type ?? '' });
      const { keyboard } = page;
      for (const method of ['press', 'down', 'up']) {
        const original = keyboard[method].bind(keyboard);
        keyboard[method] = (key, ...rest) => original(biDiKey(key), ...rest);
      }
      // Every test file opens in this tab; a test that tabs past its last control would leave the focus in the
      // browser's own toolbar for the next file. Hand the focus back to the page after each navigation.
      const goto = page.goto.bind(page);
      page.goto = async (...args) => {
        const response = await goto(...args);
        await page.bringToFront().catch(() => {});
        await page.evaluate(() => window.focus()).catch(() => {});
        return response;
      };
      return page;
    },
  });
}

export function chromiumBrowserLauncher() {
  return chromeLauncher({ launchOptions: { executablePath: findBrowser(), headless: true, args: browserArgs() } });
}

/** One MiniBrowser window under WebKitWebDriver; test files open in it one after another. */
export function webkitBrowserLauncher() {
  let driver;
  let session;
  const active = new Set();
  return {
    name: 'WebKit',
    type: 'webkit-webdriver',
    concurrency: 1,
    async initialize() {
      try {
        driver = await startWebKitDriver();
        session = await WebDriverSession.create(driver.url, webkitCapabilities(driver.minibrowser));
        await session.setWindowRect({ width: 1280, height: 900 });
      } catch (error) {
        await driver?.stop();
        throw new Error(`WebKit (MiniBrowser through WebKitWebDriver under Xvfb) could not start: ${error.message}`, { cause: error });
      }
    },
    async stop() {
      await session?.delete();
      await driver?.stop();
    },
    async startSession(id, url) {
      active.add(id);
      await session.navigate(url);
    },
    isActive: (id) => active.has(id),
    getBrowserUrl: () => session.currentUrl(),
    async stopSession(id) {
      active.delete(id);
      return {};
    },
    startDebugSession() {
      throw new Error('Debugging is not supported in the WebKit launcher; use --manual and open MiniBrowser yourself.');
    },
    webdriver: () => session,
  };
}

async function webdriverSendKeys(driver, payload) {
  if ('type' in payload) await driver.type(payload.type);
  else if ('press' in payload) await driver.press(payload.press);
  else if ('down' in payload) await driver.down(payload.down);
  else if ('up' in payload) await driver.up(payload.up);
  else throw new Error(`send-keys: unknown payload ${JSON.stringify(payload)}`);
  return true;
}

/**
 * `sendKeys` for the WebDriver launcher, and a clear message for the commands WebDriver cannot carry out. WTR puts
 * its own command plugins before the config's and they throw for browser types they do not know, so this plugin
 * wraps theirs when the server starts.
 */
export function webdriverCommandsPlugin() {
  return {
    name: 'carepath-webdriver-commands',
    serverStart({ config }) {
      for (const plugin of config.plugins ?? []) {
        if (typeof plugin.executeCommand !== 'function' || plugin === this) continue;
        const original = plugin.executeCommand.bind(plugin);
        plugin.executeCommand = async (args) => {
          if (args.session.browser.type !== 'webkit-webdriver') return original(args);
          if (args.command === 'send-keys') return webdriverSendKeys(args.session.browser.webdriver(), args.payload);
          if (['emulate-media', 'set-viewport', 'select-option', 'send-mouse', 'a11y-snapshot'].includes(args.command)) {
            throw new Error(
              `WebKit over WebDriver cannot carry out "${args.command}"; list the test in test/engine-exclusions.mjs with the reason.`,
            );
          }
          return original(args);
        };
      }
    },
  };
}

/** The exclusions of one engine, as listed in test/engine-exclusions.mjs. */
export function exclusionsFor(engine) {
  return EXCLUSIONS.filter((entry) => entry.engines.includes(engine));
}

/**
 * Makes each test file skip, in this engine, exactly the tests listed for it: the dev server prepends one import to
 * every test file; that module registers a root `beforeEach` that marks a listed test pending (mocha `this.skip()`).
 * The run then prints each skip and fails if a skip is not listed or a listed test did not run into its skip.
 */
export function exclusionsPlugin(engine) {
  const list = exclusionsFor(engine).map(({ file, test }) => ({ file, test }));
  const modulePath = '/__carepath-engine-exclusions.js';
  const source = `const list = ${JSON.stringify(list)};
const file = new URL(import.meta.url).searchParams.get('file');
const titles = new Set(list.filter((entry) => entry.file === file).map((entry) => entry.test));
if (titles.size > 0) {
  beforeEach(function () {
    if (titles.has(this.currentTest.fullTitle())) this.skip();
  });
}
`;
  return {
    name: 'carepath-engine-exclusions',
    serve(context) {
      if (context.path === modulePath) return { body: source, type: 'js' };
      return undefined;
    },
    transform(context) {
      if (!/\/test\/.*\.test\.ts$/.test(context.path)) return undefined;
      const file = context.path.replace(/^\//, '');
      return { body: `import '${modulePath}?file=${encodeURIComponent(file)}';\n${context.body}` };
    },
  };
}
