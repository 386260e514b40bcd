/** Registers `<carepath-quiz>` (through the guard: safe anywhere, and a second copy only warns). */
import { define } from '../../internal/define.js';
import { CarepathQuiz } from './quiz.js';

define('carepath-quiz', CarepathQuiz);

export { CarepathQuiz };

declare global {
  interface HTMLElementTagNameMap {
    'carepath-quiz': CarepathQuiz;
  }
}
