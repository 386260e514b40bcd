// `npm run check:package`: packs the tarball exactly as `npm publish` would, then proves it from the outside:
// publint and @arethetypeswrong/cli (--profile esm-only) report nothing, the tarball holds only dist/ and the
// metadata files, and a fresh project that installs it can import carepath/core and carepath in plain Node.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'carepath-pack-'));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (command, args, cwd = root) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let failed = false;
const check = (label, fn) => {
  try {
    const detail = fn();
    console.log(`ok    ${label}${detail ? ` — ${detail}` : ''}`);
  } catch (error) {
    failed = true;
    console.log(`FAIL  ${label}\n${error.stdout ?? ''}${error.stderr ?? ''}${error.stdout || error.stderr ? '' : error.message}`);
  }
};

try {
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work]));
  const tarball = join(work, packed.filename);
  console.log(`packed ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} KB`);

  check('only what a user needs is packed', () => {
    const allowed = /^(dist\/.+|bin\/carepath\.mjs|package\.json|README\.md|LICENSE|CHANGELOG\.md)$/;
    const stray = packed.files.map((file) => file.path).filter((path) => !allowed.test(path) || path.endsWith('.map') || path.startsWith('dist/demo/'));
    if (stray.length > 0) throw new Error(`unexpected files: ${stray.join(', ')}`);
    return `${packed.files.length} files`;
  });
  check('publint --strict', () => run(bin('publint'), [tarball, '--strict']).trim().split('\n').at(-1));
  check('attw --profile esm-only', () => {
    run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii']);
    return 'no problems';
  });
  check('a fresh project installs it and imports carepath/core and carepath in plain Node', () => {
    const app = join(work, 'app');
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], app);
    writeFileSync(
      join(app, 'check.mjs'),
      `const core = await import('carepath/core');
const phq = core.scoreInstrument('phq-9', [3, 3, 3, 3, 3, 3, 3, 3, 0]);
if (core.recommendLevel({ results: [phq], functioning: 'struggling' }).level !== 'php') throw new Error('core');
const all = await import('carepath');
if (typeof all.CarepathQuiz !== 'function' || typeof document !== 'undefined') throw new Error('entry');
await import('carepath/classes');
const schema = await import('carepath/schemas/cost.json', { with: { type: 'json' } });
if (!schema.default.properties.dailyRate) throw new Error('schema');
console.log('imported');`,
    );
    return run(process.execPath, ['check.mjs'], app).trim();
  });
  await checkReactApp(tarball);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * test/react-app: a React 19 app whose TSX uses the tags with `carepath/jsx` types. The tarball is unpacked as its
 * `node_modules/carepath` (React, Vite and TypeScript resolve from this repository); `tsc` must accept the TSX,
 * Vite must build it, and in Chromium the tags must render and the `on<event>` props must receive events.
 */
async function checkReactApp(tarball) {
  const app = join(root, 'test/react-app');
  const installed = join(app, 'node_modules/carepath');
  rmSync(join(app, 'node_modules'), { recursive: true, force: true });
  execFileSync('mkdir', ['-p', installed]);
  execFileSync('tar', ['xzf', tarball, '-C', installed, '--strip-components=1']);
  check('React 19 TSX type-checks against carepath/jsx (attributes, properties, on<event> props)', () => {
    run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(app, 'tsconfig.json')]);
    return 'tsc clean';
  });
  const { build } = await import('vite');
  const react = (await import('@vitejs/plugin-react')).default;
  const outDir = join(work, 'react-dist');
  await build({ root: app, configFile: false, logLevel: 'error', plugins: [react()], build: { outDir, emptyOutDir: true } });
  const { chromium } = await import('playwright-core');
  const { browserArgs, findBrowser } = await import('./browser.mjs');
  const { createServer } = await import('node:http');
  const { readFile } = await import('node:fs/promises');
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    try {
      const body = await readFile(join(outDir, path === '/' ? 'index.html' : path));
      response.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: findBrowser(), args: browserArgs() });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => ['carepath-quiz', 'carepath-levels', 'carepath-cost', 'carepath-schedule'].every((tag) => document.querySelector(tag)?.shadowRoot?.textContent?.trim()));
    await page.locator('carepath-levels td[data-level="php"] button').click();
    await page.locator('carepath-cost [data-field="weeks"] input').fill('6');
    await page.locator('carepath-cost [data-field="weeks"] input').press('Tab');
    const seen = await page.evaluate(() => ({
      level: document.getElementById('level')?.textContent,
      estimates: Number(document.getElementById('estimates')?.textContent),
      levels: document.querySelector('carepath-levels')?.shadowRoot?.querySelectorAll('thead th[data-level]').length,
      issues: ['carepath-quiz', 'carepath-levels', 'carepath-cost', 'carepath-schedule'].flatMap((tag) => document.querySelector(tag)?.configIssues ?? []),
    }));
    check('the React app renders the tags and its on<event> props receive events', () => {
      if (errors.length) throw new Error(errors.join('\n'));
      if (seen.level !== 'php') throw new Error(`oncarepath-level-select: ${seen.level}`);
      if (seen.estimates < 1) throw new Error('oncarepath-estimate never ran');
      if (seen.levels !== 3) throw new Error(`levels="php iop outpatient" gave ${seen.levels} rows`);
      if (seen.issues.length) throw new Error(`config issues: ${JSON.stringify(seen.issues)}`);
      return `level-select → ${seen.level}, ${seen.estimates} estimate event(s), no config issues`;
    });
  } finally {
    await browser.close();
    server.close();
    rmSync(join(app, 'node_modules'), { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
