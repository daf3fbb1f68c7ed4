import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toDisplayDate } from '../../data/dates.js';
import type { Funding, FUNDING_KINDS } from '../../data/schema.js';
import { isCountryCode, type Text } from '../../data/values.js';
import { countryName, resolveText } from '../../data/text.js';
import type { SectionResult } from '../../data/validate.js';
import { DataController } from '../../shared/data-controller.js';
import { emit } from '../../shared/events.js';
import { FollowQuizController } from '../../shared/follow-quiz.js';
import { GatewayElement, warn } from '../../shared/gateway-element.js';
import { fill, formatDate, formatList, formatNumber, plural } from '../../shared/i18n.js';
import { renderNotice, renderStale } from '../../shared/states.js';
import { baseStyles, chipStyles, tokens } from '../../shared/styles.js';
import { bdi, iso } from '../../shared/bidi.js';
import { choices, renderChoices, type Choice } from '../../shared/facets.js';
import {
  closingSoon,
  cofund,
  countdown,
  csv,
  FACETS,
  ics,
  type Outcome,
  readAmount,
  relative,
  prepareSearch,
  searcher,
  STATUSES,
  statusOf,
  type Facet,
  type Filters,
  type Status,
  upcoming,
} from './funding-list.logic.js';
import { fundingStrings, type FundingStrings } from './funding-list.strings.js';
import { styles } from './funding-list.styles.js';

/** Offers a file made on click as a `blob:` URL (never `data:`), revoked once the download has started. */
const save = (name: string, type: string, body: string) => {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([body], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1e3);
};

/** The search and the filters a visitor sets (Clear filters empties them). */
const FILTERS = ['query', 'status', 'kind', 'country', 'market', 'sector'] as const;

/** How many items are shown at first, and how many more each Show more adds. */
const PAGE = 20;

/** The CSV's columns: the data's field names. */
const CSV_COLUMNS = [
  'name',
  'provider',
  'kind',
  'status',
  'opens',
  'deadline',
  'rolling',
  'min',
  'max',
  'currency',
  'cofundingRate',
  'eligibleCountries',
  'targetMarkets',
  'sectors',
  'url',
  'lastVerified',
] as const;

/** What a select's options are: each value with its label and count, and how many were left out. */
type Options = [Choice[], number];

const inputValue = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

/** An amount range as a card shows it: "€10,000 – €50,000", "≤ €3,000", "≥ €1,000", or one amount when min = max. */
const amountRange = (min: number | undefined, max: number | undefined, money: (amount: number) => string) => {
  if (min === max) return money(min!);
  if (min === undefined) return `≤ ${money(max!)}`;
  if (max === undefined) return `≥ ${money(min)}`;
  return `${money(min)} – ${money(max)}`;
};

/**
 * @tagname cg-funding-list
 * @summary The funding that is open, closing soon or coming: for whom, for which market; with a co-funding
 * calculator, calendar files (.ics) and a CSV export.
 *
 * @fires cg-select - The visitor opened an item's link: `{ kind: 'funding', id }`.
 * @fires cg-filter-change - The visitor changed the search or a filter: `{ filters, resultCount }`.
 * @csspart header - The search and filters.
 * @csspart result - The list of funding items.
 * @csspart card - One funding item.
 * @csspart card-title - An item's name.
 * @csspart quiz-chip - The filter taken from the quiz.
 * @csspart empty - Shown when nothing matches the search and filters: a button that clears them.
 */
export class CgFundingList extends GatewayElement {
  static override styles = [tokens('funding-list'), baseStyles, chipStyles, styles];

  private readonly loader = new DataController(this, 'funding', prepareSearch);
  private readonly quiz = new FollowQuizController(this, () => {
    if (!this.hasUpdated) return;
    // The quiz's markets live in its controller, not in a reactive property: the update they need, then the event.
    this.requestUpdate();
    void this.filtersChanged();
  });
  /** Renders again just after the next local midnight (see `arm`). */
  private timer?: ReturnType<typeof setTimeout>;
  /** The records the `kind` attribute was last checked against. */
  private kindCheckedIn?: Funding[];

  /** The visitor's search words. */
  @state() private query = '';
  /** The chosen status ('' = open and forthcoming, closed too with `show-closed`). */
  @state() private status = '';
  /** The chosen target market ('' = the quiz's markets, if any, else any market). */
  @state() private market = '';
  /** The chosen sector (its option value). */
  @state() private sector = '';
  /** Project cost typed into each item's calculator, by item id (a Map: ids come from the data). */
  @state() private costs = new Map<string, string>();
  /** How many items are shown: a page at a time, so the page never holds thousands. */
  @state() private limit = PAGE;

  /** Initial Kind filter (`eu-programme`, `national`…). */
  @property() kind = '';
  /** Initial Eligible country filter (ISO code, e.g. `PT`). */
  @property() country = '';
  /** Show closed items too (else only when the Status filter asks for them). */
  @property({ type: Boolean, attribute: 'show-closed' }) showClosed = false;
  /** Take the target markets from a completed readiness quiz on the page. */
  @property({ type: Boolean, attribute: 'follow-quiz' }) followQuiz = false;
  /** The clock (epoch ms) that status and countdowns are computed from; for tests and previews. */
  @property({ attribute: false }) now: () => number = Date.now;

  // Derived in willUpdate; render() and the view helpers only read them.
  /** The content language (data text, dates, numbers, country names). */
  private locale = 'en';
  /** The interface strings. */
  private ui: FundingStrings = fundingStrings.en;
  /** The clock's reading (epoch ms) this update shows statuses and countdowns at. */
  private time = 0;
  /** The matches and the facet counts under the current filters and clock (once the data is there). */
  private outcome?: Outcome;
  /** What each filter's select lists. */
  private options?: Record<Facet, Options>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.arm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('now') && this.isConnected) this.arm();
    // The page's initial filters: a country code (any case; items open to every country match any), and a
    // kind that the data has. Anything else is ignored, said once.
    if (changed.has('country') && this.country) {
      if (isCountryCode(this.country)) this.country = this.country.toUpperCase();
      else this.ignore('country', 'not a country code');
    }
    // A kind is checked once the data is there (until then the filters are not shown).
    const records = this.loader.value?.records;
    if (
      records &&
      this.kind &&
      (changed.has('kind') || records !== this.kindCheckedIn) &&
      !records.some((item) => item.kind === this.kind)
    ) {
      this.ignore('kind', 'no item has it');
    }
    this.kindCheckedIn = records;

    const { outcome, locale } = this;
    this.locale = this.contentLang;
    this.ui = this.strings(fundingStrings);
    this.time = this.now();
    if (!records) return;
    // The same filters and statuses give the same outcome: the options are listed again only for a new one.
    this.outcome = searcher(records)(this.filters, this.time);
    if (this.outcome !== outcome || this.locale !== locale || !this.options) this.options = this.listOptions(this.outcome);
  }

  private ignore(key: 'kind' | 'country', why: string) {
    warn(`cg-funding-list: ignored ${key} "${this[key]}", ${why}.`);
    this[key] = '';
  }

  /** Renders again just after the next local midnight, so statuses and countdowns follow the date. */
  private arm() {
    clearTimeout(this.timer);
    const now = this.now();
    const date = new Date(now);
    const nextMidnight = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
    this.timer = setTimeout(
      () => {
        this.requestUpdate();
        this.arm();
      },
      nextMidnight - now + 50,
    );
  }

  private get filters(): Filters {
    const { query, status, kind, country, sector, showClosed } = this;
    return { query, status, kind, country, sector, showClosed, market: this.market ? [this.market] : this.quiz.markets };
  }

  /** True when the search or a filter (the quiz's markets too) narrows the list. */
  private get narrowed() {
    return FILTERS.some((key) => this[key]) || this.quiz.markets.length > 0;
  }

  /** What each filter's select lists: the values in the data with their counts under the other filters, labelled in the content language. */
  private listOptions(outcome: Outcome): Record<Facet, Options> {
    const { ui, locale } = this;
    const compare = new Intl.Collator(locale).compare;
    const label = (facet: Facet, value: string): string => {
      switch (facet) {
        case 'status':
          return ui.statuses[value as Status];
        case 'kind':
          return ui.kinds[value as (typeof FUNDING_KINDS)[number]];
        case 'sector':
          return outcome.tags.has(value) ? resolveText(outcome.tags.get(value), locale) : value;
        default:
          return countryName(value, locale);
      }
    };
    const listed = FACETS.map((facet) => {
      const value = this[facet];
      const counted = outcome.count(facet, facet === 'status' ? STATUSES : [value]);
      const all = [...counted].map(([option, count]): Choice => [option, label(facet, option), count]);
      // The statuses keep their order; other values go by their labels.
      return [facet, choices(all, [value], this.query, facet === 'status' ? () => 0 : compare)];
    });
    return Object.fromEntries(listed) as Record<Facet, Options>;
  }

  /** A change the visitor made (the search, a filter, the quiz's chip): the first page again, then `cg-filter-change`. */
  private async filtersChanged() {
    this.limit = PAGE;
    await this.updateComplete;
    emit(this, 'cg-filter-change', { filters: { ...this.filters }, resultCount: this.outcome?.list.length ?? 0 });
  }

  private setFilter(key: (typeof FILTERS)[number], value: string) {
    this[key] = value;
    // Choosing a market replaces the quiz's markets (and clearing the quiz reports the change).
    if (key === 'market' && this.quiz.markets.length) this.quiz.clear();
    else void this.filtersChanged();
  }

  /** Empties the search and every filter, the quiz's markets too; focus goes to the search. */
  private async clear() {
    for (const key of FILTERS) this[key] = '';
    if (this.quiz.markets.length) this.quiz.clear();
    else void this.filtersChanged();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#q')!.focus();
  }

  /** The next page of items; focus moves to the first of them. */
  private async more() {
    this.limit += PAGE;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#h${this.limit - PAGE} a`)?.focus();
  }

  /** A data text in the content language. */
  private localize(text: Text | undefined) {
    return resolveText(text, this.locale);
  }

  /** Values as a list in the content language ("Denmark and Sweden"), each isolated from the others' direction. */
  private listOf(values: string[]) {
    return formatList(
      this.locale,
      values.map((value) => iso(value)),
    );
  }

  /** Country names as a list; `fallback` without the field (open to every country). */
  private countries(codes: string[] | undefined, fallback: string) {
    return codes ? this.listOf(codes.map((code) => countryName(code, this.locale))) : fallback;
  }

  /** A data date (or date-time) in the content language; '' for one that is not a date. */
  private date(value: string) {
    const date = toDisplayDate(value);
    const timed = value.length > 10;
    return isNaN(+date) ? '' : formatDate(this.locale, date, timed ? { dateStyle: 'medium', timeStyle: 'short' } : undefined);
  }

  /** Downloads the deadlines of `list` that are still to come as a calendar file `name.ics`. */
  private calendar(list: Funding[], name: string) {
    const now = this.now();
    const events = list
      .filter((item) => upcoming(item, now))
      .map((item) => ({
        id: item.id,
        summary: `${this.ui.deadline}: ${this.localize(item.name)}`,
        description: [this.localize(item.provider), this.localize(item.description), item.url].filter(Boolean).join('\n'),
        url: item.url,
        deadline: item.deadline!,
      }));
    save(`${name.replace(/[^\w-]/g, '_')}.ics`, 'text/calendar', ics(events, now));
  }

  /** Downloads `list` as CSV: columns named as the data's fields; text in the widget's language, countries by name. */
  private export(list: Funding[]) {
    const { ui, locale } = this;
    const now = this.now();
    const countryNames = (codes: string[] | undefined) => codes?.map((code) => countryName(code, locale)).join('; ');
    const rows = list.map((item) => {
      const { min, max, currency = 'EUR' } = item.amount ?? {};
      const cells: Record<(typeof CSV_COLUMNS)[number], string | number | boolean | undefined> = {
        name: this.localize(item.name),
        provider: this.localize(item.provider),
        kind: ui.kinds[item.kind],
        status: ui.statuses[statusOf(item, now)],
        opens: item.opens,
        deadline: item.deadline,
        rolling: item.rolling,
        min,
        max,
        currency: item.amount && currency,
        cofundingRate: item.cofundingRate,
        eligibleCountries: countryNames(item.eligibleCountries),
        targetMarkets: countryNames(item.targetMarkets),
        sectors: item.sectors?.map((sector) => this.localize(sector)).join('; '),
        url: item.url,
        lastVerified: item.lastVerified,
      };
      return CSV_COLUMNS.map((column) => cells[column]);
    });
    save('funding.csv', 'text/csv', csv([[...CSV_COLUMNS], ...rows]));
  }

  /** A filter's labelled select. */
  private select(facet: Facet) {
    const { ui } = this;
    const everything = facet === 'status' && !this.showClosed ? `${ui.statuses.open} / ${ui.statuses.forthcoming}` : ui.any;
    return html`<span
      ><label for=${facet}>${ui[facet]}</label
      ><select id=${facet} @change=${(event: Event) => this.setFilter(facet, inputValue(event))}>
        <option value="">${everything}</option>
        ${renderChoices(this.options![facet], this[facet], this.locale, this.shared)}
      </select></span
    >`;
  }

  /** One item's card: what it is, when, how much, for whom; its calculator and calendar button. */
  private card(item: Funding, position: number) {
    const { ui, locale, time: now } = this;
    const status = statusOf(item, now);
    const when = countdown(item, now);
    const rate = item.cofundingRate;
    const { min, max, currency = 'EUR' } = item.amount ?? {};
    const money = (amount: number) => formatNumber(locale, amount, { style: 'currency', currency, maximumFractionDigits: 0 });
    const cost = this.costs.get(item.id) ?? '';
    // The cost as the visitor writes numbers: "10.000" and "1500,75" in German, "10,000" and "1500.75" in English.
    const decimalMark = formatNumber(locale, 1.5)[1]!;
    const share = rate === undefined || cost === '' ? undefined : cofund(readAmount(cost, decimalMark), rate, max);
    const dateAndCountdown = [
      item.deadline && this.date(item.deadline),
      when && fill(ui[when.verb], { when: relative(locale, when.days) }),
    ];
    const row = (label: string, value: string) =>
      html`<div>
        <dt>${label}</dt>
        <dd>${bdi(value)}</dd>
      </div>`;
    const setCost = (event: Event) => (this.costs = new Map(this.costs).set(item.id, inputValue(event)));
    return html`<li class="card" part="card">
      <h3 id="h${position}" part="card-title">
        <a href=${item.url} @click=${() => emit(this, 'cg-select', { kind: 'funding', id: item.id })}>${this.localize(item.name)}</a>
      </h3>
      <p>${this.localize(item.provider)}</p>
      <p class="badges">
        <span class="badge">${ui.statuses[status]}</span> <span class="badge">${ui.kinds[item.kind]}</span>
        ${closingSoon(item, now) ? html`<strong class="badge soon">${ui.soon}</strong>` : nothing}
        ${item.rolling && status === 'open' ? html`<span class="badge">${ui.rolling}</span>` : nothing}
        ${renderStale(this.shared, item.lastVerified, this.uiLang, new Date(now))}
      </p>
      <p>${this.localize(item.description)}</p>
      <dl>
        ${item.deadline || when ? row(ui.deadline, dateAndCountdown.filter(Boolean).join(' · ')) : nothing}
        ${(min ?? max) === undefined ? nothing : row(ui.amount, amountRange(min, max, money))}
        ${rate === undefined ? nothing : row(ui.rate, formatNumber(locale, rate, { style: 'percent' }))}
        ${row(ui.country, this.countries(item.eligibleCountries, ui.any))} ${row(ui.market, this.countries(item.targetMarkets, ui.any))}
        ${item.sectors ? row(ui.sector, this.listOf(item.sectors.map((sector) => this.localize(sector)))) : nothing}
      </dl>
      ${
        rate === undefined
          ? nothing
          : html`<p class="calc">
              <label for="c${position}">${fill(ui.cost, { c: currency })}</label>
              <input id="c${position}" type="text" inputmode="decimal" .value=${cost} @input=${setCost} />
              <span aria-live="polite">${share ? fill(ui.grant, { grant: money(share.grant), own: money(share.own) }) : ''}</span>
            </p>`
      }
      ${
        upcoming(item, now)
          ? html`<button type="button" aria-describedby="h${position}" @click=${() => this.calendar([item], item.id)}>${ui.ics}</button>`
          : nothing
      }
    </li>`;
  }

  private view(result: SectionResult<Funding>) {
    const { ui, locale } = this;
    const list = this.outcome!.list;
    return html`${renderNotice(this.shared, result, this.uiLang)}
      <div class="filters" part="header">
        <span
          ><label for="q">${ui.search}</label
          ><input id="q" type="search" .value=${this.query} @input=${(event: Event) => this.setFilter('query', inputValue(event))}
        /></span>
        ${FACETS.map((facet) => this.select(facet))}
      </div>
      ${this.quiz.renderChip(this.shared, this.uiLang, locale)}
      <p class="tools">
        <span role="status">${plural(locale, list.length, ui.results)}</span>
        ${
          list.some((item) => upcoming(item, this.time))
            ? html`<button type="button" @click=${() => this.calendar(list, 'funding')}>${ui.ics}</button>`
            : nothing
        }
        ${list.length ? html`<button type="button" @click=${() => this.export(list)}>${ui.csv}</button>` : nothing}
      </p>
      <ul class="list" part="result">
        ${list.slice(0, this.limit).map((item, position) => this.card(item, position))}
      </ul>
      ${list.length || !this.narrowed ? nothing : html`<p part="empty"><button type="button" @click=${this.clear}>${ui.clear}</button></p>`}
      ${list.length > this.limit ? html`<button type="button" @click=${this.more}>${ui.more}</button>` : nothing}`;
  }

  override render() {
    return html`<div class="base" part="base">${this.renderDataStates(this.loader, (result) => this.view(result))}</div>`;
  }
}
