/** `carepath-calendar-download`: The visitor downloaded the sample week. Bubbles and is composed. */
import type { CareLevelId } from '../core/levels.js';

export type CarepathCalendarDownloadDetail = { readonly level: CareLevelId; readonly track: string | null };

export class CarepathCalendarDownloadEvent extends Event {
  static readonly type = 'carepath-calendar-download';
  readonly detail: CarepathCalendarDownloadDetail;

  constructor(detail: CarepathCalendarDownloadDetail) {
    super(CarepathCalendarDownloadEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'carepath-calendar-download': CarepathCalendarDownloadEvent;
  }
}
