import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Cluster } from '../../data/schema.js';
import { countryName, resolveText } from '../../data/text.js';
import { DataController } from '../../shared/data-controller.js';
import { emit } from '../../shared/events.js';
import { GatewayElement, warn } from '../../shared/gateway-element.js';
import { formatNumber, plural } from '../../shared/i18n.js';
import { renderError, renderLoading, renderNotice } from '../../shared/states.js';
import { baseStyles, tokens } from '../../shared/styles.js';
import { bars, FACETS, prepareTally, tallyOf, type Facet } from './insights.logic.js';
import { insightStrings } from './insights.strings.js';
import { styles } from './insights.styles.js';

const TOP = 10;

/**
 * @tagname cg-insights
 * @summary Charts of the cluster data: collaboration interests, target countries, key services and sectors.
 *
 * Each chart is a table (caption, a row header per value, the number and share of clusters) that draws
 * its bars in SVG, so it reads as a table to assistive technology and reflows on narrow screens. The ten
 * most frequent values are shown; tags are grouped ignoring case and accents. A value's name is a button.
 *
 * @fires cg-select - The visitor picked a value: `{ kind: 'facet', facet, value, id }` (`value` and `id`: the country code or the tag's key).
 * @fires cg-data-load - The data loaded: `{ src, counts }`.
 * @fires cg-data-warning - Some records were skipped or fields dropped: `{ src, skipped, dropped, total }`.
 * @fires cg-data-error - The data could not be shown: `{ src, message, issues }`.
 * @csspart base - The widget's outer box.
 * @csspart card - One chart.
 * @csspart card-title - A chart's title.
 * @csspart error - The data-problem panel.
 * @csspart loading - The loading view.
 * @csspart notice - The notice of skipped records.
 * @cssprop --cg-color-accent - Accent colour (bars, buttons, focus ring).
 * @cssprop --cg-color-surface - Background colour.
 * @cssprop --cg-color-text - Text colour.
 * @cssprop --cg-font-family - Font family.
 * @cssprop --cg-radius - Corner radius.
 * @cssprop --cg-space - Base spacing.
 */
export class CgInsights extends GatewayElement {
  static override styles = [tokens('insights'), baseStyles, styles];

  private readonly loader = new DataController(this, 'clusters', prepareTally);

  /** One chart only: `collaborationInterests`, `targetCountries`, `keyServices` or `sectors`; default all four. */
  @property() facet = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('facet') && this.facet && !FACETS.includes(this.facet as Facet)) {
      warn(`cg-insights: ignored facet "${this.facet}"`);
      this.facet = '';
    }
  }

  override render() {
    return html`<div class="base" part="base">
      ${this.loader.render({
        pending: (progress) => renderLoading(this.shared, progress, this.uiLang),
        error: (error) => renderError(this.shared, error, this.uiLang, () => this.loader.retry()),
        complete: (result) => html`${renderNotice(this.shared, result, this.uiLang)}${this.view(result.records)}`,
      })}
    </div>`;
  }

  private view(recs: Cluster[]) {
    const t = this.strings(insightStrings);
    const lang = this.uiLang;
    const cl = this.contentLang;
    const compare = new Intl.Collator(cl).compare;
    return html`<p class="meta">${plural(lang, recs.length, t.total)}</p>
      ${FACETS.map((facet, i) => {
        if (this.facet && this.facet !== facet) return nothing;
        const { counts, tags } = tallyOf(recs)[i]!;
        const chart = bars(
          counts,
          (key) => (tags.has(key) ? resolveText(tags.get(key), cl) : countryName(key, cl)),
          recs.length,
          compare,
          TOP,
        );
        const title = html`<h3 part="card-title">${t.titles[i]}</h3>`;
        if (!chart.bars.length)
          return html`<section part="card">
            ${title}
            <p class="meta">${t.none}</p>
          </section>`;
        return html`<section part="card">
          <table>
            <caption>
              ${title}
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <span class="visually-hidden">${t.titles[i]}</span>
                </th>
                <th scope="col">${t.clusters}</th>
              </tr>
            </thead>
            <tbody>
              ${chart.bars.map(
                (bar) =>
                  html`<tr>
                    <th scope="row">
                      <button type="button" @click=${() => emit(this, 'cg-select', { kind: 'facet', id: bar.key, facet, value: bar.key })}>
                        ${bar.label}
                      </button>
                    </th>
                    <td>
                      <div>
                        <svg viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
                          <rect width="100" height="8"></rect>
                          <rect width=${bar.length} height="8"></rect>
                        </svg>
                        <span>${formatNumber(lang, bar.count)} (${formatNumber(lang, bar.share, { style: 'percent' })})</span>
                      </div>
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
          ${chart.rest ? html`<p class="meta">${plural(lang, chart.rest, this.shared.more)}</p>` : nothing}
        </section>`;
      })}`;
  }
}
