import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toDisplayDate } from '../../data/dates.js';
import type { Funding } from '../../data/schema.js';
import { isCountryCode } from '../../data/values.js';
import { countryName, resolveText } from '../../data/text.js';
import type { SectionResult } from '../../data/validate.js';
import { DataController } from '../../shared/data-controller.js';
import { emit } from '../../shared/events.js';
import { FollowQuizController } from '../../shared/follow-quiz.js';
import { GatewayElement, warn } from '../../shared/gateway-element.js';
import { fill, formatDate, formatList, formatNumber, plural } from '../../shared/i18n.js';
import { renderError, renderLoading, renderNotice, renderStale } from '../../shared/states.js';
import { baseStyles, chipStyles, tokens } from '../../shared/styles.js';
import { bdi, iso } from '../../shared/bidi.js';
import { choices, renderChoices, type Choice } from '../../shared/facets.js';
import {
  closingSoon,
  cofund,
  countdown,
  csv,
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
import { strings } from './funding-list.strings.js';
import { styles } from './funding-list.styles.js';

/** Offers a file made on click as a `blob:` URL (never `data:`), revoked once the download has started. */
const save = (name: string, type: string, body: string) => {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([body], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1e3);
};

/** The search and the filters a visitor sets (Clear filters empties them). */
const FILTERS = ['query', 'status', 'kind', 'country', 'market', 'sector'] as const;

/**
 * @tagname cg-funding-list
 * @summary The funding that is open, closing soon or coming: for whom, for which market; with a co-funding
 * calculator, calendar files (.ics) and a CSV export.
 *
 * @fires cg-select - The visitor opened an item's link: `{ kind: 'funding', id }`.
 * @fires cg-filter-change - The visitor changed the search or a filter: `{ filters, resultCount }`.
 * @fires cg-data-load - The data loaded: `{ src, counts }`.
 * @fires cg-data-warning - Some records were skipped or fields dropped: `{ src, skipped, dropped, total }`.
 * @fires cg-data-error - The data could not be shown: `{ src, message, issues }`.
 * @csspart base - The widget's outer box.
 * @csspart header - The search and filters.
 * @csspart result - The list of funding items.
 * @csspart card - One funding item.
 * @csspart card-title - An item's name.
 * @csspart quiz-chip - The filter taken from the quiz.
 * @csspart empty - Shown when nothing matches the search and filters: a button that clears them.
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
export class CgFundingList extends GatewayElement {
  static override styles = [tokens('funding-list'), baseStyles, chipStyles, styles];

  private readonly loader = new DataController(this, 'funding', prepareSearch);
  private readonly quiz = new FollowQuizController(this, () => this.hasUpdated && this.changed());
  private timer?: ReturnType<typeof setTimeout>;
  /** The content language and the strings of the current render. */
  private l = 'en';
  private t = strings.en;
  /** The records the `kind` attribute was last checked against. */
  private checked?: Funding[];

  @state() private query = '';
  @state() private status = '';
  @state() private market = '';
  @state() private sector = '';
  /** Project cost typed into each item's calculator, by item id (a Map: ids come from the data). */
  @state() private costs = new Map<string, string>();
  /** How many items are shown: 20 at a time, so the page never holds thousands. */
  @state() private limit = 20;

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
    if (records && this.kind && (changed.has('kind') || records !== this.checked) && !records.some((f) => f.kind === this.kind)) {
      this.ignore('kind', 'no item has it');
    }
    this.checked = records;
  }

  private ignore(key: 'kind' | 'country', why: string) {
    warn(`cg-funding-list: ignored ${key} "${this[key]}", ${why}.`);
    this[key] = '';
  }

  /** Renders again just after the next local midnight, so statuses and countdowns follow the date. */
  private arm() {
    clearTimeout(this.timer);
    const t = this.now();
    const d = new Date(t);
    this.timer = setTimeout(
      () => {
        this.requestUpdate();
        this.arm();
      },
      new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() - t + 50,
    );
  }

  private get filters(): Filters {
    const { query, status, kind, country, sector, showClosed } = this;
    return { query, status, kind, country, sector, showClosed, market: this.market ? [this.market] : this.quiz.markets };
  }

  /** The matches and the facet counts under the current filters (computed once per filters and clock). */
  private shown() {
    return searcher(this.loader.records)(this.filters, this.now());
  }

  private changed() {
    this.limit = 20;
    emit(this, 'cg-filter-change', { filters: { ...this.filters }, resultCount: this.shown().list.length });
  }

  /** The next 20 items; focus moves to the first of them. */
  private async more() {
    this.limit += 20;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#h${this.limit - 20} a`)?.focus();
  }

  /** True when the search or a filter (the quiz's markets too) narrows the list. */
  private get narrowed() {
    return FILTERS.some((key) => this[key]) || this.quiz.markets.length > 0;
  }

  /** Empties the search and every filter, the quiz's markets too; focus goes to the search. */
  private async clear() {
    for (const key of FILTERS) this[key] = '';
    if (this.quiz.markets.length) this.quiz.clear();
    else this.changed();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#q')!.focus();
  }

  private set(key: string, value: string) {
    Object.assign(this, { [key]: value });
    if (key === 'market' && this.quiz.markets.length) this.quiz.clear();
    else this.changed();
  }

  private select(r: Outcome, key: Facet, name: (v: string) => string) {
    const { t, l } = this;
    const value = this[key];
    // What the select lists, once per outcome (the same filters) and language: a facet may have thousands of values.
    const memo = (r as Outcome & { o?: Record<string, [Choice[], number]> }).o ??= {};
    const options = (memo[key + l] ??= choices(
      [...r.count(key, key === 'status' ? STATUSES : [value])].map(([v, n]) => [v, name(v), n]),
      [value],
      this.query,
      key === 'status' ? () => 0 : new Intl.Collator(l).compare,
    ));
    // prettier-ignore
    return html`<span><label for=${key}>${t[key]}</label><select id=${key} @change=${(e: Event) => this.set(key, (e.target as HTMLSelectElement).value)}>
<option value="">${key === 'status' && !this.showClosed ? `${t.statuses.open} / ${t.statuses.forthcoming}` : t.any}</option>
${renderChoices(options, value, l, this.shared)}</select></span>`;
  }

  private date(s: string) {
    const d = toDisplayDate(s);
    return isNaN(+d) ? '' : formatDate(this.l, d, s[10] ? { dateStyle: 'medium', timeStyle: 'short' } : undefined);
  }

  /** Localised text of a `Text`, or the names of a list of countries (or tags), or `fallback`. */
  private text(value: Funding['name'] | string[] | undefined, fallback = '') {
    const l = this.l;
    return Array.isArray(value)
      ? formatList(
          l,
          value.map((c) => iso(countryName(c, l))),
        )
      : value
        ? resolveText(value, l)
        : fallback;
  }

  private calendar(list: Funding[], name: string) {
    const now = this.now();
    const events = list
      .filter((f) => upcoming(f, now))
      .map((f) => ({
        id: f.id,
        summary: `${this.t.deadline}: ${this.text(f.name)}`,
        description: [this.text(f.provider), this.text(f.description), f.url].filter(Boolean).join('\n'),
        url: f.url,
        deadline: f.deadline!,
      }));
    save(`${name.replace(/[^\w-]/g, '_')}.ics`, 'text/calendar', ics(events, now));
  }

  /** CSV columns are the data's field names; text in the widget's language, countries by name. */
  private export(list: Funding[]) {
    const { t, l } = this;
    const head =
      'name provider kind status opens deadline rolling min max currency cofundingRate eligibleCountries targetMarkets sectors url lastVerified'.split(
        ' ',
      );
    const rows = list.map((f) => {
      const o = new Map<string, unknown>(
        Object.entries({
          ...f,
          ...(f.amount && { currency: 'EUR', ...f.amount }),
          kind: t.kinds[f.kind],
          status: t.statuses[statusOf(f, this.now())],
        }),
      );
      return head.map((k) => {
        const v = o.get(k) as Funding['name'] | string[];
        return Array.isArray(v)
          ? v.map((x) => (k[0] === 's' ? resolveText(x, l) : countryName(x, l))).join('; ')
          : typeof v === 'object'
            ? resolveText(v, l)
            : v;
      });
    });
    save('funding.csv', 'text/csv', csv([head, ...rows]));
  }

  private item(f: Funding, i: number) {
    const { t, l } = this;
    const now = this.now();
    const s = statusOf(f, now);
    const c = countdown(f, now);
    const rate = f.cofundingRate;
    const { min, max, currency = 'EUR' } = f.amount ?? {};
    const m = (n?: number) => formatNumber(l, n!, { style: 'currency', currency, maximumFractionDigits: 0 });
    const cost = this.costs.get(f.id) ?? '';
    // The cost as the visitor writes numbers: "10.000" and "1500,75" in German, "10,000" and "1500.75" in English.
    const r = rate === undefined || cost === '' ? undefined : cofund(readAmount(cost, formatNumber(l, 1.5)[1]!), rate, max);
    const row = (label: string, value: string) =>
      html`<div><dt>${label}</dt>
        <dd>${bdi(value)}</dd></div>`;
    // prettier-ignore
    return html`<li class="card" part="card"><h3 id="h${i}" part="card-title"><a href=${f.url} @click=${() => emit(this, 'cg-select', { kind: 'funding', id: f.id })}>${this.text(f.name)}</a></h3>
<p>${this.text(f.provider)}</p>
<p class="badges"><span class="badge">${t.statuses[s]}</span> <span class="badge">${t.kinds[f.kind]}</span>
${closingSoon(f, now) ? html`<strong class="badge soon">${t.soon}</strong>` : nothing}
${f.rolling && s === 'open' ? html`<span class="badge">${t.rolling}</span>` : nothing}
${renderStale(this.shared, f.lastVerified, this.uiLang, new Date(now))}</p>
<p>${this.text(f.description)}</p>
<dl>${f.deadline || c ? row(t.deadline, [f.deadline && this.date(f.deadline), c && fill(t[c.verb], { when: relative(l, c.days) })].filter(Boolean).join(' · ')) : nothing}
${(min ?? max) === undefined ? nothing : row(t.amount, min === max ? m(min) : min === undefined ? `≤ ${m(max)}` : max === undefined ? `≥ ${m(min)}` : `${m(min)} – ${m(max)}`)}
${rate === undefined ? nothing : row(t.rate, formatNumber(l, rate, { style: 'percent' }))}
${row(t.country, this.text(f.eligibleCountries, t.any))} ${row(t.market, this.text(f.targetMarkets, t.any))}
${f.sectors ? row(t.sector, formatList(l, f.sectors.map((x) => iso(resolveText(x, l))))) : nothing}</dl>
${rate === undefined ? nothing : html`<p class="calc"><label for="c${i}">${fill(t.cost, { c: currency })}</label>
<input id="c${i}" type="text" inputmode="decimal" .value=${cost} @input=${(e: Event) => (this.costs = new Map(this.costs).set(f.id, (e.target as HTMLInputElement).value))} />
<span aria-live="polite">${r ? fill(t.grant, { grant: m(r.grant), own: m(r.own) }) : ''}</span></p>`}
${upcoming(f, now) ? html`<button type="button" aria-describedby="h${i}" @click=${() => this.calendar([f], f.id)}>${t.ics}</button>` : nothing}</li>`;
  }

  private view(result: SectionResult<Funding>) {
    const { t, l } = this;
    const r = this.shown();
    const list = r.list;
    const name = (v: string) => countryName(v, l);
    // prettier-ignore
    return html`${renderNotice(this.shared, result, this.uiLang)}<div class="filters" part="header"><span><label for="q">${t.search}</label><input id="q" type="search" .value=${this.query} @input=${(e: Event) => this.set('query', (e.target as HTMLInputElement).value)} /></span>
${this.select(r, 'status', (v) => t.statuses[v as Status])} ${this.select(r, 'kind', (v) => t.kinds[v as 'other'])}
${this.select(r, 'country', name)} ${this.select(r, 'market', name)} ${this.select(r, 'sector', (v) => (r.tags.has(v) ? resolveText(r.tags.get(v), l) : v))}</div>
${this.quiz.renderChip(this.shared, this.uiLang, l)}
<p class="tools"><span role="status">${plural(l, list.length, t.results)}</span>
${list.some((f) => upcoming(f, this.now())) ? html`<button type="button" @click=${() => this.calendar(list, 'funding')}>${t.ics}</button>` : nothing}
${list.length ? html`<button type="button" @click=${() => this.export(list)}>${t.csv}</button>` : nothing}</p>
<ul class="list" part="result">${list.slice(0, this.limit).map((f, i) => this.item(f, i))}</ul>
${list.length || !this.narrowed ? nothing : html`<p part="empty"><button type="button" @click=${this.clear}>${t.clear}</button></p>`}
${list.length > this.limit ? html`<button type="button" @click=${this.more}>${t.more}</button>` : nothing}`;
  }

  override render() {
    this.l = this.contentLang;
    this.t = this.strings(strings);
    return html`<div class="base" part="base">
      ${this.loader.render({
        pending: (progress) => renderLoading(this.shared, progress, this.uiLang),
        error: (error) => renderError(this.shared, error, this.uiLang, () => this.loader.retry()),
        complete: (result) => this.view(result),
      })}
    </div>`;
  }
}
