// The field tables' `doc` sentences feed the manifest and the reference pages (made in Node), and
// are dropped from the browser files, which never show them; the field builders a file does not call are dropped too.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { withoutFieldDocs } from '../../scripts/browser-bundle.mjs';
import { decoded } from './fixtures/decoded.mjs';

const read = (path) => decoded(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const DOC = 'Which levels to show, in this order';

describe('field docs', () => {
  it('are in the manifest and the reference pages', () => {
    assert.ok(read('dist/custom-elements.json').includes(DOC));
    assert.ok(read('docs/reference/attributes.md').includes(DOC));
  });

  it('are not in the CDN files', () => {
    for (const file of ['carepath.js', 'carepath.iife.js', 'carepath-levels.js']) assert.ok(!read(`dist/cdn/${file}`).includes(DOC), file);
    // The cost table's sentences, the longest, are gone too.
    assert.ok(!read('dist/cdn/carepath-cost.js').includes('out-of-pocket maximum in dollars'));
  });

  it('are dropped whole, and a doc the build cannot drop fails it', () => {
    const plugin = withoutFieldDocs();
    const id = '/repo/src/components/x/x.fields.ts';
    const out = plugin.transform("a: field.text({ maxLength: 9, doc: 'It\\'s \"x\"' + `y` }), b: field.url({ doc: \"z\" }),", id).code;
    assert.equal(out, 'a: field.text({ maxLength: 9, }), b: field.url({ }),');
    assert.throws(() => plugin.transform('a: field.text({ doc: DOCS.a })', id), /not a plain string literal/);
    assert.equal(plugin.transform("doc: 'kept'", '/repo/src/internal/other.ts'), null);
  });
});
