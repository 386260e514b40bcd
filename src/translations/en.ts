/**
 * English UI strings, one object per widget so each widget's bundle carries only its own strings (and the
 * shared ones). Keys are prefixed `carepath.`; es.ts must have every key (the `Strings` type makes a missing one
 * a compile error). Instrument items are not here: they live in the core, verbatim, and are never translated by
 * us. Plain language: US grade 8 or below.
 */

/** Strings every widget uses. */
export const enCommon = {
  'carepath.common.notice': 'This section is not available right now.',
  'carepath.common.debugHeading': 'Configuration issues (shown because of the debug attribute)',
  'carepath.common.notDiagnosis': 'This is general information, not medical advice. Only a licensed clinician can recommend a level of care, after a full assessment.',
} as const;

/** <carepath-levels> */
export const enLevels = {
  'carepath.levels.heading': 'Compare levels of care',
  'carepath.levels.scaleNote': 'The dots compare each level with the others, from 1 (lowest) to 5 (highest).',
  'carepath.levels.levelHeader': 'Level of care',
  'carepath.levels.column.setting': 'Where you live',
  'carepath.levels.column.hours': 'Hours of care',
  'carepath.levels.column.supervision': 'Support from staff',
  'carepath.levels.column.length': 'How long it lasts',
  'carepath.levels.column.cost': 'Cost',
  'carepath.levels.column.autonomy': 'Freedom day to day',
  'carepath.levels.column.fit': 'Often a fit when…',
  'carepath.levels.cost.lowest': 'Lowest',
  'carepath.levels.cost.low': 'Low',
  'carepath.levels.cost.moderate': 'Medium',
  'carepath.levels.cost.high': 'High',
  'carepath.levels.cost.highest': 'Highest',
  'carepath.levels.autonomy.lowest': 'Least',
  'carepath.levels.autonomy.low': 'Little',
  'carepath.levels.autonomy.moderate': 'Some',
  'carepath.levels.autonomy.high': 'A lot',
  'carepath.levels.autonomy.highest': 'Most',
  'carepath.levels.scaleValue': '({value} of 5)',
  'carepath.levels.choose': 'Choose',
  'carepath.levels.chooseHeader': 'Choose a level',
  'carepath.levels.badge.suggested': 'Suggested',
  'carepath.levels.badge.fromQuiz': 'Suggested by your answers',
  'carepath.levels.badge.chosen': 'Your choice',
  'carepath.levels.cta': 'Ask us which level of care fits you',
  'carepath.levels.sources': 'Sources',
} as const;

/** <carepath-schedule> */
export const enSchedule = {
  'carepath.schedule.title': 'A sample week: {level}',
  'carepath.schedule.sample': 'This is an example. Each center sets its own times, so ask the center for its schedule.',
  'carepath.schedule.hoursPerWeek': 'Hours a week',
  'carepath.schedule.daysPerWeek': 'Days a week',
  'carepath.schedule.intensity.adult': 'For adults, this many hours a week counts as {intensity}.',
  'carepath.schedule.intensity.adolescent': 'For teens, this many hours a week counts as {intensity}.',
  'carepath.schedule.week': 'Program days',
  'carepath.schedule.to': 'to',
  'carepath.schedule.kind.group': 'Group therapy',
  'carepath.schedule.kind.individual': 'One-on-one session',
  'carepath.schedule.kind.family': 'Family session',
  'carepath.schedule.kind.psychoeducation': 'Education session',
  'carepath.schedule.kind.skills': 'Skills practice',
  'carepath.schedule.kind.check-in': 'Check-in',
  'carepath.schedule.kind.break': 'Break',
  'carepath.schedule.tracks': 'Choose a time of day',
  'carepath.schedule.trackStarts': 'starts {time}',
  'carepath.schedule.trackFixed': 'Program time: {track}, starts {time}',
  'carepath.schedule.track.morning': 'Morning',
  'carepath.schedule.track.afternoon': 'Afternoon',
  'carepath.schedule.track.evening': 'Evening',
  'carepath.schedule.track.day': 'Day',
  'carepath.schedule.track.weekend': 'Weekend',
  'carepath.schedule.fit.heading': 'Does it fit your week?',
  'carepath.schedule.fit.hint': 'Add the hours you work or go to school. They stay on this page. They are not saved or sent anywhere.',
  'carepath.schedule.fit.days': 'Days',
  'carepath.schedule.fit.from': 'From',
  'carepath.schedule.fit.to': 'To',
  'carepath.schedule.fit.add': 'Add',
  'carepath.schedule.fit.entries': 'Your hours',
  'carepath.schedule.fit.remove': 'Remove',
  'carepath.schedule.fit.when': '{day}, {start}–{end}',
  'carepath.schedule.fit.errorDays': 'Choose at least one day.',
  'carepath.schedule.fit.errorFrom': 'Enter a start time, like {example}.',
  'carepath.schedule.fit.errorTo': 'Enter an end time, like {example}.',
  'carepath.schedule.fit.errorOrder': 'Enter an end time after the start time. For a night shift, add two entries: one before midnight and one after.',
  'carepath.schedule.fit.empty': 'Add your hours to see if the schedule fits.',
  'carepath.schedule.fit.trackFits': 'The {track} track fits your hours.',
  'carepath.schedule.fit.trackOverlapsOne': 'The {track} track overlaps your hours on {when}.',
  'carepath.schedule.fit.trackOverlapsMany': 'The {track} track overlaps your hours at these times:',
  'carepath.schedule.fit.planFits': 'This schedule fits your hours.',
  'carepath.schedule.fit.planOverlapsOne': 'This schedule overlaps your hours on {when}.',
  'carepath.schedule.fit.planOverlapsMany': 'This schedule overlaps your hours at these times:',
  'carepath.schedule.download': 'Download a sample week',
  'carepath.schedule.downloadHint': 'A calendar file (.ics) for your calendar app. It is made on your device.',
  'carepath.schedule.icsSummary': 'Program day (sample schedule)',
  'carepath.schedule.allDay': '24-hour care: ask the center',
  'carepath.schedule.allDay.inpatient': 'People in hospital care stay day and night, so there is no weekly schedule to show. Ask the center what a usual day looks like.',
  'carepath.schedule.allDay.residential': 'People in residential care live at the center day and night, so there is no weekly schedule to show. Ask the center what a usual day looks like.',
} as const;

/** <carepath-quiz> */
export const enQuiz = {
  // (quiz keys)
} as const;

/** <carepath-cost> */
export const enCost = {
  // (cost keys)
} as const;

/** Every key. (A type only: an object holding every section would pull every widget's strings into each bundle.) */
export type TranslationKey =
  | keyof typeof enCommon
  | keyof typeof enLevels
  | keyof typeof enSchedule
  | keyof typeof enQuiz
  | keyof typeof enCost;
/** The same keys as an English section, each a string (for es.ts and other languages). */
export type Strings<Section> = { readonly [Key in keyof Section]: string };
/** A widget's strings per language. */
export type Dictionary = Readonly<Partial<Record<TranslationKey, string>>>;
