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
    const allowed = /^(dist\/.+|package\.json|README\.md|LICENSE|CHANGELOG\.md)$/;
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
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
