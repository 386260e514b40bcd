// The SSR build step: writes dist/cdn/carepath.css, the four widgets' styles (base included, each scoped to its
// tag) that pre-rendered shadow roots link, so a strict style-src 'self' still holds. Reads the built dist/ssr.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export async function writeSsrStylesheet() {
  const { widgetStylesheet } = await import('../dist/ssr/index.js');
  const path = fileURLToPath(new URL('../dist/cdn/carepath.css', import.meta.url));
  const text = widgetStylesheet();
  writeFileSync(path, text);
  return { path, bytes: Buffer.byteLength(text) };
}
