/**
 * English UI strings. Keys are prefixed `carepath.` and grouped by widget; es.ts must have every key (the
 * `Translation` type makes a missing one a compile error). Instrument items are not here: they live in the core,
 * verbatim, and are never translated by us. Plain language: US grade 8 or below.
 */
export const en = {
  // Shared
  'carepath.common.notice': 'This section is not available right now.',
  'carepath.common.debugHeading': 'Configuration issues (shown because of the debug attribute)',
  'carepath.common.notDiagnosis': 'This is general information, not medical advice. Only a licensed clinician can recommend a level of care, after a full assessment.',

  // <carepath-levels>
  // (levels keys)

  // <carepath-schedule>
  // (schedule keys)
} as const;

export type TranslationKey = keyof typeof en;
export type Translation = Readonly<Record<TranslationKey, string>>;
