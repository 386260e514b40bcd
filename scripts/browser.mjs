// Finds the Chromium that tests, benchmarks and screenshots drive, and the flags every launch uses.
// Never downloads a browser: on Debian as root it installs Debian's `chromium` package; elsewhere it
// prints the command to run. Shared by the test runner, Storybook tests and screenshot scripts.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const APT_COMMAND = 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium';

/**
 * Flags for headless runs on a closed network: no Google lookups, no background traffic, no GPU.
 * `--no-sandbox` only as root, where Chromium refuses to start without it.
 */
export function browserArgs() {
  const args = [
    '--headless=new',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ];
  if (isRoot()) args.push('--no-sandbox');
  return args;
}

function isDebian() {
  try {
    return existsSync('/etc/debian_version') || /ID(_LIKE)?=.*debian/.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

/**
 * Decides where the browser is, or what to do about it, without side effects (tested in test/node):
 * `{ path }`, `{ install: command }` (Debian as root), or `{ error: message }`.
 */
export function locateBrowser({ env = process.env, candidates = CANDIDATES, exists = existsSync, debian = isDebian(), root = isRoot() } = {}) {
  if (env.CHROME_PATH) {
    return exists(env.CHROME_PATH) ? { path: env.CHROME_PATH } : { error: `CHROME_PATH is set to ${env.CHROME_PATH}, but no file is there.` };
  }
  const found = candidates.find((path) => exists(path));
  if (found) return { path: found };
  if (debian && root) return { install: APT_COMMAND };
  return {
    error: [
      'No Chromium or Chrome was found, and carepath never downloads a browser from the internet.',
      debian ? `Install Debian's package:  sudo sh -c '${APT_COMMAND}'` : 'Install Chromium or Chrome with your system package manager,',
      'or point CHROME_PATH at an existing Chromium or Chrome binary.',
    ].join('\n'),
  };
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** The path of a usable Chromium; installs Debian's package when it can, else exits with instructions. */
export function findBrowser() {
  let located = locateBrowser();
  if (located.install) {
    console.log(`No Chromium found: installing Debian's chromium package (${located.install}).`);
    execSync(located.install, { stdio: 'inherit', shell: '/bin/bash' });
    located = locateBrowser({ debian: false });
  }
  if (located.path) return located.path;
  console.error(located.error);
  process.exit(1);
}
