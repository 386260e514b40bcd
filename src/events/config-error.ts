/** `carepath-config-error`: A configuration issue was found (a bad attribute, property or JSON value, or a misspelt attribute). Bubbles and is composed. */

export type CarepathConfigErrorDetail = { readonly issues: readonly { readonly field: string; readonly value: unknown; readonly message: string }[] };

export class CarepathConfigErrorEvent extends Event {
  static readonly type = 'carepath-config-error';
  readonly detail: CarepathConfigErrorDetail;

  constructor(detail: CarepathConfigErrorDetail) {
    super(CarepathConfigErrorEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'carepath-config-error': CarepathConfigErrorEvent;
  }
}
