// `npm run test:visual:update`: rewrites every visual-regression baseline (test/visual/baselines/) from the
// current Storybook in this machine's Chromium, records that Chromium's version beside them, and deletes
// baselines no longer listed in scripts/visual.mjs. Look at the changed PNGs before committing them.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASELINE_DIR, MAX_DIFF_RATIO, META_FILE, PIXEL_TOLERANCE, SHOTS, capture, openSession, startStorybook } from './visual.mjs';

const started = Date.now();
mkdirSync(BASELINE_DIR, { recursive: true });
console.log('Building Storybook…');
const storybook = await startStorybook();
const session = await openSession();
try {
  const { version } = session;
  console.log(`Chromium ${version}: ${SHOTS.length} screenshots`);
  for (const shot of SHOTS) {
    const png = await capture(session, storybook.origin, shot);
    writeFileSync(join(BASELINE_DIR, shot.file), png);
    console.log(`  ${shot.file}  ${(png.length / 1024).toFixed(1)} KB`);
  }
  const listed = new Set(SHOTS.map((shot) => shot.file));
  for (const file of readdirSync(BASELINE_DIR).filter((name) => name.endsWith('.png') && !listed.has(name))) {
    rmSync(join(BASELINE_DIR, file));
    console.log(`  removed ${file} (no longer listed)`);
  }
  const meta = {
    chromium: version,
    platform: `${process.platform}-${process.arch}`,
    font: '@fontsource/atkinson-hyperlegible',
    pixelTolerance: PIXEL_TOLERANCE,
    maxDiffRatio: MAX_DIFF_RATIO,
    shots: SHOTS.length,
  };
  writeFileSync(META_FILE, `${JSON.stringify(meta, null, 2)}\n`);
  const total = SHOTS.reduce((sum, shot) => sum + statSync(join(BASELINE_DIR, shot.file)).size, 0);
  console.log(`Wrote ${SHOTS.length} baselines (${(total / 1024 / 1024).toFixed(2)} MB) and meta.json in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log('Look at every changed PNG (git diff --stat test/visual) before committing.');
} finally {
  await session.close();
  await storybook.stop();
}
