/** Registers `<carepath-schedule>` (through the guard: safe in Node and when a second copy loads). */
import { define } from '../../internal/define.js';
import { CarepathSchedule } from './schedule.js';

define('carepath-schedule', CarepathSchedule);

export { CarepathSchedule };

declare global {
  interface HTMLElementTagNameMap {
    'carepath-schedule': CarepathSchedule;
  }
}
