// Writes dist/custom-elements.json (the Custom Elements Manifest) from the components' JSDoc, with the analyzer
// and custom-elements-manifest.config.mjs. Run it alone with `node scripts/manifest.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const configFile = fileURLToPath(new URL('../custom-elements-manifest.config.mjs', import.meta.url));

/** Analyses the components and writes `dist/custom-elements.json`; returns the manifest. */
export async function writeManifest(outFile = new URL('../dist/custom-elements.json', import.meta.url)) {
  // Load the config ourselves first: if it failed to load, the analyzer would fall back to its defaults (every
  // file in the repository, and writing `customElements` into package.json).
  const { default: config } = await import(configFile);
  if (config?.packagejson !== false || !config.globs?.length) throw new Error(`${configFile}: expected globs and packagejson: false`);

  const { cli } = await import('@custom-elements-manifest/analyzer/cli.js');
  const manifest = await cli({ argv: ['analyze', '--config', configFile, '--quiet'], cwd: root, noWrite: true });
  const tags = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((declaration) => declaration.tagName);
  if (tags.length === 0) throw new Error('custom-elements.json: the analyzer found no custom elements');

  const file = outFile instanceof URL ? fileURLToPath(outFile) : outFile;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = await writeManifest();
  const tags = manifest.modules.flatMap((mod) => mod.declarations ?? []).flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []));
  console.log(`wrote dist/custom-elements.json (${tags.join(', ')})`);
}
