import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCss } from '../../scripts/minify-css-literals.mjs';

describe('minifyCss (CSS inside css`` templates of browser bundles)', () => {
  it('drops comments and whitespace around braces, semicolons and commas', () => {
    assert.equal(minifyCss(' /* why */\n  .a,\n  .b {\n    color: red;\n    margin: 0 auto;\n  }\n'), '.a,.b{color: red;margin: 0 auto}');
  });
  it('keeps the spaces that carry meaning: descendant selectors, calc, media queries', () => {
    assert.equal(minifyCss('.a :focus { width: calc(100% - 2rem) }'), '.a :focus{width: calc(100% - 2rem)}');
    assert.equal(minifyCss('@media (min-width: 40rem) and (prefers-color-scheme: dark) { .x { top: 0 } }'), '@media (min-width: 40rem) and (prefers-color-scheme: dark){.x{top: 0}}');
  });
  it('leaves quoted strings alone', () => {
    assert.equal(minifyCss(".a::before { content: ' , ; { ' }"), ".a::before{content: ' , ; { '}");
    assert.equal(minifyCss('.b::after { content: "a  /* b */  c" }'), '.b::after{content: "a  /* b */  c"}');
  });
});
