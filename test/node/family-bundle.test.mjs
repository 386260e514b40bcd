// Plain Node, against the build: the family path's safety screens ("Who is this for?", the safety question, the
// crisis and overdose screens) ship inside the quiz's main CDN files in both languages (help never waits for a
// download), and its long-form text and the screens that show it are a separate chunk the quiz loads once the path
// is chosen (so the main file does not carry them).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { decoded } from './fixtures/decoded.mjs';

const cdn = new URL('../../dist/cdn/', import.meta.url);
const read = (name) => decoded(readFileSync(new URL(name, cdn), 'utf8'));

const IN_MAIN = ['Could they hurt themselves or someone else right now?', 'Call 911 now', 'Llame al 911 ahora', 'Five steps that can help (#BeThe1To)', 'If you see these signs, act fast'];
const LAZY = ['Groups for family and friends of people who drink.', 'What tends to backfire', 'Ask their doctor for a private check-up.'];

/** The path's safety screens, in both languages: "Who is this for?", the safety question, both crisis screens, the overdose steps, and the screen shown while the rest loads or if it fails. */
const SAFETY_SCREENS = [
  'Who is this for?',
  '¿Para quién es?',
  'Could they hurt themselves or someone else right now?',
  '¿Podría esa persona hacerse daño o hacerle daño a alguien en este momento?',
  'Llame al 911 ahora',
  'Call or text 988 to talk it through',
  'Comuníquese con 988 Lifeline para hablarlo',
  'Si ve estas señales, actúe rápido',
  'The next part did not load.',
  'La siguiente parte no se cargó.',
];
/** The markup of the path's other screens (the checklist, the reading screens, the levels to read about). */
const LAZY_UI = ['question-screen family-check', 'class="screen family-seen"', 'class="screen family-help"', 'class="screen family-talk"', 'class="screen family-support"', 'class="screen family-teen"', 'class="screen family-levels"', 'family-start-over-hint'];

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

    it(`${file} holds the path's safety screens in both languages, and not the markup of its other screens`, () => {
      const code = read(file);
      for (const text of SAFETY_SCREENS) assert.ok(code.includes(text), `${file} lacks "${text}"`);
      for (const markup of LAZY_UI) assert.ok(!code.includes(markup), `${file} carries the lazily loaded screen markup "${markup}"`);
    });
  }

  it('the lazily loaded chunk sits next to them: the long-form text in both languages and the screens that show it, importing nothing', () => {
    const chunks = readdirSync(cdn).filter((name) => /^carepath-family-content\.js$/.test(name));
    assert.ok(chunks.length > 0, 'a family-content chunk');
    for (const chunk of chunks) {
      const code = read(chunk);
      for (const text of LAZY) assert.ok(code.includes(text), `${chunk} lacks "${text}"`);
      for (const markup of LAZY_UI) assert.ok(code.includes(markup), `${chunk} lacks "${markup}"`);
      // Lit and the shared pieces come from the main file at run time (handed over), never by an import.
      assert.doesNotMatch(code, /\bfrom\s*["'`]\.\/|\bimport\s*\(/, `${chunk} imports another file`);
      assert.ok(code.includes('Pida a su médico una consulta en privado.'), `${chunk} lacks the Spanish teen note`);
    }
  });

  it('the classic-script file holds the safety screens and loads the rest from its own URL, as the Spanish file (not an injected script)', () => {
    assert.ok(existsSync(new URL('carepath.iife.js', cdn)));
    const code = read('carepath.iife.js');
    for (const text of [...IN_MAIN, ...SAFETY_SCREENS]) assert.ok(code.includes(text), `carepath.iife.js lacks "${text}"`);
    for (const text of [...LAZY, ...LAZY_UI]) assert.ok(!code.includes(text), `carepath.iife.js carries "${text}"`);
    assert.match(code, /import\(new URL\("carepath-family-content\.js",\w+\|\|document\.baseURI\)/, 'carepath.iife.js loads the chunk by URL');
    assert.doesNotMatch(code, /createElement\(["'`]script/, 'carepath.iife.js injects a script');
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
