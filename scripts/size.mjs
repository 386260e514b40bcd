// `npm run size`: bundles each measured entry as it ships to a browser (minified, every dependency inlined, the
// Spanish text, the family path's long-form screens and text, and the hydration code in their lazy files) and prints its gzip -9 size against its
// budget (docs/performance.md, "Size budgets"), then the gap per entry still over it.
//
// It fails (exit 1, in CI too) when:
// - an entry within its budget goes above it;
// - an entry still above its budget grows more than 1% past its figure in scripts/size-recorded.json. That file
//   lists only the entries that do not fit yet, so CI stays green while they are cut down, and nothing may grow
//   meanwhile. When an entry fits, `npm run size` says so: delete its line (and the file, once empty).
// `npm run size -- --enforce` fails on any entry above its budget, record or not.
// `npm run size -- --record` rewrites the record for the entries above budget (a deliberate growth: say why in the
// commit; the diff of that file shows it in review).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { HYDRATE_FILE, buildBrowserBundle, buildHydrateFile } from './browser-bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const KiB = 1024;
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** name → [entry, budget in KiB, what it holds]. */
const ENTRIES = {
  all: ['src/index.ts', 64, 'all four widgets in one file, as dist/cdn/carepath.js'],
  quiz: ['src/components/quiz/define.ts', 36, '<carepath-quiz> alone, with Lit, the base and what it uses of the core'],
  cost: ['src/components/cost/define.ts', 29, '<carepath-cost> alone'],
  schedule: ['src/components/schedule/define.ts', 28, '<carepath-schedule> alone'],
  levels: ['src/components/levels/define.ts', 20, '<carepath-levels> alone'],
  core: ['src/core/index.ts', 22, 'carepath/core: both languages, synchronous, with zod/mini'],
};
/** Each file the all-four bundle loads on demand (a lazy language or content file). */
const LAZY_BUDGET = 11;
const LAZY_FILES = { 'carepath-es.js': 'the Spanish text (UI strings and the widgets’ core text), loaded by a page in Spanish', 'carepath-family-content.js': 'the family path’s long-form screens and text, loaded when a visitor chooses that path', [HYDRATE_FILE]: 'Lit’s hydrate(), loaded only when a widget finds pre-rendered markup', 'carepath-contrast.js': 'the `debug` contrast check, loaded only with `debug`' };

const RECORD_FILE = join(root, 'scripts/size-recorded.json');
/** How far past its recorded size an entry still over budget may grow before `npm run size` fails. */
const GROWTH_TOLERANCE = 0.01;
const args = new Set(process.argv.slice(2));
const recordMode = args.has('--record');
const enforce = args.has('--enforce');
const recorded = existsSync(RECORD_FILE) ? JSON.parse(readFileSync(RECORD_FILE, 'utf8')).gzip : {};

const outDir = mkdtempSync(join(tmpdir(), 'carepath-size-'));
const gzip = (code) => gzipSync(code, { level: 9 }).length;
const kib = (bytes) => `${(bytes / KiB).toFixed(2).padStart(6)} KiB`;
/** name → { gzip, budget in bytes } for every row. */
const rows = {};
try {
  console.log('entry                        gzip -9     budget     status');
  const report = (name, size, budgetKiB, holds, minified) => {
    const budget = budgetKiB * KiB;
    rows[name] = { gzip: size, budget };
    const status = size <= budget ? 'ok' : `OVER by ${kib(size - budget).trim()}`;
    console.log(`${name.padEnd(26)} ${kib(size)}  ${String(budgetKiB).padStart(5)} KiB   ${status.padEnd(18)} ${holds} (${(minified / KiB).toFixed(1)} KiB minified)`);
  };
  for (const [name, [entry, budget, holds]] of Object.entries(ENTRIES)) {
    if (!existsSync(join(root, entry))) continue; // a widget not built yet
    await buildBrowserBundle({ entry, outDir, fileName: `${name}.js`, version });
    const code = readFileSync(join(outDir, `${name}.js`));
    report(name, gzip(code), budget, holds, code.length);
    if (name !== 'all') continue;
    const chunks = readdirSync(outDir).filter((file) => file !== 'all.js');
    for (const file of chunks) {
      if (!(file in LAZY_FILES)) throw new Error(`the all-four bundle emitted ${file}, which scripts/size.mjs does not know: give it a budget`);
      const lazy = readFileSync(join(outDir, file));
      report(file, gzip(lazy), LAZY_BUDGET, LAZY_FILES[file], lazy.length);
    }
    // Every browser file loads the same hydration file by URL (not a chunk of any one of them).
    const hydrateDir = join(outDir, 'hydrate');
    await buildHydrateFile({ outDir: hydrateDir, emptyOutDir: true });
    const hydrateCode = readFileSync(join(hydrateDir, HYDRATE_FILE));
    report(HYDRATE_FILE, gzip(hydrateCode), LAZY_BUDGET, LAZY_FILES[HYDRATE_FILE], hydrateCode.length);
  }
  // For scale, measured the same way in the same run: Typeform's embed loader, which still loads an iframe.
  const typeform = readFileSync(join(root, 'node_modules/@typeform/embed/build/embed.js'));
  const { version: typeformVersion } = JSON.parse(readFileSync(join(root, 'node_modules/@typeform/embed/package.json'), 'utf8'));
  console.log(`\nfor scale: @typeform/embed ${typeformVersion} build/embed.js  ${kib(gzip(typeform))} gzip -9`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

const over = Object.entries(rows).filter(([, row]) => row.gzip > row.budget);
const failures = [];
if (over.length > 0) {
  console.log(`\nStill over budget (the gap to cut): ${over.map(([name, row]) => `${name} ${kib(row.gzip - row.budget).trim()}`).join(', ')}.`);
}
for (const [name, row] of over) {
  const before = recorded[name];
  if (enforce) failures.push(`${name} is over its budget`);
  else if (before === undefined && !recordMode) failures.push(`${name} went over its budget (${kib(row.gzip).trim()} > ${kib(row.budget).trim()})`);
  else if (before !== undefined && row.gzip > before * (1 + GROWTH_TOLERANCE) && !recordMode) {
    failures.push(`${name}, still over its budget, grew more than ${GROWTH_TOLERANCE * 100}% past its record (${before} → ${row.gzip} B)`);
  }
}
const fits = Object.keys(recorded).filter((name) => rows[name] && rows[name].gzip <= rows[name].budget);
if (fits.length > 0) console.log(`\nNow within budget: ${fits.join(', ')}. Delete their lines from scripts/size-recorded.json; the budget holds them from now on.`);
if (recordMode) {
  const gzipByName = Object.fromEntries(over.map(([name, row]) => [name, row.gzip]));
  if (over.length === 0) rmSync(RECORD_FILE, { force: true });
  else writeFileSync(RECORD_FILE, `${JSON.stringify({ note: 'gzip -9 bytes of each entry still over its budget (scripts/size.mjs); `npm run size` fails when one grows more than 1% past it. Delete a line once its entry fits.', gzip: gzipByName }, null, 2)}\n`);
  console.log(over.length === 0 ? '\nEvery entry fits: scripts/size-recorded.json removed.' : `\nRecorded the entries over budget in ${RECORD_FILE.slice(root.length)}.`);
}
if (failures.length > 0) {
  console.log(`\nFAIL: ${failures.join('; ')}. Make it smaller${enforce ? '' : ', or (only for an entry still over budget) record a deliberate growth with `npm run size -- --record` and say why in the commit'}.`);
  process.exit(1);
}
