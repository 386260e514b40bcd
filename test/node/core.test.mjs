// Plain Node, no DOM: the built core imports and runs, touches no globals, and its published JSON Schemas
// and instrument text match their sources.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { CORE_SCHEMAS } from '../../scripts/schemas.mjs';

const globalsBefore = new Set(Object.getOwnPropertyNames(globalThis));
const core = await import('../../dist/core/index.js');

describe('carepath/core in plain Node', () => {
  it('imports without a DOM and adds no globals', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    const added = Object.getOwnPropertyNames(globalThis).filter((name) => !globalsBefore.has(name));
    assert.deepEqual(added, []);
  });

  it('is resolvable as the package export carepath/core', async () => {
    const viaExport = await import('carepath/core');
    assert.equal(viaExport.recommendLevel, core.recommendLevel);
  });

  it('scores, recommends, estimates and plans', () => {
    const phq2 = core.scoreInstrument('phq-2', [2, 2]);
    assert.equal(phq2.positive, true);
    assert.equal(core.recommendLevel({ results: [phq2] }).level, 'outpatient');
    assert.equal(core.estimateCost({ dailyRate: 300, daysPerWeek: 3, weeks: 8 }).patientCost, 7200);
    assert.equal(core.buildWeek({ days: ['mon', 'wed', 'fri'], start: '09:00' }).intensity, 'iop');
    assert.throws(() => core.estimateCost({ dailyRate: -1, daysPerWeek: 3, weeks: 8 }), core.CarepathInputError);
  });
});

describe('published JSON Schemas', () => {
  for (const [file, exportName] of Object.entries(CORE_SCHEMAS)) {
    it(`dist/schemas/${file}.json matches ${exportName}`, () => {
      const published = JSON.parse(readFileSync(new URL(`../../dist/schemas/${file}.json`, import.meta.url), 'utf8'));
      const fresh = z.toJSONSchema(core[exportName], { io: 'input', unrepresentable: 'any' });
      delete published.title;
      assert.deepEqual(published, fresh);
      assert.equal(published.type, 'object');
    });
  }
});

// The instrument wording must be verbatim from the published forms, copied with their sources into
// test/fixtures/instrument-wording.md.
const wordingPath = new URL('../fixtures/instrument-wording.md', import.meta.url);
describe('instrument text is verbatim from the published forms', () => {
  const normalize = (text) => text.replace(/\s+/g, ' ').trim();
  const reference = normalize(readFileSync(wordingPath, 'utf8'));

  for (const id of core.INSTRUMENT_IDS) {
    it(id, () => {
      const def = core.getInstrument(id);
      const texts = [def.stem, ...def.items.flatMap((item) => [item.text, ...item.options.map((option) => option.label)])].filter(Boolean);
      let checked = 0;
      for (const text of texts) {
        for (const lang of ['en', 'es']) {
          if (text[lang] === undefined) continue;
          assert.ok(reference.includes(normalize(text[lang])), `${id} ${lang}: "${text[lang]}" is not in test/fixtures/instrument-wording.md`);
          checked += 1;
        }
      }
      assert.ok(checked >= def.items.length, 'every item was checked');
      if (def.attribution && id !== 'cage-aid') {
        for (const lang of ['en', 'es']) assert.ok(reference.includes(normalize(def.attribution[lang])), `${id} attribution ${lang}`);
      }
    });
  }
});
