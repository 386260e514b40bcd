// Tests that cannot run in an engine, each with its reason. `npm test` prints this list per engine and fails when
// a test is skipped without being listed here, or a listed test no longer exists. Keep it short: an exclusion is
// only for a test command the engine's driver cannot carry out, never for a failure in the product.
// `file` is the test file from the repository root; `test` is mocha's full title (describe titles and the test's,
// joined by spaces).

const NO_MEDIA_EMULATION = {
  engines: ['webkit'],
  reason:
    'needs emulateMedia (dark colour scheme, reduced motion or print), which WebDriver has no command for, and ' +
    'WebKitWebDriver offers nothing like it (Firefox gets it from its own per-tab overrides; see scripts/wtr-engines.mjs)',
};

/** @type {{ engines: ('chromium' | 'firefox' | 'webkit')[], file: string, test: string, reason: string }[]} */
export const EXCLUSIONS = [
  { ...NO_MEDIA_EMULATION, file: 'test/components/cost.test.ts', test: '<carepath-cost> layout keeps the shares solid vs hatched in forced colors, and moves nothing under reduced motion' },
  { ...NO_MEDIA_EMULATION, file: 'test/components/cost.test.ts', test: '<carepath-cost> accessibility passes axe with theme="auto" under a dark system setting' },
  { ...NO_MEDIA_EMULATION, file: 'test/components/cost.test.ts', test: '<carepath-cost> keyboard keeps the error style and the fold visible in forced colors' },
  { ...NO_MEDIA_EMULATION, file: 'test/components/levels.test.ts', test: '<carepath-levels> accessibility (axe) in every state theme="auto" follows a dark system setting and stays accessible' },
  { ...NO_MEDIA_EMULATION, file: 'test/components/levels.test.ts', test: '<carepath-levels> one view at a time builds both views while the print media query matches' },
  { ...NO_MEDIA_EMULATION, file: 'test/components/quiz.test.ts', test: '<carepath-quiz> the result prints the result without its buttons' },
  { ...NO_MEDIA_EMULATION, file: 'test/components/quiz.test.ts', test: '<carepath-quiz> accessibility passes axe with theme="auto" under a dark system setting, and in Spanish' },
  { ...NO_MEDIA_EMULATION, file: 'test/components/schedule.test.ts', test: '<carepath-schedule> accessibility passes axe with theme="auto" under a dark system setting' },
  { ...NO_MEDIA_EMULATION, file: 'test/components/schedule.test.ts', test: '<carepath-schedule> errors (the one error treatment, shared with the estimator) keeps the error visible and legible in forced colors' },
  {
    engines: ['webkit'],
    file: 'test/components/schedule.test.ts',
    test: '<carepath-schedule> keyboard adds busy hours with the keyboard alone, and keeps focus when an entry is removed',
    reason:
      'types "0800A" segment by segment into <input type="time"> as Chromium and Firefox take it; WebKitGTK\'s time field is a ' +
      'plain text box that takes "08:00" or "8:00 AM" instead (a native control; Safari on macOS and iOS has its own picker)',
  },
  {
    engines: ['webkit'],
    file: 'test/internal/format.test.ts',
    test: 'formatting without Intl prints every quarter hour from 00:00 to 24:00 as Intl does',
    reason:
      'compares the fallback with the browser\'s Intl; WebKitGTK formats with the system ICU (72 on Debian 12), whose Spanish ' +
      'day periods read "a.m." where current CLDR, Chromium, Firefox and Safari read "a. m."',
  },
];
