/** Registers <cg-funding-list>: importing funding-list.js instead gives the class and registers nothing. */
import { define } from '../../shared/define.js';
import { CgFundingList } from './funding-list.js';

export { CgFundingList };

define('cg-funding-list', CgFundingList);

declare global {
  interface HTMLElementTagNameMap {
    'cg-funding-list': CgFundingList;
  }
}
