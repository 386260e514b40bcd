// `npm run build`: the npm modules (vite.config.ts), their type declarations, and the JSON Schemas
// generated from the core's zod schemas, so the schemas published for partners cannot drift from the code.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { writeCdn } from './cdn.mjs';
import { writeJsxTypes } from './jsx-types.mjs';
import { writeManifest } from './manifest.mjs';
import { writeSchemas } from './schemas.mjs';
import { writeSsrStylesheet } from './ssr-css.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({ root, configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), logLevel: 'warn' });
execFileSync(process.execPath, [fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url)), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
const schemas = await writeSchemas(new URL('../dist/schemas/', import.meta.url));
await writeManifest();
await writeJsxTypes();
const cdn = await writeCdn();
await writeSsrStylesheet(); // dist/cdn/carepath.css, linked by pre-rendered widgets (carepath/ssr)

console.log(`built dist/ (modules, declarations, ${schemas.length} JSON Schemas, custom-elements.json, jsx.d.ts, ${Object.keys(cdn.hashes).length} CDN files) in ${Math.round(performance.now() - started)} ms`);
console.log('\nCDN snippet (version-pinned, with Subresource Integrity):');
console.log(
  `<script type="module" src="https://cdn.jsdelivr.net/npm/carepath@${cdn.version}/dist/cdn/carepath.js"\n        integrity="${cdn.hashes['carepath.js']}" crossorigin="anonymous"></script>`,
);
