/** `carepath/cost`: registers `<carepath-cost>` and exports its class. */
import './components/cost/define.js';

export { CarepathCost } from './components/cost/cost.js';
