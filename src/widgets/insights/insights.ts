import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Cluster } from '../../data/schema.js';
import { countryName, resolveText } from '../../data/text.js';
import { DataController } from '../../shared/data-controller.js';
import { emit } from '../../shared/events.js';
import { GatewayElement, warn } from '../../shared/gateway-element.js';
import { formatNumber, plural } from '../../shared/i18n.js';
import { renderNotice } from '../../shared/states.js';
import { baseStyles, tokens } from '../../shared/styles.js';
import { bars, FACETS, prepareTally, tallyOf, type Bar, type Facet } from './insights.logic.js';
import { insightStrings, type InsightStrings } from './insights.strings.js';
import { styles } from './insights.styles.js';

/** How many values a chart shows, the most frequent first. */
const BARS_SHOWN = 10;

/** One facet's chart: its bars and how many values were left out. */
type Chart = { facet: Facet; bars: Bar[]; rest: number };

/**
 * @tagname cg-insights
 * @summary Charts of the cluster data: collaboration interests, target countries, key services and sectors.
 *
 * Each chart is a table (caption, a row header per value, the number and share of clusters) that draws
 * its bars in SVG, so it reads as a table to assistive technology and reflows on narrow screens. The ten
 * most frequent values are shown; tags are grouped ignoring case and accents. A value's name is a button.
 *
 * @fires cg-select - The visitor picked a value: `{ kind: 'facet', facet, value, id }` (`value` and `id`: the country code or the tag's key).
 * @csspart card - One chart.
 * @csspart card-title - A chart's title.
 */
export class CgInsights extends GatewayElement {
  static override styles = [tokens('insights'), baseStyles, styles];

  private readonly loader = new DataController(this, 'clusters', prepareTally);

  /** One chart only: `collaborationInterests`, `targetCountries`, `keyServices` or `sectors`; default all four. */
  @property() facet = '';

  /** The charts shown: every facet, or the one of `facet`. */
  private charts: Chart[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('facet') && this.facet && !FACETS.includes(this.facet as Facet)) {
      warn(`cg-insights: ignored facet "${this.facet}"`);
      this.facet = '';
    }
    const records = this.loader.records;
    const contentLang = this.contentLang;
    const compare = new Intl.Collator(contentLang).compare;
    const tallies = tallyOf(records);
    this.charts = FACETS.flatMap((facet, index) => {
      if (this.facet && this.facet !== facet) return [];
      const { counts, tags } = tallies[index]!;
      const label = (key: string) => (tags.has(key) ? resolveText(tags.get(key), contentLang) : countryName(key, contentLang));
      return [{ facet, ...bars(counts, label, records.length, compare, BARS_SHOWN) }];
    });
  }

  override render() {
    return html`<div class="base" part="base">
      ${this.renderDataStates(this.loader, (result) => html`${renderNotice(this.shared, result, this.uiLang)}${this.view(result.records)}`)}
    </div>`;
  }

  private view(records: Cluster[]) {
    const strings = this.strings(insightStrings);
    return html`<p class="meta">${plural(this.uiLang, records.length, strings.total)}</p>
      ${this.charts.map((chart) => this.chartCard(chart, strings))}`;
  }

  /** One facet's chart: a table of its most frequent values, or a note that there are none. */
  private chartCard({ facet, bars: shown, rest }: Chart, strings: InsightStrings) {
    const lang = this.uiLang;
    const title = html`<h3 part="card-title">${strings.titles[facet]}</h3>`;
    if (!shown.length)
      return html`<section part="card">
        ${title}
        <p class="meta">${strings.none}</p>
      </section>`;
    return html`<section part="card">
      <table>
        <caption>
          ${title}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <span class="visually-hidden">${strings.titles[facet]}</span>
            </th>
            <th scope="col">${strings.clusters}</th>
          </tr>
        </thead>
        <tbody>
          ${shown.map(
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
      ${rest ? html`<p class="meta">${plural(lang, rest, this.shared.more)}</p>` : nothing}
    </section>`;
  }
}
