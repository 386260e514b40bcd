/**
 * `carepath-quiz-complete`: The result is shown. Carries no answers, reasons or flags. Bubbles and is composed.
 * `answeringFor` says who the visitor answered for: on the path for family and friends nothing is scored, so the
 * level is `null` and `instruments` is empty.
 */
import type { CareLevelId } from '../core/levels.js';

type QuizInstrumentSummary = { readonly id: string; readonly total: number; readonly band: string; readonly positive: boolean };

export type CarepathQuizCompleteDetail =
  | { readonly answeringFor: 'self'; readonly level: CareLevelId; readonly crisis: boolean; readonly instruments: readonly QuizInstrumentSummary[] }
  | { readonly answeringFor: 'someone-else'; readonly level: null; readonly crisis: boolean; readonly instruments: readonly [] };

export class CarepathQuizCompleteEvent extends Event {
  static readonly type = 'carepath-quiz-complete';
  readonly detail: CarepathQuizCompleteDetail;

  constructor(detail: CarepathQuizCompleteDetail) {
    super(CarepathQuizCompleteEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'carepath-quiz-complete': CarepathQuizCompleteEvent;
  }
}
