/**
 * `carepath/classes`: the widget classes, events and types. Registers nothing — for apps that register under
 * their own tags or extend a widget. (`carepath` and `carepath/<widget>` register the tags.)
 */
export { CarepathCost } from './components/cost/cost.js';
export { CarepathLevels } from './components/levels/levels.js';
export { CarepathQuiz } from './components/quiz/quiz.js';
export { CarepathSchedule } from './components/schedule/schedule.js';
export { CarepathElement, type CommonConfig, type Theme } from './internal/carepath-element.js';
export type { ChannelMessage } from './internal/channel.js';
export * from './events/index.js';
