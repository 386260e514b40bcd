/** `carepath/levels`: registers `<carepath-levels>` and exports its class. */
import './components/levels/define.js';

export { CarepathLevels } from './components/levels/levels.js';
