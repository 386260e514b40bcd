// Plain Node, against the build: in the CDN files the core's Spanish (instrument wording, level texts, the quiz's
// context questions) ships in the lazily loaded carepath-es.js, keyed by id; the quiz's safety question and the
// crisis text stay in both languages in every main file; the npm core keeps both languages inline.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CORE_TEXT_FILES, spanishLiterals } from '../../scripts/spanish-core-text.mjs';
import { decoded } from './fixtures/decoded.mjs';

const root = new URL('../../', import.meta.url);
const cdn = (name) => decoded(readFileSync(new URL(`dist/cdn/${name}`, root), 'utf8'));

const MOVED = ['Se ha sentido decaído(a), deprimido(a) o sin esperanzas', 'Se queda en un hospital o unidad médica, día y noche', 'Piense en cuando reduce o deja de beber o de usar drogas.'];
const KEPT = ['En las últimas semanas, ¿ha tenido pensamientos de quitarse la vida, o de hacerse daño a usted mismo(a) o hacerle daño a otra persona?'];

describe('the core’s Spanish in the CDN files', () => {
  for (const file of ['carepath.js', 'carepath-quiz.js', 'carepath.iife.js']) {
    it(`${file} leaves the instrument, level and question Spanish to carepath-es.js, and keeps the safety question`, () => {
      const code = cdn(file);
      for (const text of MOVED) assert.ok(!code.includes(text), `${file} carries "${text}"`);
      for (const text of KEPT) assert.ok(code.includes(text), `${file} lacks "${text}"`);
    });
  }

  it('carepath-es.js holds every moved text, in the table the ids index', () => {
    const code = cdn('carepath-es.js');
    const table = CORE_TEXT_FILES.flatMap((file) => spanishLiterals(file, readFileSync(new URL(file, root), 'utf8')).map(([, , text]) => text));
    assert.ok(table.length > 50, `${table.length} texts`);
    for (const text of MOVED) assert.ok(table.some((entry) => entry.includes(text)), `the table lacks "${text}"`);
    const [, json] = code.match(/CORE_TEXT_ES\b[^=]*=\s*(\[[^\]]*\])/) ?? code.match(/=(\[[^\]]*\]);?\s*export\s*\{[^}]*\bas CORE_TEXT_ES\b/) ?? [];
    assert.ok(json, 'carepath-es.js exports CORE_TEXT_ES');
    assert.deepEqual(JSON.parse(json), table);
  });

  it('the npm core keeps both languages inline', () => {
    const chunks = readdirSync(new URL('dist/chunks/', root)).map((name) => readFileSync(new URL(`dist/chunks/${name}`, root), 'utf8'));
    const npm = [readFileSync(new URL('dist/core/index.js', root), 'utf8'), ...chunks].join('\n');
    for (const text of [...MOVED, ...KEPT]) assert.ok(npm.includes(text), `the npm build lacks "${text}"`);
    assert.doesNotMatch(npm, /get es\(\)/, 'the npm build reads no table');
  });
});
