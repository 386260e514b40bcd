/** `carepath`: registers every widget and exports the classes, events and types. */
import './components/cost/define.js';
import './components/levels/define.js';
import './components/quiz/define.js';
import './components/schedule/define.js';

export * from './classes.js';
