/** `carepath-track-change`: The visitor switched schedule track. Bubbles and is composed. */

export type CarepathTrackChangeDetail = { readonly track: string };

export class CarepathTrackChangeEvent extends Event {
  static readonly type = 'carepath-track-change';
  readonly detail: CarepathTrackChangeDetail;

  constructor(detail: CarepathTrackChangeDetail) {
    super(CarepathTrackChangeEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'carepath-track-change': CarepathTrackChangeEvent;
  }
}
