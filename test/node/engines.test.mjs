// How `npm test` finds Firefox and WebKit and what it may skip in them: never a download; Debian's packages as
// root; otherwise a clear message; every exclusion listed with a reason, for a test file that exists.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ENGINE_NAMES, freeDisplay, freePort, locateEngine } from '../../scripts/engines.mjs';
import { keyCodes } from '../../scripts/webdriver.mjs';
import { EXCLUSIONS } from '../engine-exclusions.mjs';

const none = () => false;
const all = () => true;

describe('locateEngine', () => {
  it('finds firefox-esr and the WebKit driver, MiniBrowser and Xvfb at their Debian paths', () => {
    assert.equal(locateEngine('firefox', { env: {}, exists: all }).paths.firefox, '/usr/bin/firefox-esr');
    const webkit = locateEngine('webkit', { env: {}, exists: all }).paths;
    assert.equal(webkit.driver, '/usr/bin/WebKitWebDriver');
    assert.match(webkit.minibrowser, /webkit2gtk-4\.1\/MiniBrowser$/);
    assert.equal(webkit.xvfb, '/usr/bin/Xvfb');
  });

  it('takes FIREFOX_PATH when the file exists, and reports it when it does not', () => {
    assert.equal(locateEngine('firefox', { env: { FIREFOX_PATH: '/opt/ff' }, exists: (p) => p === '/opt/ff' }).paths.firefox, '/opt/ff');
    assert.match(locateEngine('firefox', { env: { FIREFOX_PATH: '/nope' }, exists: none }).error, /FIREFOX_PATH is set to \/nope/);
  });

  it("installs Debian's packages without a prompt when something is missing on Debian as root", () => {
    assert.match(locateEngine('firefox', { env: {}, exists: none, debian: true, root: true }).install, /DEBIAN_FRONTEND=noninteractive apt-get install -y .*firefox-esr$/);
    const webkit = locateEngine('webkit', { env: {}, exists: (p) => p !== '/usr/bin/Xvfb', debian: true, root: true }).install;
    assert.match(webkit, /webkit2gtk-driver/);
    assert.match(webkit, /xvfb/);
  });

  it('fails with what is missing and the command to run otherwise, never a download', () => {
    const error = locateEngine('webkit', { env: {}, exists: (p) => !p.endsWith('WebKitWebDriver'), debian: true, root: false }).error;
    assert.match(error, /The webkit engine cannot start: driver not found/);
    assert.match(error, /sudo sh -c 'apt-get update && /);
    assert.doesNotMatch(error, /https?:|playwright install/);
    assert.throws(() => locateEngine('safari'), /Unknown engine "safari"/);
  });

  it('picks a free port and a free X display', async () => {
    const port = await freePort();
    assert.ok(port > 0 && port < 65536);
    const display = freeDisplay();
    assert.equal(existsSync(`/tmp/.X11-unix/X${display}`), false);
  });
});

describe('WebDriver key codes', () => {
  it('maps the key names the tests use, and combinations', () => {
    assert.deepEqual(keyCodes('Tab'), ['\uE004']);
    assert.deepEqual(keyCodes('Shift+Tab'), ['\uE008', '\uE004']);
    assert.deepEqual(keyCodes('Space'), [' ']);
    assert.deepEqual(keyCodes('+'), ['+']);
    assert.throws(() => keyCodes('Hyper'), /no key code for "Hyper"/);
  });
});

describe('the per-engine exclusions', () => {
  it('name a known engine, an existing test file with that title, and a reason', () => {
    for (const entry of EXCLUSIONS) {
      assert.ok(entry.engines.length > 0 && entry.engines.every((engine) => ENGINE_NAMES.includes(engine)), JSON.stringify(entry));
      assert.ok(!entry.engines.includes('chromium'), 'Chromium runs everything');
      const file = new URL(`../../${entry.file}`, import.meta.url);
      assert.ok(existsSync(file), `${entry.file} exists`);
      const lastTitle = entry.test.split(' ').slice(-4).join(' ');
      assert.ok(readFileSync(file, 'utf8').replaceAll('\\"', '"').includes(lastTitle), `${entry.file} has a test ending "${lastTitle}"`);
      assert.ok(entry.reason.length > 40, 'the reason says why');
    }
    const keys = EXCLUSIONS.map((entry) => `${entry.file} ${entry.test}`);
    assert.equal(new Set(keys).size, keys.length, 'no test is listed twice');
  });
});
