import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

// The browser bundles minify Lit's html`` and css`` templates with the Lit team's plugin (see
// scripts/browser-bundle.mjs). These cases once broke the home-made CSS minifier it replaced.
const plugin = minifyHtmlLiterals({ failOnError: true });
const minify = async (source) => (await plugin.transform.call({ warn() {}, error(e) { throw e; } }, source, '/x/src/a.ts'))?.code ?? source;

describe('template minification in browser bundles', () => {
  it('minifies a whole sheet even after an apostrophe in a comment', async () => {
    const out = await minify("const s = css`\n  /* the visitor's choice */\n  .a,\n  .b {\n    color: red;\n  }\n  .c {\n    margin: 0 auto;\n  }\n`;");
    assert.doesNotMatch(out, /visitor/);
    assert.doesNotMatch(out, /\n/);
    assert.match(out, /\.c\{margin:0 auto\}/);
  });
  it('keeps quoted strings and the spaces that carry meaning', async () => {
    const out = await minify("const s = css`.a :focus { width: calc(100% - 2rem) } .b::before { content: ' , ; { ' }`;");
    assert.match(out, /\.a :focus\{width:calc\(100% - 2rem\)\}/);
    assert.match(out, /content:" , ; \{ "/);
  });
  it('collapses template whitespace but keeps the bindings', async () => {
    const out = await minify('const t = html`\n  <p class="x">\n    ${a}\n  </p>\n`;');
    assert.match(out, /<p class="x">\$\{a\}<\/p>/);
  });
});
