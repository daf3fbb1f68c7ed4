/** Registers <cg-readiness-quiz>: importing readiness-quiz.js instead gives the class and registers nothing. */
import { define } from '../../shared/define.js';
import { pageQuizzes } from '../../shared/follow-quiz.js';
import { CgReadinessQuiz } from './readiness-quiz.js';

export { CgReadinessQuiz };

define('cg-readiness-quiz', CgReadinessQuiz);
// From here on the page remembers a completion for the follow-quiz widgets added after it.
pageQuizzes();

declare global {
  interface HTMLElementTagNameMap {
    'cg-readiness-quiz': CgReadinessQuiz;
  }
}
