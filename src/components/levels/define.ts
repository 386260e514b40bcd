/** Registers `<carepath-levels>` (through the guard: safe anywhere, and a second copy only warns). */
import { define } from '../../internal/define.js';
import { CarepathLevels } from './levels.js';

define('carepath-levels', CarepathLevels);

declare global {
  interface HTMLElementTagNameMap {
    'carepath-levels': CarepathLevels;
  }
}
