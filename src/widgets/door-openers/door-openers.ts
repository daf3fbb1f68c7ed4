import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ORGANISATION_TYPES, type Organisation } from '../../data/schema.js';
import { countryName, resolveText } from '../../data/text.js';
import { isCountryCode, mailto, type Text } from '../../data/values.js';
import { DataController } from '../../shared/data-controller.js';
import { emit } from '../../shared/events.js';
import { FollowQuizController } from '../../shared/follow-quiz.js';
import { GatewayElement, warn } from '../../shared/gateway-element.js';
import { fill, formatNumber, plural } from '../../shared/i18n.js';
import { renderNotice, renderStale } from '../../shared/states.js';
import { baseStyles, chipStyles, tokens } from '../../shared/styles.js';
import { haystack, marketCounts, matches, nearest, serves } from './door-openers.logic.js';
import { doorStrings } from './door-openers.strings.js';
import { styles } from './door-openers.styles.js';
import { bdi, bdiJoin, iso, lead } from '../../shared/bidi.js';

/** The visitor's filters, as `cg-filter-change` reports them. */
type Filters = { market: string; type: string; query: string };

/** A select's option: its value and its text. */
type Option = [value: string, text: string];

const inputValue = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

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
 * @csspart header - The market, type and search controls.
 * @csspart result - The list of organisations of one type.
 * @csspart card - One organisation.
 * @csspart card-title - An organisation's name.
 * @csspart empty - Shown when nobody serves the market, with suggestions.
 * @csspart quiz-chip - The follow-quiz filter chip.
 */
export class CgDoorOpeners extends GatewayElement {
  static override styles = [tokens('door-openers'), baseStyles, chipStyles, styles];

  private readonly loader = new DataController(this, 'organisations');
  private readonly quiz = new FollowQuizController(this, (markets) => {
    this.market = markets[0] ?? '';
    // An empty list means the visitor removed the chip: a filter change of their own.
    if (!markets.length) void this.filterBy({});
  });

  /** The organisation type the visitor chose ('' for every type). */
  @state() private type = '';
  /** The visitor's search words. */
  @state() private query = '';

  /** Target market: a country code such as `JP` (initially from the attribute; follows the visitor's choice). */
  @property() market = '';
  /** Take the first target market of a completed readiness quiz on the page; the others become quick buttons. */
  @property({ type: Boolean, attribute: 'follow-quiz' }) followQuiz = false;

  /** How many organisations serve each market. */
  private countsByMarket = new Map<string, number>();
  /** The markets of the selector by their localised names: every market served, and the chosen one even if nobody serves it. */
  private markets: string[] = [];
  /** The organisations that pass the market, type and search filters. */
  private results: Organisation[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('market') && this.market) {
      if (isCountryCode(this.market)) this.market = this.market.toUpperCase();
      else {
        warn(`cg-door-openers: ignored market "${this.market}", not a country code`);
        this.market = '';
      }
    }
    // Counting and folding a few hundred records costs well under a millisecond: derived afresh at every update, no caches.
    const records = this.loader.records;
    const { market, type, query } = this;
    this.countsByMarket = marketCounts(records);
    const markets = [...this.countsByMarket.keys()];
    if (market && !this.countsByMarket.has(market)) markets.push(market);
    const contentLang = this.contentLang;
    const compare = new Intl.Collator(contentLang).compare;
    this.markets = markets.sort((a, b) => compare(countryName(a, contentLang), countryName(b, contentLang)));
    this.results = records.filter(
      (organisation) =>
        (!market || serves(organisation).includes(market)) &&
        (!type || organisation.type === type) &&
        (!query || matches(haystack(organisation), query)),
    );
  }

  /** A change made by the visitor: new results, then `cg-filter-change`. */
  private async filterBy(change: Partial<Filters>) {
    Object.assign(this, change);
    await this.updateComplete;
    const filters: Filters = { market: this.market, type: this.type, query: this.query };
    emit(this, 'cg-filter-change', { filters, resultCount: this.results.length });
  }

  override render() {
    return html`<div class="base" part="base">
      ${this.renderDataStates(this.loader, (result) => html`${renderNotice(this.shared, result, this.uiLang)}${this.view(result.records)}`)}
    </div>`;
  }

  private view(records: Organisation[]) {
    const strings = this.strings(doorStrings);
    const lang = this.uiLang;
    const { market } = this;
    const allMarkets = `${strings.all} (${formatNumber(lang, records.length)})`;
    // A country's name before its count, kept from running into it: lead() in an option, a <bdi> in a button.
    const marketOptions = this.markets.map((code): Option => [code, lead(this.marketName(code)) + this.countSuffix(code)]);
    const typeOptions = ORGANISATION_TYPES.map((type): Option => [type, strings.types[type]]);
    return html`
      <form part="header" @submit=${(event: Event) => event.preventDefault()}>
        ${this.select('market', strings.market, allMarkets, marketOptions)} ${this.select('type', strings.type, strings.all, typeOptions)}
        <div>
          <label for="query">${strings.search}</label>
          <input id="query" type="search" .value=${this.query} @input=${(event: Event) => this.filterBy({ query: inputValue(event) })} />
        </div>
      </form>
      <div>
        ${this.quiz.renderChip(this.shared, lang, this.contentLang)}
        ${this.marketButtons(this.quiz.markets.filter((code) => code !== market))}
      </div>
      <p role="status">${plural(lang, this.results.length, strings.count)}</p>
      ${market && !this.countsByMarket.has(market) ? this.suggestions(strings.none, market) : nothing}
      ${ORGANISATION_TYPES.map((type) => this.group(strings.types[type], type))}
    `;
  }

  /** A labelled select of one filter, with "All" first. */
  private select(filter: 'market' | 'type', label: string, all: string, options: Option[]) {
    return html`<div>
      <label for=${filter}>${label}</label>
      <select id=${filter} @change=${(event: Event) => this.filterBy({ [filter]: inputValue(event) })}>
        <option value="">${all}</option>
        ${options.map(([value, text]) => html`<option value=${value} .selected=${value === this[filter]}>${text}</option>`)}
      </select>
    </div>`;
  }

  /** A button per market that switches to it, with its count. */
  private marketButtons(codes: string[]) {
    return codes.map(
      (code) =>
        html`<button type="button" @click=${() => this.filterBy({ market: code })}>
          <bdi>${this.marketName(code)}</bdi>${this.countSuffix(code)}
        </button> `,
    );
  }

  /** Says that nobody serves `market` yet (`none`), with buttons for the nearest markets that have door-openers. */
  private suggestions(none: string, market: string) {
    return html`<p part="empty">
      ${bdi(fill(none, { market: iso(this.marketName(market)) }))} ${this.marketButtons(nearest(market, this.countsByMarket))}
    </p>`;
  }

  /** The results of one type under its heading; nothing when there are none. */
  private group(heading: string, type: Organisation['type']) {
    const organisations = this.results.filter((organisation) => organisation.type === type);
    if (!organisations.length) return nothing;
    return html`<h3>${heading}</h3>
      <ul part="result">
        ${organisations.map((organisation) => this.card(organisation))}
      </ul>`;
  }

  private card(organisation: Organisation) {
    const contentLang = this.contentLang;
    const { website, email } = organisation;
    const select = () => emit(this, 'cg-select', { kind: 'organisation', id: organisation.id });
    const paragraph = (value: Text | undefined, className = '') =>
      value ? html`<p class=${className}>${bdi(resolveText(value, contentLang))}</p>` : nothing;
    const services = organisation.services?.map((service) => iso(resolveText(service, contentLang))).join(', ');
    return html`<li part="card">
      <h4 part="card-title">${resolveText(organisation.name, contentLang)}</h4>
      <p class="m">
        ${bdiJoin([organisation.city, countryName(organisation.country, contentLang)], ', ')}
        ${renderStale(this.shared, organisation.lastVerified, this.uiLang)}
      </p>
      ${paragraph(organisation.description)} ${paragraph(services, 'm')}
      <p>
        ${website ? html`<a href=${website} @click=${select}>${new URL(website).host}</a>` : nothing}
        ${email ? html`<a href=${mailto(email)} dir="auto" @click=${select}>${email}</a>` : nothing}
      </p>
    </li>`;
  }

  private marketName(code: string): string {
    return countryName(code, this.contentLang);
  }

  /** " (12)": how many organisations serve the market, in the interface language. */
  private countSuffix(code: string): string {
    return ` (${formatNumber(this.uiLang, this.countsByMarket.get(code) ?? 0)})`;
  }
}
