// `npm run size`: bundles each measured entry as it would ship to a browser (minified, every dependency
// inlined) and prints its gzip -9 size against its budget (the quality bars).
// `npm run size -- --enforce` exits 1 when an entry is over budget (CI will enforce once the budgets can be met:
// see CHANGELOG "Known gaps").
// Until the budgets can be met, a ratchet holds the line: each entry's gzip size is recorded in
// scripts/size-recorded.json, and `npm run size` (as CI runs it) exits 1 when one grows more than 1% past its record.
// A deliberate growth is recorded with `npm run size -- --record`, and the diff of that file shows it in review.
// The "floor" column is the same measure of scripts/size-floor/<entry>.ts: only the content the product must
// ship (both languages' strings, instrument and level text) with Lit and a minimal zod/mini, and none of the
// code. No implementation of that entry can be smaller, so a budget under its floor cannot be met as specified.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildBrowserBundle } from './browser-bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const KB = 1024;
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** name → [entry, budget in bytes, what it holds]. */
const ENTRIES = {
  all: ['src/index.ts', 32 * KB, 'all four widgets in one file, as dist/cdn/carepath.js'],
  core: ['src/core/index.ts', 12 * KB, 'carepath/core with zod/mini and both languages’ instrument text'],
  cost: ['src/components/cost/define.ts', 20 * KB, '<carepath-cost> alone, with Lit, the base and what it uses of the core'],
  levels: ['src/components/levels/define.ts', 20 * KB, '<carepath-levels> alone, with Lit, the base and what it uses of the core'],
  quiz: ['src/components/quiz/define.ts', 20 * KB, '<carepath-quiz> alone, with Lit, the base and what it uses of the core'],
  schedule: ['src/components/schedule/define.ts', 20 * KB, '<carepath-schedule> alone, with Lit, the base and what it uses of the core'],
};

const RECORD_FILE = join(root, 'scripts/size-recorded.json');
/** How far past its recorded size an entry may grow before `npm run size` fails. */
const GROWTH_TOLERANCE = 0.01;
const record = process.argv.includes('--record');
const recorded = existsSync(RECORD_FILE) ? JSON.parse(readFileSync(RECORD_FILE, 'utf8')).gzip : {};
const measured = {};
const grew = [];

const outDir = mkdtempSync(join(tmpdir(), 'carepath-size-'));
let over = false;
const belowFloor = [];
/** Builds one entry as shipped and returns its minified and gzip -9 sizes in bytes. */
async function measure(entry, fileName) {
  await buildBrowserBundle({ entry, outDir, fileName, version });
  const code = readFileSync(join(outDir, fileName));
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
const kb = (bytes) => `${(bytes / KB).toFixed(2).padStart(8)} KB`;
try {
  console.log('entry     min+gzip -9   vs record  budget       floor   holds');
  for (const [name, [entry, budget, holds]] of Object.entries(ENTRIES)) {
    if (!existsSync(join(root, entry))) continue; // a widget not built yet
    const { minified, gzip } = await measure(entry, `${name}.js`);
    const floorEntry = `scripts/size-floor/${name}.ts`;
    const floor = existsSync(join(root, floorEntry)) ? (await measure(floorEntry, `${name}-floor.js`)).gzip : undefined;
    if (floor !== undefined && floor > budget) belowFloor.push(`${name} (budget ${(budget / KB).toFixed(0)} KB, floor ${(floor / KB).toFixed(2)} KB)`);
    const ok = gzip <= budget;
    over ||= !ok;
    measured[name] = gzip;
    const before = recorded[name];
    const delta = before === undefined ? '      new' : `${gzip >= before ? '+' : '−'}${Math.abs(gzip - before)} B`.padStart(9);
    if (before !== undefined && gzip > before * (1 + GROWTH_TOLERANCE)) grew.push(`${name} ${before} → ${gzip} bytes`);
    console.log(`${name.padEnd(8)} ${kb(gzip)}  ${delta}  ${(budget / KB).toFixed(0).padStart(3)} KB  ${floor === undefined ? '           ' : kb(floor)}   ${holds} (${(minified / KB).toFixed(1)} KB minified) ${ok ? 'ok' : 'OVER BUDGET'}`);
  }
  if (belowFloor.length > 0) {
    console.log(`\nBudget below its floor — cannot be met without dropping required content: ${belowFloor.join(', ')}.`);
  }
  // For scale, measured the same way in the same run: Typeform's embed loader, which still loads an iframe.
  const typeform = readFileSync(join(root, 'node_modules/@typeform/embed/build/embed.js'));
  const { version: typeformVersion } = JSON.parse(readFileSync(join(root, 'node_modules/@typeform/embed/package.json'), 'utf8'));
  console.log(`\nfor scale: @typeform/embed ${typeformVersion} build/embed.js  ${(gzipSync(typeform, { level: 9 }).length / KB).toFixed(2)} KB gzip -9`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
if (record) {
  const note = 'gzip -9 bytes per entry, written by `npm run size -- --record`; `npm run size` fails when one grows more than 1% past it';
  writeFileSync(RECORD_FILE, `${JSON.stringify({ note, gzip: measured }, null, 2)}\n`);
  console.log(`\nRecorded these sizes in ${RECORD_FILE.slice(root.length)}.`);
} else if (grew.length > 0) {
  console.log(`\nGrew more than ${GROWTH_TOLERANCE * 100}% past the recorded size: ${grew.join(', ')}. Make it smaller, or record the growth on purpose with \`npm run size -- --record\` and say why in the commit.`);
}
process.exit((over && process.argv.includes('--enforce')) || (!record && grew.length > 0) ? 1 : 0);
