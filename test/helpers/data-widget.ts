/** A minimal widget on the shared data layer, so the data tests do not depend on any one widget's UI. */
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { SectionName } from '../../src/data/schema.js';
import { resolveText } from '../../src/data/text.js';
import { DataController } from '../../src/shared/data-controller.js';
import { define } from '../../src/shared/define.js';
import { GatewayElement } from '../../src/shared/gateway-element.js';
import { renderError, renderLoading, renderNotice } from '../../src/shared/states.js';
import { baseStyles, tokens } from '../../src/shared/styles.js';

export class TestDataWidget extends GatewayElement {
  static override styles = [tokens('test'), baseStyles];
  @property() section: SectionName = 'clusters';
  loader = new DataController(this, 'clusters');

  override render() {
    return html`<div class="base" part="base">
      ${this.loader.render({
        pending: (progress) => renderLoading(this.shared, progress, this.uiLang),
        error: (error) => renderError(this.shared, error, this.uiLang, () => this.loader.retry()),
        complete: (result) =>
          html`${renderNotice(this.shared, result, this.uiLang)}
            <ul class="records">
              ${result.records.map((r) => html`<li>${resolveText(r.name, this.contentLang)}</li>`)}
            </ul>`,
      })}
    </div>`;
  }
}
define('test-data-widget', TestDataWidget);

declare global {
  interface HTMLElementTagNameMap {
    'test-data-widget': TestDataWidget;
  }
}
