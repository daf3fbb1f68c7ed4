import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ORGANISATION_TYPES, type Organisation } from '../../data/schema.js';
import { countryName, resolveText } from '../../data/text.js';
import { isCountryCode, mailto, type Text } from '../../data/values.js';
import { DataController } from '../../shared/data-controller.js';
import { emit } from '../../shared/events.js';
import { FollowQuizController } from '../../shared/follow-quiz.js';
import { GatewayElement, warn } from '../../shared/gateway-element.js';
import { fill, formatNumber, plural } from '../../shared/i18n.js';
import { renderError, renderLoading, renderNotice, renderStale } from '../../shared/states.js';
import { baseStyles, chipStyles, tokens } from '../../shared/styles.js';
import { haystack, marketCounts, matches, nearest, serves } from './door-openers.logic.js';
import { doorStrings } from './door-openers.strings.js';
import { styles } from './door-openers.styles.js';
import { bdi, bdiJoin, iso, lead } from '../../shared/bidi.js';

/**
 * @tagname cg-door-openers
 * @summary Who opens doors in a target market: trade and investment agencies, innovation offices, chambers, embassies, clusters.
 *
 * The Market selector lists every market some organisation serves (`servesMarkets`, else its own
 * `country`), with counts; results are grouped by type. A market nobody serves yet gets suggestions:
 * markets on the same continent first. Search matches name, description, city and services in every
 * language, ignoring case and accents.
 *
 * @fires cg-filter-change - The visitor changed the market, type or search: `{ filters, resultCount }`.
 * @fires cg-select - The visitor followed an organisation's website or e-mail link: `{ kind: 'organisation', id }`.
 * @fires cg-data-load - The data loaded: `{ src, counts }`.
 * @fires cg-data-warning - Some records were skipped or fields dropped: `{ src, skipped, dropped, total }`.
 * @fires cg-data-error - The data could not be shown: `{ src, message, issues }`.
 * @csspart base - The widget's outer box.
 * @csspart header - The market, type and search controls.
 * @csspart result - The list of organisations of one type.
 * @csspart card - One organisation.
 * @csspart card-title - An organisation's name.
 * @csspart empty - Shown when nobody serves the market, with suggestions.
 * @csspart error - The data-problem panel.
 * @csspart loading - The loading view.
 * @csspart notice - The notice of skipped records.
 * @csspart quiz-chip - The follow-quiz filter chip.
 * @cssprop --cg-color-accent - Accent colour (links, buttons, focus ring).
 * @cssprop --cg-color-surface - Background colour.
 * @cssprop --cg-color-text - Text colour.
 * @cssprop --cg-font-family - Font family.
 * @cssprop --cg-radius - Corner radius.
 * @cssprop --cg-space - Base spacing.
 */
export class CgDoorOpeners extends GatewayElement {
  static override styles = [tokens('door-openers'), baseStyles, chipStyles, styles];

  private readonly loader = new DataController(this, 'organisations');
  private readonly quiz = new FollowQuizController(this, (markets) => {
    this.market = markets[0] ?? '';
    // An empty list means the visitor removed the chip: a filter change of their own.
    if (!markets.length) void this.set({});
  });

  private type = '';
  private query = '';

  /** Target market: a country code such as `JP` (initially from the attribute; follows the visitor's choice). */
  @property() market = '';
  /** Take the first target market of a completed readiness quiz on the page; the others become quick buttons. */
  @property({ type: Boolean, attribute: 'follow-quiz' }) followQuiz = false;

  private count!: number;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('market') && this.market) {
      if (isCountryCode(this.market)) this.market = this.market.toUpperCase();
      else {
        warn(`cg-door-openers: ignored market "${this.market}", not a country code`);
        this.market = '';
      }
    }
  }

  /** A change made by the visitor: new results, then `cg-filter-change`. */
  private async set(change: { market?: string; type?: string; query?: string }) {
    Object.assign(this, change);
    this.requestUpdate();
    await this.updateComplete;
    emit(this, 'cg-filter-change', { filters: { market: this.market, type: this.type, query: this.query }, resultCount: this.count });
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

  private view(recs: Organisation[]) {
    const t = this.strings(doorStrings);
    const lang = this.uiLang;
    const cl = this.contentLang;
    const { market, type, query } = this;
    // Counting and folding a few hundred records per render costs well under a millisecond: no caches.
    const counts = marketCounts(recs);
    const name = (code: string) => countryName(code, cl);
    // A country's name before its count, kept from running into it: lead() in an option, a <bdi> in a button.
    const count = (code: string) => ` (${formatNumber(lang, counts.get(code) ?? 0)})`;
    const compare = new Intl.Collator(cl).compare;
    const markets = [...counts.keys()];
    if (market && !counts.has(market)) markets.push(market);
    markets.sort((a, b) => compare(name(a), name(b)));
    const hits = recs.filter(
      (o) => (!market || serves(o).includes(market)) && (!type || o.type === type) && (!query || matches(haystack(o), query)),
    );
    this.count = hits.length;
    const value = (e: Event) => (e.target as HTMLInputElement).value;
    // A labelled select with "All" first; `options` are [value, text] pairs.
    const select = (id: 'market' | 'type', all: string, options: string[][]) =>
      html`<div>
        <label for=${id}>${t[id]}</label
        ><select id=${id} @change=${(e: Event) => this.set({ [id]: value(e) })}>
          <option value="">${all}</option>
          ${options.map(([v, text]) => html`<option value=${v!} .selected=${v === this[id]}>${text}</option>`)}
        </select>
      </div>`;
    const go = (list: string[]) =>
      list.map((code) => html`<button type="button" @click=${() => this.set({ market: code })}><bdi>${name(code)}</bdi>${count(code)}</button> `);
    return html`<form part="header" @submit=${(e: Event) => e.preventDefault()}>
        ${select(
          'market',
          `${t.all} (${formatNumber(lang, recs.length)})`,
          markets.map((code) => [code, lead(name(code)) + count(code)]),
        )}${select(
          'type',
          t.all,
          ORGANISATION_TYPES.map((k, i) => [k, t.types[i]!]),
        )}
        <div>
          <label for="query">${t.search}</label
          ><input id="query" type="search" .value=${this.query} @input=${(e: Event) => this.set({ query: value(e) })} />
        </div>
      </form>
      <div>${this.quiz.renderChip(this.shared, lang, cl)} ${go(this.quiz.markets.filter((code) => code !== market))}</div>
      <p role="status">${plural(lang, hits.length, t.count)}</p>
      ${market && !counts.has(market) ? html`<p part="empty">${bdi(fill(t.none, { market: iso(name(market)) }))} ${go(nearest(market, counts))}</p>` : nothing}${ORGANISATION_TYPES.map(
        (k, i) => {
          const group = hits.filter((o) => o.type === k);
          return group.length
            ? html`<h3>${t.types[i]}</h3>
                <ul part="result">
                  ${group.map((o) => this.card(o))}
                </ul>`
            : nothing;
        },
      )}`;
  }

  private card(o: Organisation) {
    const cl = this.contentLang;
    const pick = () => emit(this, 'cg-select', { kind: 'organisation', id: o.id });
    const text = (value?: Text, c = '') => (value ? html`<p class=${c}>${bdi(resolveText(value, cl))}</p>` : nothing);
    return html`<li part="card">
      <h4 part="card-title">${resolveText(o.name, cl)}</h4>
      <p class="m">
        ${bdiJoin([o.city, countryName(o.country, cl)], ', ')} ${renderStale(this.shared, o.lastVerified, this.uiLang)}
      </p>
      ${text(o.description)}${text(o.services?.map((s) => iso(resolveText(s, cl))).join(', '), 'm')}
      <p>
        ${o.website ? html`<a href=${o.website} @click=${pick}>${new URL(o.website).host}</a> ` : nothing}${o.email ? html`<a href=${mailto(o.email)} dir="auto" @click=${pick}>${o.email}</a>` : nothing}
      </p>
    </li>`;
  }
}
