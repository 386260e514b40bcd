// Visual regression: the key Storybook stories (levels table, quiz intro, crisis screen and result, cost with the
// out-of-pocket maximum reached, schedule with a conflict) at 320 and 1200 px in light and dark, against the
// baselines in test/visual/baselines/. A failing shot writes its actual PNG and a diff PNG to test/visual/output/.
// The baselines belong to one Chromium major version: another major fails at once and says how to regenerate
// (CI runs on this machine type, so a silent skip would hide a whole class of regressions). Setting
// CAREPATH_SKIP_VISUAL=1 skips the file, for a developer on a machine whose fonts and Chromium differ.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  BASELINE_DIR,
  MAX_DIFF_RATIO,
  OUTPUT_DIR,
  PIXEL_TOLERANCE,
  SHOTS,
  UPDATE_COMMAND,
  capture,
  compare,
  majorOf,
  openSession,
  readMeta,
  startStorybook,
} from '../../scripts/visual.mjs';

const skip = process.env.CAREPATH_SKIP_VISUAL === '1' ? 'CAREPATH_SKIP_VISUAL=1 is set' : false;
const shown = (path) => relative(process.cwd(), path) || path;

let storybook;
let session;
/** Set when the baselines belong to another Chromium major: that test fails, and the shots are not compared. */
let otherMajor = false;

describe('visual regression of the key stories', { skip }, () => {
  before(async () => {
    rmSync(OUTPUT_DIR, { recursive: true, force: true });
    storybook = await startStorybook();
    session = await openSession();
    const meta = readMeta();
    otherMajor = Boolean(meta) && majorOf(meta.chromium) !== majorOf(session.version);
  });

  after(async () => {
    await session?.close();
    await storybook?.stop();
  });

  it('the baselines were made with this Chromium major version', () => {
    const meta = readMeta();
    assert.ok(meta, `No ${shown(join(BASELINE_DIR, 'meta.json'))}: make the baselines with \`${UPDATE_COMMAND}\`.`);
    assert.equal(
      majorOf(session.version),
      majorOf(meta.chromium),
      `The baselines were made with Chromium ${meta.chromium}; this is Chromium ${session.version}. Another major version ` +
        `renders text and anti-aliasing differently, so every shot would differ. Regenerate them with \`${UPDATE_COMMAND}\`, ` +
        'look at each changed PNG, and commit them with the new test/visual/baselines/meta.json.',
    );
  });

  it('the baselines folder holds exactly the listed shots', () => {
    const listed = SHOTS.map((shot) => shot.file).sort();
    const present = readdirSync(BASELINE_DIR).filter((name) => name.endsWith('.png')).sort();
    assert.deepEqual(present, listed, `Run \`${UPDATE_COMMAND}\` to add missing baselines and drop unlisted ones.`);
  });

  for (const shot of SHOTS) {
    it(`${shot.name} at ${shot.width} px, ${shot.theme}`, async (t) => {
      if (otherMajor) return t.skip('baselines from another Chromium major version: see the version test');
      const actual = await capture(session, storybook.origin, shot);
      const baselineFile = join(BASELINE_DIR, shot.file);
      const save = (suffix, png) => {
        mkdirSync(OUTPUT_DIR, { recursive: true });
        const path = join(OUTPUT_DIR, shot.file.replace(/\.png$/, `.${suffix}.png`));
        writeFileSync(path, png);
        return shown(path);
      };
      if (!existsSync(baselineFile)) {
        assert.fail(`No baseline ${shown(baselineFile)}; the actual is ${save('actual', actual)}. Make it with \`${UPDATE_COMMAND}\`.`);
      }
      const result = compare(readFileSync(baselineFile), actual);
      if (!result.sameSize) {
        assert.fail(`${shot.file}: size ${result.actual} where the baseline is ${result.expected}; the actual is ${save('actual', actual)}. If the change is intended, run \`${UPDATE_COMMAND}\`.`);
      }
      if (result.ratio > MAX_DIFF_RATIO) {
        const actualPath = save('actual', actual);
        const diffPath = save('diff', result.diffPng);
        assert.fail(
          `${shot.file}: ${result.differing} of ${result.total} pixels differ (${(100 * result.ratio).toFixed(2)}%, allowed ` +
            `${100 * MAX_DIFF_RATIO}% at tolerance ${PIXEL_TOLERANCE}). Actual: ${actualPath}; diff (red = changed): ${diffPath}. ` +
            `If the change is intended, run \`${UPDATE_COMMAND}\` and look at the new baseline.`,
        );
      }
    });
  }
});
