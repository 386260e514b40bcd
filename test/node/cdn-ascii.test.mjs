// Every CDN file is plain ASCII (terser's ascii_only: each other character is an escape), so the classic script
// shows "atención" and "’" right even on a page served without `charset=utf-8`, where a browser would read a UTF-8
// file in the page's legacy encoding.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';

const cdn = new URL('../../dist/cdn/', import.meta.url);

describe('CDN files', () => {
  for (const file of readdirSync(cdn).filter((name) => name.endsWith('.js'))) {
    it(`${file} is ASCII only`, () => {
      const bytes = readFileSync(new URL(file, cdn));
      const at = bytes.findIndex((byte) => byte > 0x7f);
      assert.equal(at, -1, `${file} has a non-ASCII byte at ${at}: …${bytes.subarray(Math.max(0, at - 40), at + 10).toString('utf8')}…`);
    });
  }
});
