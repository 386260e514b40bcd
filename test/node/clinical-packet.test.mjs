// `npm run clinical-packet`: one document with every visitor-facing clinical text, English and Spanish side by
// side, each with its source, and the release gates (Spanish reviewed by a native speaker among them).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('clinical packet', () => {
  let dir;
  let packet;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'packet-test-'));
    const out = join(dir, 'packet.md');
    execFileSync(process.execPath, ['scripts/clinical-packet.mjs', '--out', out], { cwd: root, stdio: 'pipe' });
    packet = readFileSync(out, 'utf8');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the release gates, Spanish reviewed by a native speaker among them', () => {
    assert.match(packet, /## Release gates/);
    assert.match(packet, /Spanish reviewed by a native speaker for register and US usage/);
    assert.match(packet, /A licensed clinician reviews the context questions/);
  });

  it('puts English and Spanish side by side with a source, for the crisis text and the context questions', () => {
    const row = packet.split('\n').find((line) => line.startsWith('| `carepath.quiz.crisis.nobodyWatches`'));
    assert.ok(row, 'the crisis row is there');
    const cells = row.split(' | ');
    assert.match(cells[1], /No one at this center sees these answers/);
    assert.match(cells[2], /Nadie en este centro ve estas respuestas/);
    assert.ok(cells[3].length > 10, 'a source');
    assert.match(packet, /\| safety = yes \(crisis answer\) \| Yes \| Sí \|/);
    assert.match(packet, /\| home = others-use \| Others there drink or use heavily \| Otras personas allí beben o usan drogas en exceso \|/);
  });

  it('covers the levels, the severity map and every built-in instrument, with lengths never credited to ASAM or TIP 47', () => {
    assert.match(packet, /## Severity map and level rule/);
    assert.match(packet, /\| iop length \| Often 8 to 12 weeks; some programs are shorter or longer \| A menudo de 8 a 12 semanas.* \| Secondary sources/);
    for (const name of ['PHQ-9', 'PHQ-2', 'GAD-7', 'GAD-2', 'AUDIT', 'AUDIT-C', 'CAGE-AID']) assert.match(packet, new RegExp(`## Instrument: ${name} —`));
    assert.doesNotMatch(packet, /press 3/i);
  });
});
