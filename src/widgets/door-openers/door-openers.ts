import { html } from 'lit';
import { resolveText } from '../../data/text.js';
import { DataController } from '../../shared/data-controller.js';
import { define } from '../../shared/define.js';
import { GatewayElement } from '../../shared/gateway-element.js';
import { renderError, renderLoading, renderNotice } from '../../shared/states.js';
import { baseStyles, tokens } from '../../shared/styles.js';
import { styles } from './door-openers.styles.js';

/**
 * @summary Who opens doors in a target market: trade and investment agencies, innovation offices, chambers, embassies, clusters.
 *
 * Foundation version: loads and validates its section and lists the records; the full widget is built
 * on top of this (see the project's issues).
 *
 * @fires cg-data-load - The data loaded: `{ src, counts }`.
 * @fires cg-data-warning - Some records were skipped or fields dropped: `{ src, skipped, dropped, total }`.
 * @fires cg-data-error - The data could not be shown: `{ src, message, issues }`.
 * @csspart base - The widget's outer box.
 * @csspart error - The data-problem panel.
 * @csspart loading - The loading view.
 * @csspart notice - The notice of skipped records.
 * @cssprop --cg-color-accent - Accent colour (links, buttons, focus ring).
 * @cssprop --cg-color-surface - Background colour.
 * @cssprop --cg-color-text - Text colour.
 * @cssprop --cg-font-family - Font family.
 * @cssprop --cg-radius - Corner radius.
 * @cssprop --cg-space - Base spacing.
 */
export class CgDoorOpeners extends GatewayElement {
  static override styles = [tokens('door-openers'), baseStyles, styles];

  private readonly loader = new DataController(this, 'organisations');

  override render() {
    return html`<div class="base" part="base">
      ${this.loader.render({
        pending: (progress) => renderLoading(this.shared, progress, this.uiLang),
        error: (error) => renderError(this.shared, error, this.uiLang, () => this.loader.retry()),
        complete: (result) =>
          html`${renderNotice(this.shared, result, this.uiLang)}
            <ul class="records" part="result">
              ${result.records.map((record) => html`<li>${resolveText(record.name, this.contentLang)}</li>`)}
            </ul>`,
      })}
    </div>`;
  }
}

define('cg-door-openers', CgDoorOpeners);

declare global {
  interface HTMLElementTagNameMap {
    'cg-door-openers': CgDoorOpeners;
  }
}
