// `npm run size`: bundles each measured entry as it would ship to a browser (minified, every dependency
// inlined) and prints its gzip -9 size against the budget in DESIGN.md "Quality bars".
// `npm run size -- --enforce` exits 1 when an entry is over budget (CI will enforce once the budgets can be met:
// see CHANGELOG "Known gaps").
// The "floor" column is the same measure of scripts/size-floor/<entry>.ts: only the content the product must
// ship (both languages' strings, instrument and level text) with Lit and a minimal zod/mini, and none of the
// code. No implementation of that entry can be smaller, so a budget under its floor cannot be met as specified.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
  console.log('entry     min+gzip -9  budget       floor   holds');
  for (const [name, [entry, budget, holds]] of Object.entries(ENTRIES)) {
    if (!existsSync(join(root, entry))) continue; // a widget not built yet
    const { minified, gzip } = await measure(entry, `${name}.js`);
    const floorEntry = `scripts/size-floor/${name}.ts`;
    const floor = existsSync(join(root, floorEntry)) ? (await measure(floorEntry, `${name}-floor.js`)).gzip : undefined;
    if (floor !== undefined && floor > budget) belowFloor.push(`${name} (budget ${(budget / KB).toFixed(0)} KB, floor ${(floor / KB).toFixed(2)} KB)`);
    const ok = gzip <= budget;
    over ||= !ok;
    console.log(`${name.padEnd(8)} ${kb(gzip)}  ${(budget / KB).toFixed(0).padStart(3)} KB  ${floor === undefined ? '           ' : kb(floor)}   ${holds} (${(minified / KB).toFixed(1)} KB minified) ${ok ? 'ok' : 'OVER BUDGET'}`);
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
process.exit(over && process.argv.includes('--enforce') ? 1 : 0);
