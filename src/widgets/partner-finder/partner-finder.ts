import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CLUSTER_LABELS } from '../../data/schema.js';
import { mailto, type Text } from '../../data/values.js';
import { countryName, resolveText } from '../../data/text.js';
import { DataController } from '../../shared/data-controller.js';
import { emit } from '../../shared/events.js';
import { FollowQuizController } from '../../shared/follow-quiz.js';
import { GatewayElement, warn } from '../../shared/gateway-element.js';
import { fill, formatNumber, plural } from '../../shared/i18n.js';
import { renderNotice, renderStale } from '../../shared/states.js';
import { baseStyles, chipStyles, tokens } from '../../shared/styles.js';
import { bdi, bdiJoin, iso } from '../../shared/bidi.js';
import { choices, renderChoices, type Choice } from '../../shared/facets.js';
import {
  FACETS,
  SORTS,
  facetKind,
  fit,
  fitOrder,
  indexOf,
  optionId,
  orderBy,
  prepareIndex,
  search,
  type Facet,
  type Index,
  type Option,
  type Outcome,
  type Sort,
} from './partner-finder.logic.js';
import { finderStrings, type FinderStrings } from './partner-finder.strings.js';
import { styles } from './partner-finder.styles.js';

/** Results shown at first, and added by "Show more". */
const PAGE_SIZE = 20;
/** The search and the facets: the keys of `cg-filter-change` and of the URL parameters (`pf-query`, `pf-country`…). */
const FILTER_KEYS = ['query', ...FACETS] as const;
/** The search text and each facet's chosen value, by key; an empty or missing value does not filter. */
type Filters = Partial<Record<(typeof FILTER_KEYS)[number], string>>;
type ClusterLabel = (typeof CLUSTER_LABELS)[number];

const ignored = (what: string, value: string) => warn(`cg-partner-finder: ignored ${what} "${value}", not in the data`);

/** The value in `map` at `key`, made by `make` the first time. */
const memo = <V>(map: Map<string, V>, key: string, make: () => V): V => {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
};

/** What the search and filters give, kept until what they depend on changes. */
interface Results {
  /** The order, content language and host the search ran with: a search in the same ones can start from `outcome`. */
  orderKey: string;
  /** The query and the selected options it ran with. */
  searchKey: string;
  outcome: Outcome;
  /** Per facet, in the order of FACETS: the options its select lists, and how many more a search finds. */
  choices: [Choice[], number][];
}

/**
 * @tagname cg-partner-finder
 * @summary Search partner clusters by country, target market, sector, interest, service and label, ranked by fit.
 *
 * Search matches name, acronym, description, sectors, interests, services, city and region in every
 * language of a record, ignoring case and accents. Each filter option shows how many clusters it would
 * give. With `home`, results are ranked by fit to the host's own cluster (left out of the results) and
 * each says why it fits. Results come 20 at a time ("Show more"); a result opens its details in a dialog.
 *
 * @fires cg-filter-change - The visitor changed the search or a filter: `{ filters, resultCount }`.
 * @fires cg-select - The visitor opened a cluster's details: `{ kind: 'cluster', id }`.
 * @csspart header - The search and filter controls.
 * @csspart result - The list of results.
 * @csspart card - One result.
 * @csspart card-title - A result's name.
 * @csspart empty - Shown when nothing matches.
 * @csspart quiz-chip - The follow-quiz filter chip.
 */
export class CgPartnerFinder extends GatewayElement {
  static override styles = [tokens('partner-finder'), baseStyles, chipStyles, styles];

  private readonly loader = new DataController(this, 'clusters', prepareIndex);
  private readonly quiz = new FollowQuizController(this, () => (this.shown = PAGE_SIZE));

  /** The search text and the facet values, in the data's own spelling. */
  @state() private filters: Filters = {};
  /** The order the visitor chose, if they did. */
  @state() private chosenSort?: Sort;
  /** How many results are shown. */
  @state() private shown = PAGE_SIZE;
  /** The record whose details dialog is open. */
  @state() private openRecord?: number;

  /** The id of the host's own cluster: ranks results by fit to it, with reasons (and leaves it out). */
  @property() home = '';
  /** Initial Country filter: a country code such as `DK`. */
  @property() country = '';
  /** Initial Sector filter: a sector as the data names it (any case or accents). */
  @property() sector = '';
  /** Initial search text. */
  @property() query = '';
  /** Take the target markets of a completed readiness quiz on the page as the Target-market filter. */
  @property({ type: Boolean, attribute: 'follow-quiz' }) followQuiz = false;
  /** Keep the search and filters in the page URL (`?pf-query=…&pf-country=DK`), so a filtered view can be linked and Back undoes a change. */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;

  // Derived in willUpdate from the loaded records and the state above.
  private index?: Index;
  /** The record of the host's own cluster (`home`), if the data has it. */
  private homeIndex?: number;
  /** The order shown: the visitor's choice, else relevance (or fit, with a home cluster). */
  private sort: Sort = 'relevance';
  private results?: Results;
  /** Record orders by name or country (per content language) and by fit (per host), for the current index. */
  private readonly orders = new Map<string, number[]>();
  /** Per content language: each facet's option names, for the current index. */
  private readonly optionNames = new Map<string, string[][]>();

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.handlePopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.handlePopState);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const records = this.loader.value?.records;
    if (!records) return;
    const index = indexOf(records);
    const fresh = index !== this.index;
    if (fresh) {
      this.index = index;
      this.orders.clear();
      this.optionNames.clear();
      this.results = undefined;
    }
    if (fresh || changed.has('home')) {
      const found = records.findIndex((record) => record.id === this.home);
      this.homeIndex = found < 0 ? undefined : found;
      if (this.home && found < 0) ignored('home', this.home);
    }
    const attributes = ['query', 'country', 'sector'] as const;
    if (fresh || attributes.some((name) => changed.has(name))) {
      const filters = { ...this.filters };
      for (const name of attributes) if (fresh || changed.has(name)) filters[name] = this[name];
      const fromUrl = this.filtersInUrl();
      // A link's filters win over the attributes when the data first shows.
      const linked = fresh && this.urlState && Object.values(fromUrl).some(Boolean);
      this.filters = this.known(index, linked ? fromUrl : filters);
    }
    this.sort = this.chosenSort ?? (this.homeIndex === undefined ? 'relevance' : 'fit');
    this.results = this.deriveResults(index);
  }

  protected override updated(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** `filters` with each known facet value in the data's own spelling; unknown ones are dropped with a warning. */
  private known(index: Index, filters: Filters): Filters {
    const known = { ...filters };
    FACETS.forEach((facet, at) => {
      const value = filters[facet];
      if (!value) return;
      const id = optionId(index, at, value);
      if (id < 0) ignored(facet, value);
      known[facet] = index.options[at]![id]?.key ?? '';
    });
    return known;
  }

  private filtersInUrl(): Filters {
    const params = new URLSearchParams(location.search);
    return Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(`pf-${key}`) ?? '']));
  }

  /** The values chosen for `facet`: its select's, else for the target market the quiz's markets (any of them). */
  private selectedValues(facet: Facet): string[] {
    const value = this.filters[facet];
    if (value) return [value];
    return facet === 'market' ? this.quiz.markets : [];
  }

  /** The results of the current search and filters: the last ones if nothing changed, else a search (from the last one when it can). */
  private deriveResults(index: Index): Results {
    const contentLang = this.contentLang;
    const query = this.filters.query ?? '';
    const selected = FACETS.map((facet, at) => this.selectedValues(facet).map((value) => optionId(index, at, value)));
    const orderKey = JSON.stringify([this.sort, contentLang, this.homeIndex]);
    const searchKey = JSON.stringify([query, selected]);
    const last = this.results?.orderKey === orderKey ? this.results : undefined;
    if (last?.searchKey === searchKey) return last;
    const outcome = search(index, query, selected, this.order(index, contentLang), this.homeIndex, last?.outcome);
    return { orderKey, searchKey, outcome, choices: this.facetChoices(index, outcome, selected, query, contentLang) };
  }

  /** The record numbers in the current order: by name or country name, by fit to the host, or as in the data. */
  private order(index: Index, contentLang: string): Iterable<number> {
    const sort = this.sort;
    const home = this.homeIndex;
    if (sort === 'name' || sort === 'country') {
      return memo(this.orders, sort + contentLang, () => {
        const { compare } = new Intl.Collator(contentLang);
        const names = index.records.map((record) => resolveText(record.name, contentLang));
        const country = (i: number) => countryName(index.records[i]!.country, contentLang);
        return orderBy(index, (a, b) => (sort === 'country' && compare(country(a), country(b))) || compare(names[a]!, names[b]!));
      });
    }
    return home === undefined ? index.records.keys() : memo(this.orders, `fit${home}`, () => fitOrder(index, home));
  }

  /** What each facet's select lists: its options named in `contentLang`, with the count each would give. */
  private facetChoices(index: Index, outcome: Outcome, selected: number[][], query: string, contentLang: string) {
    const names = memo(this.optionNames, contentLang, () =>
      FACETS.map((facet, at) => index.options[at]!.map((option) => this.optionName(facet, option, contentLang))),
    );
    const { compare } = new Intl.Collator(contentLang);
    return FACETS.map((_, at) => {
      const options = index.options[at]!;
      return choices(
        names[at]!.map((name, id): Choice => [options[id]!.key, name, outcome.counts[at]![id]!]),
        selected[at]!.map((id) => options[id]?.key ?? ''),
        query,
        compare,
      );
    });
  }

  /** An option's name: a country's in `contentLang`, a tag in `contentLang`, a label in the interface language. */
  private optionName(facet: Facet, option: Option, contentLang: string): string {
    switch (facetKind(facet)) {
      case 'country':
        return countryName(option.key, contentLang);
      case 'label':
        return this.strings(finderStrings).labels[option.key as ClusterLabel];
      case 'tag':
        return resolveText(option.text, contentLang);
    }
  }

  private readonly handlePopState = () => {
    if (this.urlState && this.index) {
      this.filters = this.known(this.index, this.filtersInUrl());
      this.shown = PAGE_SIZE;
    }
  };

  /** A change made by the visitor: new results, the URL (a new history entry, or replaced while typing), and `cg-filter-change`. */
  private async changeFilters(filters: Filters, historyEntry: 'push' | 'replace' = 'push') {
    this.filters = filters;
    this.shown = PAGE_SIZE;
    if (this.urlState) {
      const url = new URL(location.href);
      for (const key of FILTER_KEYS) url.searchParams.delete(`pf-${key}`);
      for (const key of FILTER_KEYS) if (filters[key]) url.searchParams.set(`pf-${key}`, filters[key]);
      if (url.href !== location.href) {
        if (historyEntry === 'push') history.pushState(history.state, '', url);
        else history.replaceState(history.state, '', url);
      }
    }
    await this.updateComplete;
    emit(this, 'cg-filter-change', {
      filters: Object.fromEntries(Object.entries(filters).filter(([, value]) => value)),
      resultCount: this.results?.outcome.hits.length ?? 0,
    });
  }

  private async clearFilters() {
    if (this.quiz.markets.length) this.quiz.clear();
    await this.changeFilters({});
    this.renderRoot.querySelector<HTMLInputElement>('#query')!.focus();
  }

  private handleSortChange(event: Event) {
    this.chosenSort = (event.target as HTMLSelectElement).value as Sort;
    this.shown = PAGE_SIZE;
  }

  /** Shows the next page of results and moves focus to its first card. */
  private async showMore() {
    const firstNew = this.shown;
    this.shown += PAGE_SIZE;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('.name')[firstNew]?.focus();
  }

  private openDetails(i: number) {
    this.openRecord = i;
    emit(this, 'cg-select', { kind: 'cluster', id: this.index!.records[i]!.id });
  }

  /** The details dialog closed: focus goes back to the card it was opened from. */
  private async handleDetailsClose() {
    const closed = this.openRecord;
    this.openRecord = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-record="${closed}"]`)?.focus();
  }

  override render() {
    return html`<div class="base" part="base" lang=${this.uiLang}>
      ${this.renderDataStates(this.loader, (result) => html`${renderNotice(this.shared, result, this.uiLang)}${this.renderFinder()}`)}
    </div>`;
  }

  private renderFinder() {
    const strings = this.strings(finderStrings);
    const { hits } = this.results!.outcome;
    return html`${this.renderFilters(strings)} ${this.quiz.renderChip(this.shared, this.uiLang, this.contentLang)}
      <p role="status">${plural(this.uiLang, hits.length, strings.count)}</p>
      ${
        hits.length
          ? html`<ul part="result">
                ${hits.slice(0, this.shown).map((i) => html`<li class="card" part="card">${this.renderCluster(i, 'card')}</li>`)}
              </ul>
              ${hits.length > this.shown ? html`<button type="button" @click=${this.showMore}>${strings.more}</button>` : nothing}`
          : html`<p part="empty"><button type="button" @click=${this.clearFilters}>${strings.clear}</button></p>`
      }
      ${
        this.openRecord === undefined
          ? nothing
          : html`<dialog aria-labelledby="title" @close=${this.handleDetailsClose}>
              <form method="dialog"><button>${strings.close}</button></form>
              ${this.renderCluster(this.openRecord, 'details')}
            </dialog>`
      }`;
  }

  /** The search, a select per facet, the order and Clear filters. */
  private renderFilters(strings: FinderStrings) {
    const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
    const field = (id: string, label: string, control: TemplateResult) => html`<div><label for=${id}>${label}</label>${control}</div>`;
    return html`<form class="filters" part="header" @submit=${(event: Event) => event.preventDefault()}>
      ${field(
        'query',
        strings.search,
        html`<input
          id="query"
          type="search"
          .value=${this.filters.query ?? ''}
          @input=${(event: Event) => this.changeFilters({ ...this.filters, query: value(event) }, 'replace')}
        />`,
      )}
      ${FACETS.map((facet, at) =>
        field(
          facet,
          strings.facets[facet],
          html`<select id=${facet} @change=${(event: Event) => this.changeFilters({ ...this.filters, [facet]: value(event) })}>
            <option value="">${strings.all}</option>
            ${renderChoices(this.results!.choices[at]!, this.filters[facet] ?? '', this.uiLang, this.shared)}
          </select>`,
        ),
      )}
      ${field(
        'sort',
        strings.sort,
        html`<select id="sort" @change=${this.handleSortChange}>
          ${SORTS.map((sort) =>
            sort === 'fit' && this.homeIndex === undefined
              ? nothing
              : html`<option value=${sort} .selected=${sort === this.sort}>${strings.sorts[sort]}</option>`,
          )}
        </select>`,
      )}
      <button type="button" @click=${this.clearFilters}>${strings.clear}</button>
    </form>`;
  }

  /** A result: its card, or the details dialog's content (which adds the description). */
  private renderCluster(i: number, view: 'card' | 'details') {
    const strings = this.strings(finderStrings);
    const { uiLang, contentLang } = this;
    const record = this.index!.records[i]!;
    const name = resolveText(record.name, contentLang);
    // Data values are marked with iso() where they meet other text; bdi() puts each in a <bdi>.
    const tags = (list: Text[] | undefined) => list?.map((tag) => iso(resolveText(tag, contentLang))).join(', ');
    const country = (code: string) => iso(countryName(code, contentLang));
    const memberCount = record.members && Object.values(record.members).reduce((sum, count) => sum + count, 0);
    const rows = [
      [strings.facets.sector, tags(record.sectors)],
      [strings.facets.interest, tags(record.collaborationInterests)],
      [strings.facets.market, record.targetCountries?.map(country).join(', ')],
      [strings.facets.service, tags(record.keyServices)],
      [strings.members, memberCount === undefined ? '' : formatNumber(uiLang, memberCount)],
      [strings.smes, record.members?.smes === undefined ? '' : formatNumber(uiLang, record.members.smes)],
    ];
    return html`${
        view === 'details'
          ? html`<h2 id="title">${name}</h2>`
          : html`<h3 part="card-title">
              <button type="button" class="name" data-record=${i} @click=${() => this.openDetails(i)}>${name}</button>
            </h3>`
      }
      <p class="meta">
        ${bdiJoin([record.acronym, countryName(record.country, contentLang), record.city, resolveText(record.region, contentLang)], ' · ')}
      </p>
      ${record.label ? html`<span class="badge">${strings.facets.label}: ${strings.labels[record.label]}</span>` : nothing}
      ${renderStale(this.shared, record.lastVerified, uiLang)}
      ${view === 'details' ? html`<p>${resolveText(record.description, contentLang)}</p>` : nothing}
      <dl>
        ${rows.map(([label, value]) =>
          value
            ? html`<div>
                <dt>${label}</dt>
                <dd>${bdi(value)}</dd>
              </div>`
            : nothing,
        )}
      </dl>
      ${
        this.homeIndex === undefined
          ? nothing
          : html`<ul class="why">
              ${fit(this.index!, this.homeIndex, i).reasons.map(
                ([why, what]) => html`<li>${bdi(fill(strings[why], { x: typeof what === 'string' ? country(what) : tags(what)! }))}</li>`,
              )}
            </ul>`
      }
      <p>
        ${record.website ? html`<a href=${record.website}>${new URL(record.website).host}</a>` : nothing}
        ${record.email ? html`<a href=${mailto(record.email)} dir="auto">${record.email}</a>` : nothing}
      </p>`;
  }
}
