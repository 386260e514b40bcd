/** Registers `<carepath-cost>` (through the guard: safe in Node and when a second copy loads). */
import { define } from '../../internal/define.js';
import { CarepathCost } from './cost.js';

define('carepath-cost', CarepathCost);

export { CarepathCost };

declare global {
  interface HTMLElementTagNameMap {
    'carepath-cost': CarepathCost;
  }
}
