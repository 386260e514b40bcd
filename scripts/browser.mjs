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
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}

function isDebian() {
  try {
    return existsSync('/etc/debian_version') || /ID(_LIKE)?=.*debian/.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

/** The path of a usable Chromium; installs Debian's package when it can, else exits with instructions. */
export function findBrowser({ install = true } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
    process.exit(1);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;

  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && isDebian() && root) {
    console.log(`No Chromium found: installing Debian's chromium package (${APT_COMMAND}).`);
    execSync(APT_COMMAND, { stdio: 'inherit', shell: '/bin/bash' });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.error(
    [
      'No Chromium or Chrome was found, and carepath never downloads a browser from the internet.',
      isDebian() ? `Install Debian's package:  sudo sh -c '${APT_COMMAND}'` : 'Install Chromium or Chrome with your system package manager,',
      'or point CHROME_PATH at an existing Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}
