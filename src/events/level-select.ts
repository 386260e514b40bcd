/** `carepath-level-select`: The visitor picked a level in the table. Bubbles and is composed. */
import type { CareLevelId } from '../core/levels.js';

export type CarepathLevelSelectDetail = { readonly level: CareLevelId };

export class CarepathLevelSelectEvent extends Event {
  static readonly type = 'carepath-level-select';
  readonly detail: CarepathLevelSelectDetail;

  constructor(detail: CarepathLevelSelectDetail) {
    super(CarepathLevelSelectEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'carepath-level-select': CarepathLevelSelectEvent;
  }
}
