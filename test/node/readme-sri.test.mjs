// Plain Node, after the build: the README's CDN snippet names the version in package.json and carries the real
// Subresource Integrity hash of each built CDN file (a browser refuses a file whose hash differs). When this
// fails after a change to the code, run `npm run release:readme` and commit the README.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(new URL(`dist/cdn/${file}`, root))).digest('base64')}`;

describe('README CDN snippet', () => {
  const tags = [...readme.matchAll(/<script\b[^>]*\bsrc="(https:\/\/cdn\.jsdelivr\.net\/npm\/carepath@[^"]+)"\s+integrity="([^"]+)"/g)];

  it('has a snippet for the ES module and the classic script', () => {
    assert.deepEqual(tags.map(([, url]) => url.split('/').pop()), ['carepath.js', 'carepath.iife.js']);
  });

  for (const [, url, integrity] of tags) {
    const file = url.split('/').pop();
    it(`${file}: the version in package.json and the built file's hash (run \`npm run release:readme\` when not)`, () => {
      assert.equal(url, `https://cdn.jsdelivr.net/npm/carepath@${version}/dist/cdn/${file}`);
      assert.equal(integrity, sri(file));
    });
  }

  it('lists every CDN file with its real hash, the files loaded on demand included, and gives those an import-map integrity', () => {
    const { files } = JSON.parse(readFileSync(new URL('dist/cdn/sri.json', root), 'utf8'));
    for (const file of ['carepath-es.js', 'carepath-family-content.js', 'carepath-hydrate.js', 'carepath-contrast.js']) assert.ok(files[file], `dist/cdn/sri.json lacks ${file}`);
    for (const [file, integrity] of Object.entries(files)) {
      assert.equal(integrity, sri(file), `dist/cdn/sri.json: ${file}`);
      assert.ok(readme.includes(`| \`${file}\` |`) && readme.includes(`\`${integrity}\``), `README lists ${file} with ${integrity} (run \`npm run release:readme\`)`);
    }
    const [, importMap] = readme.match(/<script type="importmap">\n([\s\S]*?)\n<\/script>/) ?? [];
    assert.ok(importMap, 'README shows the import map');
    const base = `https://cdn.jsdelivr.net/npm/carepath@${version}/dist/cdn/`;
    assert.deepEqual(JSON.parse(importMap), { integrity: { [`${base}carepath-es.js`]: files['carepath-es.js'], [`${base}carepath-family-content.js`]: files['carepath-family-content.js'], [`${base}carepath-hydrate.js`]: files['carepath-hydrate.js'], [`${base}carepath-contrast.js`]: files['carepath-contrast.js'] } });
  });

  it('uses no placeholder and no bare import in a plain page', () => {
    assert.doesNotMatch(readme, /integrity="sha384-…/);
    assert.doesNotMatch(readme, /^\s*<script type="module">\s*import 'carepath'/m, 'a bare import only works with a bundler');
  });
});
