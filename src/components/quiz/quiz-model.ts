/**
 * The quiz's small state machine, as plain data and pure functions: where the visitor is (`QuizState`), what the
 * screen shows (`QuizView`, computed in `willUpdate` so `render()` only reads it), and which question comes next
 * or before on the core's path. No Lit, no DOM; every question, total and score comes from the core.
 */
import type { QuizAssessment, QuizLength, QuizPath, QuizStep } from '../../core/flow.js';
import type { InstrumentDefinition } from '../../core/instrument-definition.js';
import { recommendLevel, type Recommendation } from '../../core/recommend.js';
import type { ScoreResult } from '../../core/score.js';
import type { StoredAnswer } from '../../internal/session-storage.js';
import { safetyFacts, type SafetyFacts } from './screens/safety.js';

export type Answer = StoredAnswer;
export type Answers = Readonly<Record<string, Answer>>;
export type Screen = 'intro' | 'question' | 'crisis' | 'result';

/** What the result screen shows, kept after the answers themselves are dropped. */
export interface Outcome {
  readonly recommendation: Recommendation;
  readonly screens: readonly { readonly result: ScoreResult; readonly def: InstrumentDefinition }[];
  readonly safety: SafetyFacts;
}

/** Where the visitor is in the self-assessment. */
export interface QuizState {
  readonly screen: Screen;
  /** The key of the question on screen (also the question a crisis screen follows). */
  readonly currentKey: string | null;
  readonly outcome: Outcome | null;
}

/** What one render shows. */
export type QuizView =
  | { readonly kind: 'family' }
  | { readonly kind: 'intro'; readonly length: QuizLength }
  | { readonly kind: 'question'; readonly step: QuizStep; readonly total: number }
  | { readonly kind: 'crisis' }
  | { readonly kind: 'result'; readonly outcome: Outcome };

/** The question on screen: the current key if it is on the path, else the next unanswered question. */
export function stepOn(path: QuizPath, key: string | null): QuizStep | undefined {
  return path.steps.find((step) => step.key === key) ?? path.next ?? path.steps.at(-1);
}

/** After `key` was answered: the next question on the (recomputed) path, or undefined when the quiz is done. */
export function stepAfter(path: QuizPath, key: string): QuizStep | undefined {
  const at = path.steps.findIndex((step) => step.key === key);
  return at >= 0 ? path.steps[at + 1] : (path.next ?? undefined);
}

/** The question before `step`, if any. */
export function stepBefore(path: QuizPath, step: QuizStep | undefined): QuizStep | undefined {
  const at = step ? path.steps.indexOf(step) : -1;
  return at > 0 ? path.steps[at - 1] : undefined;
}

/** The view for a state: the family path when it is on screen, else the screen, falling back to the intro. */
export function quizView(state: QuizState, family: boolean, path: () => QuizPath, length: QuizLength): QuizView {
  if (family) return { kind: 'family' };
  if (state.screen === 'result' && state.outcome) return { kind: 'result', outcome: state.outcome };
  if (state.screen === 'crisis') return { kind: 'crisis' };
  if (state.screen === 'question') {
    const current = path();
    const step = stepOn(current, state.currentKey);
    if (step) return { kind: 'question', step, total: current.total };
  }
  return { kind: 'intro', length };
}

/**
 * The result of a complete assessment. The core decides the crisis, a crisis answer taken back included
 * (`crisisDisclosed`), so "never below IOP" still holds.
 */
export function outcomeOf(assessment: QuizAssessment, crisisDisclosed: boolean, definition: (id: string) => InstrumentDefinition): Outcome {
  const results: readonly ScoreResult[] = assessment.input.results;
  return {
    recommendation: recommendLevel({ ...assessment.input, ...(crisisDisclosed ? { crisisDisclosed: true } : {}) }),
    screens: results.map((result) => ({ result, def: definition(result.id) })),
    safety: safetyFacts(assessment.input, results),
  };
}
