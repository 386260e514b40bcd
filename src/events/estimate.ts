/** `carepath-estimate`: The visitor committed a change to an estimator input. Bubbles and is composed. */
import type { CostEstimate } from '../core/cost.js';

export type CarepathEstimateDetail = { readonly input: string; readonly estimate: CostEstimate };

export class CarepathEstimateEvent extends Event {
  static readonly type = 'carepath-estimate';
  readonly detail: CarepathEstimateDetail;

  constructor(detail: CarepathEstimateDetail) {
    super(CarepathEstimateEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'carepath-estimate': CarepathEstimateEvent;
  }
}
