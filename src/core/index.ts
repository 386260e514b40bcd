/**
 * carepath/core — the pure scoring core: no Lit, no DOM, no globals, no clock, no randomness. Every widget
 * computes through these functions, and every input is checked by a zod/mini schema that throws
 * `CarepathInputError` naming the field, the bad value and what is allowed.
 */
export { CarepathInputError, type InputIssue } from './errors.js';
export { LANGUAGES, type Language, type LocalizedText } from './text.js';
export { inLanguage, localize } from './language.js';
export {
  CARE_LEVEL_IDS,
  RELATIVE_SCALE,
  careLevels,
  getCareLevel,
  type CareLevel,
  type CareLevelId,
  type DailyRate,
  type HoursRange,
  type Relative,
} from './levels.js';
export {
  INSTRUMENT_TOPICS,
  InstrumentDefinitionSchema,
  SEVERITIES,
  hasLanguage,
  maxTotal,
  type InstrumentBand,
  type InstrumentCutoff,
  type InstrumentDefinition,
  type InstrumentExpansion,
  type InstrumentFlag,
  type InstrumentItem,
  type InstrumentOption,
  type InstrumentSkip,
  type InstrumentTopic,
  type Severity,
} from './instrument-definition.js';
export { INSTRUMENT_IDS, PHQ9_SELF_HARM_ITEM, getInstrument, isInstrumentId, type InstrumentId } from './instruments.js';
export { SEXES, cutoffFor, scoreInstrument, type Responses, type ScoreOptions, type ScoreResult, type Sex } from './score.js';
export {
  AVAILABILITY_ANSWERS,
  AssessmentInputSchema,
  FUNCTIONING_ANSWERS,
  HISTORY_ANSWERS,
  HOME_ANSWERS,
  MEDICAL_ANSWERS,
  REASONS,
  SAFETY_ANSWERS,
  WITHDRAWAL_ANSWERS,
  recommendLevel,
  type AssessmentInput,
  type AssessmentResult,
  type Reason,
  type Recommendation,
} from './recommend.js';
export {
  CONTEXT_QUESTION_IDS,
  DEFAULT_INSTRUMENTS,
  QuizFlowConfigSchema,
  SECONDS_PER_QUESTION,
  SEX_ANSWERS,
  assessAnswers,
  nextQuestion,
  quizLength,
  quizPath,
  type ContextQuestionId,
  type QuizLength,
  type QuizAssessment,
  type QuizFlowConfig,
  type QuizOption,
  type QuizPath,
  type QuizStep,
} from './flow.js';
export * from './cost.js';
export * from './schedule.js';
export { weekToICS } from './ics.js';
export { compileFlow, type CompiledFlow } from './compile-flow.js';
export { COST_INPUT_FIELDS, costFieldRequirements, type CostInputField, type CostFieldRequirement } from './cost-fields.js';
export { LEVEL_NAME_FORMS, hoursRangePhrase, levelName, type LevelNameForm } from './level-words.js';
export { mondayAfter } from './dates.js';
export { basisPointsToPercent, fractionToPercent, percentToBasisPoints, percentToFraction } from './percent.js';
export { ANSWERING_FOR, FAMILY_SAFETY_ANSWERS, isFamilyCrisis, type AnsweringFor, type FamilySafetyAnswer } from './family.js';
