/** `carepath-quiz-complete`: The result is shown. Carries no answers, reasons or flags. Bubbles and is composed. */
import type { CareLevelId } from '../core/levels.js';

export type CarepathQuizCompleteDetail = { readonly level: CareLevelId; readonly crisis: boolean; readonly instruments: readonly { readonly id: string; readonly total: number; readonly band: string; readonly positive: boolean }[] };

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
