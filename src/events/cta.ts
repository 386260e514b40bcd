/** `carepath-cta`: The visitor followed a call to action (never fired for crisis links). Bubbles and is composed. */

export type CarepathCtaDetail = { readonly kind: 'primary' | 'secondary' | 'level'; readonly href: string };

export class CarepathCtaEvent extends Event {
  static readonly type = 'carepath-cta';
  readonly detail: CarepathCtaDetail;

  constructor(detail: CarepathCtaDetail) {
    super(CarepathCtaEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'carepath-cta': CarepathCtaEvent;
  }
}
