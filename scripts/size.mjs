// `npm run size`: bundles each measured entry as it would ship to a browser (minified, every dependency
// inlined) and prints its gzip -9 size against the budget in DESIGN.md "Quality bars".
// `npm run size -- --enforce` exits 1 when an entry is over budget (CI will enforce once the core fits:
// see CHANGELOG "Known gaps").
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
try {
  console.log('entry  min+gzip -9  budget   holds');
  for (const [name, [entry, budget, holds]] of Object.entries(ENTRIES)) {
    if (!existsSync(join(root, entry))) continue; // a widget not built yet
    await buildBrowserBundle({ entry, outDir, fileName: `${name}.js`, version });
    const code = readFileSync(join(outDir, `${name}.js`));
    const gzip = gzipSync(code, { level: 9 }).length;
    const ok = gzip <= budget;
    over ||= !ok;
    console.log(`${name.padEnd(6)} ${(gzip / KB).toFixed(2).padStart(8)} KB  ${(budget / KB).toFixed(0).padStart(3)} KB  ${holds} (${(code.length / KB).toFixed(1)} KB minified) ${ok ? 'ok' : 'OVER BUDGET'}`);
  }
  // For scale, measured the same way in the same run: Typeform's embed loader, which still loads an iframe.
  const typeform = readFileSync(join(root, 'node_modules/@typeform/embed/build/embed.js'));
  const { version: typeformVersion } = JSON.parse(readFileSync(join(root, 'node_modules/@typeform/embed/package.json'), 'utf8'));
  console.log(`\nfor scale: @typeform/embed ${typeformVersion} build/embed.js  ${(gzipSync(typeform, { level: 9 }).length / KB).toFixed(2)} KB gzip -9`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
process.exit(over && process.argv.includes('--enforce') ? 1 : 0);
