/**
 * The quiz's words for what the core found — the level sentence, each screen's band and score, each reason — and
 * the result as plain text for "Copy as plain text" (what the screen says, never the answers).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { InstrumentDefinition } from '../../core/instrument-definition.js';
import { isInstrumentId } from '../../core/instruments.js';
import { inLanguage } from '../../core/language.js';
import { levelName } from '../../core/level-words.js';
import type { Reason, Recommendation } from '../../core/recommend.js';
import type { ScoreResult } from '../../core/score.js';
import type { Language, LocalizedText } from '../../core/text.js';
import type { Term } from '../../internal/localize.js';
import type { TranslationKey } from '../../translations/en.js';
import type { Outcome } from './quiz-model.js';
import type { QuizConfig, QuizStringKey, QuizStrings } from './quiz.fields.js';
import type { CallToAction } from './screens/next-steps.js';
import { crisisPanelLines } from './screens/crisis.js';
import { crisisText, plainText } from '../../internal/help-text.js';
import { anySkipped, safetyLines } from './screens/safety.js';

type Values = Readonly<Record<string, string | number>>;

/** How a screen says things: the visitor's language, the UI strings, and numbers in the visitor's format. */
export interface QuizSay {
  readonly lang: Language;
  /** A UI string; its values are checked against the English string's `{name}` placeholders at compile time. */
  readonly term: Term;
  /** A UI string, with the partner's replacement for the keys `strings` may replace. */
  readonly t: Term;
  number(value: number): string;
}

const REASON_KEYS: Readonly<Record<Reason, TranslationKey>> = {
  safety: 'carepath.quiz.reason.safety',
  withdrawal: 'carepath.quiz.reason.withdrawal',
  medical: 'carepath.quiz.reason.medical',
  environment: 'carepath.quiz.reason.environment',
  severity: 'carepath.quiz.reason.severity',
  functioning: 'carepath.quiz.reason.functioning',
  'step-up': 'carepath.quiz.reason.step-up',
  'step-down': 'carepath.quiz.reason.step-down',
  'low-need': 'carepath.quiz.reason.low-need',
  'withdrawal-caution': 'carepath.quiz.reason.withdrawal-caution',
  'schedule-conflict': 'carepath.quiz.reason.schedule-conflict',
};

/** The banded built-ins' own band words; every other screen is two-level (below / at or above the cut-off). */
const BAND_KEYS: Readonly<Record<string, Readonly<Record<string, TranslationKey>>>> = {
  'phq-9': {
    minimal: 'carepath.quiz.band.phq-9.minimal',
    mild: 'carepath.quiz.band.phq-9.mild',
    moderate: 'carepath.quiz.band.phq-9.moderate',
    'moderately-severe': 'carepath.quiz.band.phq-9.moderately-severe',
    severe: 'carepath.quiz.band.phq-9.severe',
  },
  'gad-7': {
    minimal: 'carepath.quiz.band.gad-7.minimal',
    mild: 'carepath.quiz.band.gad-7.mild',
    moderate: 'carepath.quiz.band.gad-7.moderate',
    severe: 'carepath.quiz.band.gad-7.severe',
  },
  audit: {
    'zone-1': 'carepath.quiz.band.audit.zone-1',
    'zone-2': 'carepath.quiz.band.audit.zone-2',
    'zone-3': 'carepath.quiz.band.audit.zone-3',
    'zone-4': 'carepath.quiz.band.audit.zone-4',
  },
};

/** Replaces `{name}` placeholders in a partner's text. */
function fill(text: string, values?: Values): string {
  return values ? text.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match)) : text;
}

/** The quiz's `QuizSay` from its localizer and the partner's `strings` (only the allow-listed keys reach here). */
export function quizSay(lang: Language, localizer: { term(key: TranslationKey, values?: Values): string; number(value: number): string }, strings: QuizStrings | undefined): QuizSay {
  const term = ((key: TranslationKey, values?: Values) => localizer.term(key, values)) as Term;
  const t = ((key: TranslationKey, values?: Values) => {
    const override = strings?.[key as QuizStringKey];
    if (override === undefined) return localizer.term(key, values);
    return fill(typeof override === 'string' ? override : inLanguage(override, lang), values);
  }) as Term;
  return {
    lang,
    term,
    t,
    number: (value) => localizer.number(value),
  };
}

/** The partner's calls to action, with their labels (the result and the family path's last screen; never in a crisis). */
export function callsToAction(say: QuizSay, config: Pick<QuizConfig, 'ctaHref' | 'ctaLabel' | 'secondaryCtaHref' | 'secondaryCtaLabel'>): CallToAction[] {
  const { ctaHref, secondaryCtaHref } = config;
  return [
    ...(ctaHref ? [{ kind: 'primary' as const, href: ctaHref, label: config.ctaLabel ?? say.t('carepath.quiz.ctaPrimary') }] : []),
    ...(secondaryCtaHref ? [{ kind: 'secondary' as const, href: secondaryCtaHref, label: config.secondaryCtaLabel ?? say.t('carepath.quiz.ctaSecondary') }] : []),
  ];
}

/** Core text in the visitor's language, marked `lang="en"` where it exists only in English (CAGE-AID in Spanish). */
export function coreText(lang: Language, text: LocalizedText | undefined): TemplateResult | string | typeof nothing {
  if (!text) return nothing;
  const shown = lang === 'es' && text.es ? 'es' : 'en';
  const words = inLanguage(text, shown);
  return shown === lang ? words : html`<span lang=${shown}>${words}</span>`;
}

/** The level sentence, naming the level as the table, the schedule and the estimator do ("Intensive outpatient (IOP)"). */
export function levelText(say: QuizSay, recommendation: Recommendation): string {
  const level = levelName(recommendation.level, say.lang);
  return say.term(recommendation.crisis ? 'carepath.quiz.levelLater' : 'carepath.quiz.levelSentence', { level });
}

export function bandWords(say: QuizSay, def: InstrumentDefinition, result: ScoreResult): string {
  const key = BAND_KEYS[def.id]?.[result.band];
  if (key) return say.term(key);
  // A partner's banded screen names its own bands; every other screen is two-level.
  if (!isInstrumentId(def.id) && def.bands) return result.band;
  return say.term(result.positive ? 'carepath.quiz.band.positive' : 'carepath.quiz.band.negative');
}

export function scoreWords(say: QuizSay, result: ScoreResult): string {
  return say.term('carepath.quiz.score', { total: say.number(result.total), max: say.number(result.max) });
}

/** A reason in words; "low-need" never shows when the withdrawal or health question was skipped. */
export function reasonText(say: QuizSay, reason: Reason, outcome: Outcome): string {
  if (reason === 'low-need' && anySkipped(outcome.safety)) return crisisText(say.lang, 'carepath.quiz.skipped.note');
  return say.term(REASON_KEYS[reason]);
}

/** The result as plain text: what the screen says, no answers (`centerLine`: a center's own line, in the panel). */
export function resultPlainText(say: QuizSay, outcome: Outcome, centerLine?: string): string {
  const { recommendation } = outcome;
  const lang = say.lang;
  const lines: string[] = [say.term('carepath.quiz.plainTitle'), ''];
  const safety = safetyLines(lang, outcome.safety);
  if (recommendation.crisis) lines.push(...crisisPanelLines(lang, centerLine), '');
  lines.push(...safety.first, levelText(say, recommendation), ...safety.after);
  lines.push('', say.term('carepath.quiz.reasonsHeading'), ...recommendation.reasons.map((reason) => `- ${reasonText(say, reason, outcome)}`));
  if (outcome.screens.length > 0) {
    lines.push('', say.term('carepath.quiz.screensHeading'));
    for (const { result, def } of outcome.screens) {
      lines.push(`- ${inLanguage(def.name, lang)}: ${bandWords(say, def, result)}. ${scoreWords(say, result)} ${inLanguage(def.title, lang)}.`);
    }
  }
  lines.push('', plainText(lang, 'carepath.quiz.samhsa'), '', say.term('carepath.quiz.disclaimer'));
  return lines.join('\n');
}
