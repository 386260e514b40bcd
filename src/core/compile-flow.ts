/**
 * A quiz flow validated once: `compileFlow(flow)` checks the configuration (throwing `CarepathInputError`, like
 * `quizPath`) and returns the path, the assessment and the length as cheap functions of the answers, so a widget
 * that asks for the path on every click does not re-validate the whole flow each time.
 */
import { getInstrument, type InstrumentId } from './instruments.js';
import { SECONDS_PER_QUESTION, resolveFlow, walkResolvedFlow, type QuizAssessment, type QuizFlowConfig, type QuizLength, type QuizPath } from './flow.js';
import type { AssessmentInput } from './recommend.js';
import { scoreInstrument } from './score.js';

type Answers = Readonly<Record<string, string | number | null | undefined>>;

export interface CompiledFlow {
  /** What `quizPath(flow, answers)` returns. */
  path(answers: Answers): QuizPath;
  /** What `assessAnswers(flow, answers)` returns. */
  assess(answers: Answers): QuizAssessment;
  /** What `quizLength(flow)` returns (computed once). */
  readonly length: QuizLength;
}

/** Validates `flow` once (throws `CarepathInputError` with every issue) and returns its path, assessment and length. */
export function compileFlow(flow: QuizFlowConfig = {}): CompiledFlow {
  const plan = resolveFlow(flow);
  const questions = walkResolvedFlow(plan, {}).path.total;
  const extra = plan.instruments.reduce((sum, def) => {
    const expansion = def.expandsTo;
    return expansion ? sum + getInstrument(expansion.to as InstrumentId).items.length - def.items.length : sum;
  }, 0);
  const length: QuizLength = Object.freeze({
    questions,
    maxQuestions: questions + extra,
    minutes: Math.max(1, Math.ceil((questions * SECONDS_PER_QUESTION) / 60)),
  });
  return {
    length,
    path: (answers) => walkResolvedFlow(plan, answers ?? {}).path,
    assess: (answers) => {
      const given = answers ?? {};
      const { path, responses, context } = walkResolvedFlow(plan, given);
      const sex = context.sex === 'male' || context.sex === 'female' ? context.sex : undefined;
      const results = [...responses].map(([def, r]) => scoreInstrument(def, r, { sex, threshold: plan.cageAidThreshold }));
      const input = {
        results,
        safety: context.safety as AssessmentInput['safety'],
        withdrawal: context.withdrawal as AssessmentInput['withdrawal'],
        medical: context.medical as AssessmentInput['medical'],
        home: context.home as AssessmentInput['home'],
        functioning: context.functioning as AssessmentInput['functioning'],
        history: context.history as AssessmentInput['history'],
        availability: context.availability as AssessmentInput['availability'],
      };
      // Any answered crisis option on the path counts at once, even before its instrument is complete.
      const crisis = path.steps.some((step) => step.options.some((o) => o.crisis && o.value === given[step.key]));
      return { complete: path.next === null, input, crisis };
    },
  };
}
