/** Registers <cg-door-openers>: importing door-openers.js instead gives the class and registers nothing. */
import { define } from '../../shared/define.js';
import { CgDoorOpeners } from './door-openers.js';

export { CgDoorOpeners };

define('cg-door-openers', CgDoorOpeners);

declare global {
  interface HTMLElementTagNameMap {
    'cg-door-openers': CgDoorOpeners;
  }
}
