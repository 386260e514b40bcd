/** `carepath/quiz`: registers `<carepath-quiz>` and exports its class. */
import './components/quiz/define.js';

export { CarepathQuiz } from './components/quiz/quiz.js';
