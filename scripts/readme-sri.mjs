// Writes the README's CDN snippet — the version in package.json and each file's Subresource Integrity hash from
// dist/cdn/sri.json, with the list of every CDN file's hash (the lazily loaded ones included) and the import map
// that gives those their integrity — between the `<!-- cdn-snippet:start -->` and `<!-- cdn-snippet:end -->` markers. Run it after
// `npm run build` when releasing: `npm run release:readme`. test/node/readme-sri.test.mjs fails when the README's
// hashes differ from the built files'.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const START = '<!-- cdn-snippet:start -->';
const END = '<!-- cdn-snippet:end -->';

/** What each CDN file is, for the README's list of hashes (sri.json's files, in this order). */
export const FILE_ROLES = {
  'carepath.js': 'all four widgets, ES module',
  'carepath.iife.js': 'all four widgets, classic script',
  'carepath-quiz.js': 'the quiz alone',
  'carepath-levels.js': 'the levels table alone',
  'carepath-cost.js': 'the cost estimator alone',
  'carepath-schedule.js': 'the schedule alone',
  'carepath-es.js': 'loaded on demand: the Spanish text, by a page in Spanish',
  'carepath-family-content.js': 'loaded on demand: the family path’s long-form screens and text, when a visitor chooses that path',
  'carepath-hydrate.js': 'loaded on demand: hydration, by a page with pre-rendered widgets (`carepath/ssr`)',
  'carepath-contrast.js': 'loaded on demand: the `debug` attribute’s contrast check',
};
const LAZY = ['carepath-es.js', 'carepath-family-content.js', 'carepath-hydrate.js', 'carepath-contrast.js'];

/** The snippet for `version` with the hashes in `files` (sri.json's `files`). */
export function cdnSnippet(version, files) {
  const unknown = Object.keys(files).filter((file) => !(file in FILE_ROLES));
  if (unknown.length > 0) throw new Error(`dist/cdn/sri.json lists ${unknown.join(', ')}: describe it in scripts/readme-sri.mjs`);
  for (const file of ['carepath.js', 'carepath.iife.js']) if (!files[file]) throw new Error(`dist/cdn/sri.json has no hash for ${file}`);
  const base = `https://cdn.jsdelivr.net/npm/carepath@${version}/dist/cdn`;
  return [
    START,
    '```html',
    '<!-- All four widgets, as an ES module: -->',
    `<script type="module" src="${base}/carepath.js"`,
    `        integrity="${files['carepath.js']}" crossorigin="anonymous"></script>`,
    '',
    '<!-- Or, in a tag manager that only takes a classic script: -->',
    `<script src="${base}/carepath.iife.js"`,
    `        integrity="${files['carepath.iife.js']}" crossorigin="anonymous"></script>`,
    '```',
    '',
    `<details><summary>Every file's integrity hash (carepath@${version}; also in <code>dist/cdn/sri.json</code>)</summary>`,
    '',
    '| file | what | integrity |',
    '|---|---|---|',
    ...Object.keys(FILE_ROLES)
      .filter((file) => files[file])
      .map((file) => `| \`${file}\` | ${FILE_ROLES[file]} | \`${files[file]}\` |`),
    '',
    'A file loaded on demand is fetched by `import()`, which a `<script integrity>` does not cover. Browsers with',
    'import-map integrity (Chromium 127+, Safari 18+, Firefox 138+) check it too when the page declares it, before the',
    'carepath script (an inline import map needs its hash in `script-src` under a strict policy; see',
    '[performance](docs/performance.md#integrity-of-the-files-loaded-on-demand)):',
    '',
    '```html',
    '<script type="importmap">',
    JSON.stringify({ integrity: Object.fromEntries(LAZY.filter((file) => files[file]).map((file) => [`${base}/${file}`, files[file]])) }, null, 2),
    '</script>',
    '```',
    '',
    '</details>',
    END,
  ].join('\n');
}

/** The README text with its snippet replaced. */
export function withSnippet(readme, snippet) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md: the ${START} … ${END} markers are missing`);
  return `${readme.slice(0, start)}${snippet}${readme.slice(end + END.length)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  const sri = JSON.parse(readFileSync(new URL('dist/cdn/sri.json', root), 'utf8'));
  if (sri.version !== version) throw new Error(`dist/cdn/sri.json is for ${sri.version}, package.json says ${version}: run npm run build first`);
  const file = new URL('README.md', root);
  writeFileSync(file, withSnippet(readFileSync(file, 'utf8'), cdnSnippet(version, sri.files)));
  console.log(`README.md: CDN snippet for carepath@${version} written`);
}
