/** Every carepath event: one `Event` subclass each, declared in `GlobalEventHandlersEventMap`. */
export { CarepathConfigErrorEvent, type CarepathConfigErrorDetail } from './config-error.js';
export { CarepathQuizStartEvent, type CarepathQuizStartDetail } from './quiz-start.js';
export { CarepathQuizStepEvent, type CarepathQuizStepDetail } from './quiz-step.js';
export { CarepathQuizCompleteEvent, type CarepathQuizCompleteDetail } from './quiz-complete.js';
export { CarepathCtaEvent, type CarepathCtaDetail } from './cta.js';
export { CarepathLevelSelectEvent, type CarepathLevelSelectDetail } from './level-select.js';
export { CarepathEstimateEvent, type CarepathEstimateDetail } from './estimate.js';
export { CarepathTrackChangeEvent, type CarepathTrackChangeDetail } from './track-change.js';
export { CarepathCalendarDownloadEvent, type CarepathCalendarDownloadDetail } from './calendar-download.js';
