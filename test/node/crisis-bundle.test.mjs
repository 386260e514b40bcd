// The crisis text ships in both languages inside the quiz's main files (never only in a lazily loaded language
// file): a visitor in crisis must not wait for, or lose, a download. Reads the built CDN files.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { decoded } from './fixtures/decoded.mjs';

const file = (name) => decoded(readFileSync(new URL(`../../dist/cdn/${name}`, import.meta.url), 'utf8'));

// One line of each language's crisis panel, as it sits in the source (no markup inside these).
const MUST_SHIP = [
  'No one at this center sees these answers or will contact you because of them. Please reach out yourself:',
  'Nadie en este centro ve estas respuestas ni se comunicará con usted por ellas. Por favor, comuníquese usted:',
  'Veterans: call 988, then press 1',
  'Veteranos: llame al 988 y marque 1',
  'Llame al 988 y marque 2',
];

describe('crisis text in the main files', () => {
  for (const name of ['carepath.js', 'carepath.iife.js', 'carepath-quiz.js']) {
    it(`${name} carries the crisis panel in English and Spanish`, () => {
      const text = file(name);
      for (const line of MUST_SHIP) assert.ok(text.includes(line), `${name} lacks: ${line}`);
    });
  }
});

// Every widget's own help line, both languages, in every main file (the base element renders it in all four).
const HELP_LINE = [
  'Need help now? <tel988>Call</tel988> or <sms988>text 988</sms988>.',
  '¿Necesita ayuda ahora? <tel988>Llame al 988 y marque 2</tel988>, o <sms988>envíe AYUDA al 988</sms988>.',
  'If you are in immediate danger, <tel911>call 911</tel911>.',
  'Si está en peligro inmediato, <tel911>llame al 911</tel911>.',
];

describe('the help line in every main file', () => {
  for (const name of ['carepath.js', 'carepath.iife.js', 'carepath-quiz.js', 'carepath-levels.js', 'carepath-cost.js', 'carepath-schedule.js']) {
    it(`${name} carries the help line in English and Spanish`, () => {
      const text = file(name);
      for (const line of HELP_LINE) assert.ok(text.includes(line), `${name} lacks: ${line}`);
    });
  }
  it('the lazily loaded Spanish file does not hold it (it must not depend on a download)', () => {
    assert.ok(!file('carepath-es.js').includes('¿Necesita ayuda ahora?'));
  });
});
