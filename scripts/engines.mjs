// The three browser engines the tests run in, found (or installed from Debian's packages) on this machine, and
// the helper processes WebKit needs: an X server (Xvfb, MiniBrowser has no headless mode) and WebKitWebDriver.
// Never downloads a browser from the internet. Every process started here is stopped by its PID, also when the
// run fails or is interrupted.
import { execSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { findBrowser } from './browser.mjs';

export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'];

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'];
const WEBKIT_DRIVER_CANDIDATES = ['/usr/bin/WebKitWebDriver', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/WebKitWebDriver'];
const MINIBROWSER_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];
const XVFB_CANDIDATES = ['/usr/bin/Xvfb'];

/** Debian packages per engine; `apt-get` runs only as root on Debian, with no standard input (as on CI). */
export const DEBIAN_PACKAGES = { firefox: ['firefox-esr'], webkit: ['webkit2gtk-driver', 'libwebkit2gtk-4.1-0', 'xvfb'] };

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
function isDebian() {
  try {
    return existsSync('/etc/debian_version') || /ID(_LIKE)?=.*debian/.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

function aptCommand(packages) {
  return `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

/**
 * The binaries of one engine, without side effects (tested in test/node): `{ paths }`, `{ install: command }`
 * (Debian as root) or `{ error: message }`.
 */
export function locateEngine(name, { env = process.env, exists = existsSync, debian = isDebian(), root = isRoot() } = {}) {
  const pick = (variable, candidates) => (env[variable] ? (exists(env[variable]) ? env[variable] : null) : candidates.find((path) => exists(path)) ?? null);
  for (const variable of ['FIREFOX_PATH', 'WEBKIT_DRIVER_PATH', 'WEBKIT_MINIBROWSER_PATH', 'XVFB_PATH']) {
    if (env[variable] && !exists(env[variable])) return { error: `${variable} is set to ${env[variable]}, but no file is there.` };
  }
  let paths;
  if (name === 'firefox') {
    paths = { firefox: pick('FIREFOX_PATH', FIREFOX_CANDIDATES) };
  } else if (name === 'webkit') {
    paths = {
      driver: pick('WEBKIT_DRIVER_PATH', WEBKIT_DRIVER_CANDIDATES),
      minibrowser: pick('WEBKIT_MINIBROWSER_PATH', MINIBROWSER_CANDIDATES),
      xvfb: pick('XVFB_PATH', XVFB_CANDIDATES),
    };
  } else {
    throw new Error(`Unknown engine "${name}"; the engines are ${ENGINE_NAMES.join(', ')}.`);
  }
  const missing = Object.entries(paths).filter(([, path]) => !path).map(([key]) => key);
  if (missing.length === 0) return { paths };
  const command = aptCommand(DEBIAN_PACKAGES[name]);
  if (debian && root) return { install: command };
  return {
    error: [
      `The ${name} engine cannot start: ${missing.join(', ')} not found, and carepath never downloads a browser from the internet.`,
      debian ? `Install Debian's packages:  sudo sh -c '${command}'` : `Install ${DEBIAN_PACKAGES[name].join(', ')} (or your system's equivalents) with its package manager.`,
    ].join('\n'),
  };
}

/** The binaries of an engine; installs Debian's packages when it can, else throws with instructions. */
export function findEngine(name) {
  if (name === 'chromium') return { chromium: findBrowser() };
  let located = locateEngine(name);
  if (located.install) {
    console.log(`The ${name} engine is missing: installing Debian's packages (${located.install}).`);
    execSync(located.install, { stdio: 'inherit', shell: '/bin/bash' });
    located = locateEngine(name, { debian: false });
  }
  if (located.paths) return located.paths;
  throw new Error(located.error);
}

/** A TCP port nobody listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** An X display number with no lock file and no socket (so no other X server owns it). */
export function freeDisplay(start = 90) {
  for (let n = start; n < start + 200; n += 1) {
    if (!existsSync(`/tmp/.X${n}-lock`) && !existsSync(`/tmp/.X11-unix/X${n}`)) return n;
  }
  throw new Error('No free X display number between :90 and :289.');
}

const started = new Set();
function stopAll() {
  for (const child of started) {
    try {
      process.kill(child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  started.clear();
}
let exitHooked = false;
function track(child) {
  started.add(child);
  child.once('exit', () => started.delete(child));
  if (!exitHooked) {
    exitHooked = true;
    // Helpers must not outlive the run, whether it ends normally, fails or is interrupted.
    process.once('exit', stopAll);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      process.once(signal, () => {
        stopAll();
        process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 })[signal]);
      });
    }
  }
  return child;
}

/** Stops one process started here, by its PID; waits up to 3 s, then kills it. */
export async function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(child.pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }, 3000);
  await exited;
  clearTimeout(timer);
}

async function waitFor(check, { timeout, what, child, output }) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode} before it was ready.\n${output().slice(-2000)}`);
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} was not ready after ${timeout / 1000} s.\n${output().slice(-2000)}`);
}

function spawnTracked(command, args, env) {
  const child = track(spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] }));
  let log = '';
  const keep = (chunk) => {
    log = (log + chunk).slice(-8000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return { child, output: () => log };
}

/**
 * Starts Xvfb on a free display and WebKitWebDriver on a free port. Returns the driver's URL, the MiniBrowser
 * path and `stop()`. Reuses a driver named by WEBKIT_WEBDRIVER_URL (with WEBKIT_MINIBROWSER_PATH) instead.
 */
export async function startWebKitDriver() {
  const paths = findEngine('webkit');
  if (process.env.WEBKIT_WEBDRIVER_URL) return { url: process.env.WEBKIT_WEBDRIVER_URL, minibrowser: paths.minibrowser, stop: async () => {} };
  const display = freeDisplay();
  // 1280×1024 for the tests: on a larger screen (1600×3200) WebKit stopped matching :focus-visible after a WebDriver
  // Tab. The screenshot script asks for a taller one (CAREPATH_XVFB_SCREEN) to fit a whole widget.
  const screen = process.env.CAREPATH_XVFB_SCREEN ?? '1280x1024';
  const xvfb = spawnTracked(paths.xvfb, [`:${display}`, '-screen', '0', `${screen}x24`, '-nolisten', 'tcp', '-ac'], process.env);
  try {
    await waitFor(() => existsSync(`/tmp/.X11-unix/X${display}`), { timeout: 10000, what: `Xvfb on :${display}`, ...xvfb });
  } catch (error) {
    await stopProcess(xvfb.child);
    throw error;
  }
  const port = await freePort();
  // A visitor's browser has a language: without LANG, MiniBrowser reports navigator.language "C".
  const env = { ...process.env, DISPLAY: `:${display}`, WEBKIT_DISABLE_COMPOSITING_MODE: '1', LANG: process.env.CAREPATH_WEBKIT_LANG ?? 'en_US.UTF-8' };
  const driver = spawnTracked(paths.driver, [`--port=${port}`, '--host=127.0.0.1'], env);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(
      async () => {
        try {
          return (await fetch(`${url}/status`)).ok;
        } catch {
          return false;
        }
      },
      { timeout: 15000, what: `WebKitWebDriver on port ${port}`, ...driver },
    );
  } catch (error) {
    await stopProcess(driver.child);
    await stopProcess(xvfb.child);
    throw error;
  }
  return {
    url,
    display,
    minibrowser: paths.minibrowser,
    async stop() {
      await stopProcess(driver.child);
      await stopProcess(xvfb.child);
    },
  };
}

/** The capabilities of a MiniBrowser session under WebKitWebDriver. */
export function webkitCapabilities(minibrowser) {
  return { alwaysMatch: { 'webkitgtk:browserOptions': { binary: minibrowser, args: ['--automation'] } } };
}

/** Launch options for firefox-esr through puppeteer-core (WebDriver BiDi). */
export function firefoxLaunchOptions(executablePath = findEngine('firefox').firefox) {
  return {
    browser: 'firefox',
    executablePath,
    headless: true,
    // No network traffic of its own on a closed network: no updates, telemetry, safe-browsing or captive portal.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'toolkit.telemetry.enabled': false,
      'datareporting.healthreport.uploadEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  };
}
