/** Registers <cg-partner-finder>: importing partner-finder.js instead gives the class and registers nothing. */
import { define } from '../../shared/define.js';
import { CgPartnerFinder } from './partner-finder.js';

export { CgPartnerFinder };

define('cg-partner-finder', CgPartnerFinder);

declare global {
  interface HTMLElementTagNameMap {
    'cg-partner-finder': CgPartnerFinder;
  }
}
