// Writes the README's CDN snippet — the version in package.json and each file's Subresource Integrity hash from
// dist/cdn/sri.json — between the `<!-- cdn-snippet:start -->` and `<!-- cdn-snippet:end -->` markers. Run it after
// `npm run build` when releasing: `npm run release:readme`. test/node/readme-sri.test.mjs fails when the README's
// hashes differ from the built files'.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const START = '<!-- cdn-snippet:start -->';
const END = '<!-- cdn-snippet:end -->';

/** The snippet for `version` with the hashes in `files` (sri.json's `files`). */
export function cdnSnippet(version, files) {
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
