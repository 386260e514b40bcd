/** `carepath/schedule`: registers `<carepath-schedule>` and exports its class. */
import './components/schedule/define.js';

export { CarepathSchedule } from './components/schedule/schedule.js';
