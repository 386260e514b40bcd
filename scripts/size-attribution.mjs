// `node scripts/size-attribution.mjs [entry…] [--files]`: where the bytes of each browser bundle are. Builds each entry as it
// ships (browser-bundle.mjs, with a source map), gives every minified byte to the source module it came from,
// groups the modules, and prints per group its minified bytes and what gzip -9 of the whole file loses when that
// group's bytes are cut out ("gzip share": the bundle's real cost of the group, compression context included).
// `--files` lists source files instead of groups; `--markdown` prints one table of groups × bundles. (Measured before the terser pass, so about 1 KiB above `npm run size`.)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import { buildBrowserBundle } from './browser-bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const ENTRIES = { all: 'src/index.ts', quiz: 'src/components/quiz/define.ts', cost: 'src/components/cost/define.ts', schedule: 'src/components/schedule/define.ts', levels: 'src/components/levels/define.ts', core: 'src/core/index.ts' };

/** Group name for a source path (first match wins). */
const GROUPS = [
  ['SSR hydration support (@lit-labs/ssr-client, src/ssr/client)', /node_modules\/(@lit-labs\/ssr-client\/|lit-html\/private-ssr-support)|src\/ssr\//],
  ['lit', /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
  ['zod/mini', /node_modules\/zod\//],
  ['other deps', /node_modules\//],
  ['crisis text (en+es)', /src\/translations\/crisis\.ts$/],
  ['UI strings en', /src\/translations\/en\.ts$/],
  ['UI strings es', /src\/translations\/es\.ts$/],
  ['instruments (items, options; both languages in the core)', /src\/core\/instruments?(-definition)?\.ts$/],
  ['care levels text (both languages in the core)', /src\/core\/(levels|level-words)\.ts$/],
  ['quiz flow (context questions; both languages in the core)', /src\/core\/(flow|compile-flow)\.ts$/],
  ['recommend + score', /src\/core\/(recommend|score)\.ts$/],
  ['family core (safety, both languages)', /src\/core\/family\.ts$/],
  ['family long-form content', /src\/core\/family-content\.ts$/],
  ['cost core', /src\/core\/(cost|cost-fields|percent)\.ts$/],
  ['schedule core + ics', /src\/core\/(schedule|ics|dates)\.ts$/],
  ['other core', /src\/core\//],
  ['family path UI', /src\/components\/quiz\/family\//],
  ['quiz crisis/safety/help screens', /src\/components\/quiz\/(screens|crisis)/],
  ['styles (widget + tokens)', /(\.styles\.ts|src\/styles\/)/],
  ['quiz component', /src\/components\/quiz\//],
  ['cost component', /src\/components\/cost\//],
  ['schedule component', /src\/components\/schedule\//],
  ['levels component', /src\/components\/levels\//],
  ['fields infra (fields, attributes, converters, config, json-keys)', /src\/internal\/(fields|attributes|field-converter|config|json-keys)\.ts$/],
  ['localize + format', /src\/internal\/(localize|format|spanish(-iife)?)\.ts$/],
  ['debug contrast check', /src\/internal\/contrast\.ts$/],
  ['base element', /src\/internal\/(carepath-element|config-properties|render-turns)\.ts$/],
  ['crisis line + channel + suggestion', /src\/internal\/(crisis-line|channel|level-suggestion|help-text)\.ts$/],
  ['events', /src\/events\//],
  ['other internal', /src\/internal\//],
  ['other src', /src\//],
];
const groupOf = (source) => (process.argv.includes('--files') ? source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '') : (GROUPS.find(([, re]) => re.test(source))?.[0] ?? `? ${source}`));

export async function attribute(entry) {
  const outDir = mkdtempSync(join(tmpdir(), 'carepath-attr-'));
  try {
    await buildBrowserBundle({ entry, outDir, fileName: 'out.js', version, sourcemap: true });
    const code = readFileSync(join(outDir, 'out.js'), 'utf8');
    const map = JSON.parse(readFileSync(join(outDir, 'out.js.map'), 'utf8'));
    const lines = code.split('\n');
    const decoded = decode(map.mappings);
    const owner = new Array(code.length).fill(null); // group per character
    let offset = 0;
    lines.forEach((line, index) => {
      const segments = decoded[index] ?? [];
      for (let s = 0; s < segments.length; s++) {
        const [column, sourceIndex] = segments[s];
        const end = s + 1 < segments.length ? segments[s + 1][0] : line.length;
        const group = sourceIndex === undefined ? null : groupOf(map.sources[sourceIndex]);
        for (let c = column; c < end; c++) owner[offset + c] = group;
      }
      offset += line.length + 1;
    });
    const total = gzipSync(code, { level: 9 }).length;
    const groups = new Map();
    for (let i = 0; i < code.length; i++) {
      const g = owner[i] ?? '(unmapped glue)';
      groups.set(g, (groups.get(g) ?? 0) + 1);
    }
    const rows = [];
    for (const [group, minified] of groups) {
      let without = '';
      for (let i = 0; i < code.length; i++) if ((owner[i] ?? '(unmapped glue)') !== group) without += code[i];
      rows.push({ group, minified, gzipShare: total - gzipSync(without, { level: 9 }).length });
    }
    rows.sort((a, b) => b.gzipShare - a.gzipShare);
    return { total, minified: code.length, rows };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const results = {};
for (const name of names.length ? names : Object.keys(ENTRIES)) {
  const { total, minified, rows } = (results[name] = await attribute(ENTRIES[name] ?? name));
  if (process.argv.includes('--markdown')) continue;
  console.log(`\n${name}: ${(total / 1024).toFixed(1)} KiB gzip -9, ${(minified / 1024).toFixed(1)} KiB minified`);
  for (const { group, minified: m, gzipShare } of rows) {
    if (gzipShare < 100 && m < 400) continue;
    console.log(`  ${(gzipShare / 1024).toFixed(2).padStart(6)} KiB  ${(m / 1024).toFixed(1).padStart(6)} KiB min  ${group}`);
  }
}
if (process.argv.includes('--markdown')) {
  // One table: a row per group (largest in the first bundle first), a column per bundle, gzip share in KiB.
  const bundles = Object.keys(results);
  const groups = [...new Set(bundles.flatMap((name) => results[name].rows.map((row) => row.group)))];
  const share = (name, group) => results[name].rows.find((row) => row.group === group)?.gzipShare ?? 0;
  groups.sort((a, b) => bundles.reduce((sum, name) => sum + share(name, b) - share(name, a), 0));
  console.log(`| group | ${bundles.join(' | ')} |\n|---|${bundles.map(() => '---:').join('|')}|`);
  for (const group of groups) console.log(`| ${group} | ${bundles.map((name) => (share(name, group) < 50 ? '–' : (share(name, group) / 1024).toFixed(2))).join(' | ')} |`);
  console.log(`| **whole file (gzip -9, before terser)** | ${bundles.map((name) => `**${(results[name].total / 1024).toFixed(2)}**`).join(' | ')} |`);
}
