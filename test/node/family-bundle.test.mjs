// Plain Node, against the build: the family path's safety question and crisis screens ship inside the quiz's main
// CDN files (help never waits for a download), and its long-form text is a separate chunk the quiz loads once the
// path is chosen (so the main file does not carry it).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { decoded } from './fixtures/decoded.mjs';

const cdn = new URL('../../dist/cdn/', import.meta.url);
const read = (name) => decoded(readFileSync(new URL(name, cdn), 'utf8'));

const IN_MAIN = ['Could they hurt themselves or someone else right now?', 'Call 911 now', 'Llame al 911 ahora', 'Five steps that can help (#BeThe1To)', 'If you see these signs, act fast'];
const LAZY = ['Groups for family and friends of people who drink.', 'What tends to backfire', 'Ask their doctor for a private check-up.'];

describe('the family path in the CDN files', () => {
  for (const file of ['carepath.js', 'carepath-quiz.js']) {
    it(`${file} holds the safety question and both crisis screens in both languages, and not the long-form text`, () => {
      const code = read(file);
      for (const text of IN_MAIN) assert.ok(code.includes(text), `${file} lacks "${text}"`);
      for (const text of LAZY) assert.ok(!code.includes(text), `${file} carries "${text}"`);
      assert.match(code, /import\(`?["'`]?\.\/carepath-family-content\.js/, `${file} loads the long-form text lazily`);
      // Still one file per entry: the lazy chunk shares no module with it, so nothing is imported statically.
      assert.doesNotMatch(code, /\bfrom\s*["'`]\.\//, `${file} imports another file statically`);
    });
  }

  it('the long-form chunk sits next to them, in both languages', () => {
    const chunks = readdirSync(cdn).filter((name) => /^carepath-family-content\.js$/.test(name));
    assert.ok(chunks.length > 0, 'a family-content chunk');
    for (const chunk of chunks) {
      const code = read(chunk);
      for (const text of LAZY) assert.ok(code.includes(text), `${chunk} lacks "${text}"`);
      assert.doesNotMatch(code, /\bfrom\s*["'`]\.\/|\bimport\s*\(/, `${chunk} imports another file`);
      assert.ok(code.includes('Pida a su médico una consulta en privado.'), `${chunk} lacks the Spanish teen note`);
    }
  });

  it('the classic-script file carries everything (it cannot load a chunk)', () => {
    assert.ok(existsSync(new URL('carepath.iife.js', cdn)));
    const code = read('carepath.iife.js');
    for (const text of [...IN_MAIN, ...LAZY]) assert.ok(code.includes(text), `carepath.iife.js lacks "${text}"`);
  });
});

describe('answering-for in the published descriptions', () => {
  it('the JSON Schema and the Custom Elements Manifest describe it, with its three values and default', () => {
    const schema = JSON.parse(readFileSync(new URL('../../dist/schemas/quiz.json', import.meta.url), 'utf8'));
    assert.deepEqual(schema.properties.answeringFor, { default: 'ask', type: 'string', enum: ['ask', 'self', 'someone-else'] });
    const manifest = JSON.parse(readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'));
    const quiz = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'carepath-quiz');
    const attribute = quiz.attributes.find((entry) => entry.name === 'answering-for');
    assert.equal(attribute?.fieldName, 'answeringFor');
    assert.match(attribute.description, /Who is this for\?/);
    assert.match(quiz.events.find((event) => event.name === 'carepath-quiz-complete').description, /answeringFor: 'someone-else', level: null/);
  });
});
