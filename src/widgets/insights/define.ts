/** Registers <cg-insights>: importing insights.js instead gives the class and registers nothing. */
import { define } from '../../shared/define.js';
import { CgInsights } from './insights.js';

export { CgInsights };

define('cg-insights', CgInsights);

declare global {
  interface HTMLElementTagNameMap {
    'cg-insights': CgInsights;
  }
}
