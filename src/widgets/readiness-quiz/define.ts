/** Registers <cg-readiness-quiz>: importing readiness-quiz.js instead gives the class and registers nothing. */
import { define } from '../../shared/define.js';
import { CgReadinessQuiz } from './readiness-quiz.js';

export { CgReadinessQuiz };

define('cg-readiness-quiz', CgReadinessQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'cg-readiness-quiz': CgReadinessQuiz;
  }
}
