/** `carepath-quiz-start`: The visitor started the quiz. Bubbles and is composed. */

export type CarepathQuizStartDetail = Record<string, never>;

export class CarepathQuizStartEvent extends Event {
  static readonly type = 'carepath-quiz-start';
  readonly detail: CarepathQuizStartDetail;

  constructor(detail: CarepathQuizStartDetail) {
    super(CarepathQuizStartEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'carepath-quiz-start': CarepathQuizStartEvent;
  }
}
