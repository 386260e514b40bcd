// How `npm test` finds its browser: never a download; Debian's package as root; otherwise a clear command.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { browserArgs, locateBrowser } from '../../scripts/browser.mjs';

const none = () => false;

describe('locateBrowser', () => {
  it('prefers CHROME_PATH when the file exists', () => {
    assert.deepEqual(locateBrowser({ env: { CHROME_PATH: '/opt/chrome' }, exists: (p) => p === '/opt/chrome' }), { path: '/opt/chrome' });
  });

  it('reports a CHROME_PATH that points nowhere instead of guessing', () => {
    assert.match(locateBrowser({ env: { CHROME_PATH: '/nope' }, exists: none }).error, /CHROME_PATH is set to \/nope/);
  });

  it('takes the first system path that exists', () => {
    const located = locateBrowser({ env: {}, candidates: ['/a', '/b', '/c'], exists: (p) => p !== '/a' });
    assert.deepEqual(located, { path: '/b' });
  });

  it("installs Debian's chromium package when nothing is found on Debian as root", () => {
    const located = locateBrowser({ env: {}, candidates: [], exists: none, debian: true, root: true });
    assert.match(located.install, /apt-get install -y chromium$/);
  });

  it('prints the exact command elsewhere, and never a download', () => {
    const debianUser = locateBrowser({ env: {}, candidates: [], exists: none, debian: true, root: false }).error;
    assert.match(debianUser, /sudo sh -c 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium'/);
    const other = locateBrowser({ env: {}, candidates: [], exists: none, debian: false, root: false }).error;
    assert.match(other, /system package manager/);
    assert.doesNotMatch(`${debianUser}\n${other}`, /https?:|npx playwright install/);
  });

  it('keeps Chromium off the network except localhost', () => {
    assert.ok(browserArgs().some((arg) => arg.startsWith('--host-resolver-rules=MAP * ~NOTFOUND')));
  });
});
