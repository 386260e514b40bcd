/** `carepath-quiz-step`: A new question is shown (1-based; questions only). Bubbles and is composed. */

export type CarepathQuizStepDetail = { readonly index: number; readonly total: number };

export class CarepathQuizStepEvent extends Event {
  static readonly type = 'carepath-quiz-step';
  readonly detail: CarepathQuizStepDetail;

  constructor(detail: CarepathQuizStepDetail) {
    super(CarepathQuizStepEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'carepath-quiz-step': CarepathQuizStepEvent;
  }
}
