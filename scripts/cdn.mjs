// The CDN files (the published file names): one minified file per entry with everything inlined — Lit, zod/mini, the core
// and the strings — so a page needs one <script> tag and nothing else.
//   dist/cdn/carepath.js            ES module, all four widgets   <script type="module" src="…">
//   dist/cdn/carepath-<widget>.js   ES module, one widget
//   dist/cdn/carepath.iife.js       classic script, all four     <script src="…"> (tag managers; jsDelivr/unpkg default)
//   dist/cdn/carepath-es.js         ES module, the Spanish text (UI strings and the widgets' core text), loaded only
//                                   by a page in Spanish (by the module files as their chunk, by the classic script
//                                   with import() from its own URL)
//   dist/cdn/carepath-family-content.js  ES module, the family path's long-form screens and text, loaded when a
//                                   visitor chooses that path (by the module files as their chunk, by the classic
//                                   script with import() from its own URL)
//   dist/cdn/carepath-contrast.js   ES module, the `debug` attribute's contrast check, loaded by the module files only
//                                   with `debug` (the classic script carries it inline)
//   dist/cdn/carepath-hydrate.js    ES module, Lit's hydrate(), loaded by every file (with import()) only when a
//                                   widget finds pre-rendered markup (carepath/ssr) to hydrate
// It also writes dist/cdn/sri.json with every file's Subresource Integrity hash, the lazy ones included.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HYDRATE_FILE, buildBrowserBundle, buildHydrateFile } from './browser-bundle.mjs';

const outDir = fileURLToPath(new URL('../dist/cdn/', import.meta.url));

export const CDN_FILES = [
  { file: 'carepath.js', entry: 'src/index.ts', format: 'es' },
  { file: 'carepath-quiz.js', entry: 'src/quiz.ts', format: 'es' },
  { file: 'carepath-levels.js', entry: 'src/levels.ts', format: 'es' },
  { file: 'carepath-cost.js', entry: 'src/cost.ts', format: 'es' },
  { file: 'carepath-schedule.js', entry: 'src/schedule.ts', format: 'es' },
  { file: 'carepath.iife.js', entry: 'src/register-all.ts', format: 'iife' },
];

/** Files the CDN files load on demand, written beside them. */
export const LAZY_FILES = ['carepath-es.js', 'carepath-family-content.js', HYDRATE_FILE, 'carepath-contrast.js'];

export function sri(path) {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

export async function writeCdn() {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const hashes = {};
  for (const { file, entry, format } of CDN_FILES) {
    await buildBrowserBundle({ entry, outDir, fileName: file, version, format, emptyOutDir: false });
    const path = `${outDir}${file}`;
    writeFileSync(path, `/*! carepath ${version} | MIT */\n${readFileSync(path, 'utf8')}`);
  }
  await buildHydrateFile({ outDir });
  for (const file of [...CDN_FILES.map(({ file }) => file), ...LAZY_FILES]) {
    const path = `${outDir}${file}`;
    if (LAZY_FILES.includes(file)) writeFileSync(path, `/*! carepath ${version} | MIT */\n${readFileSync(path, 'utf8')}`);
    hashes[file] = sri(path);
  }
  writeFileSync(`${outDir}sri.json`, `${JSON.stringify({ version, files: hashes }, null, 2)}\n`);
  return { version, hashes };
}
