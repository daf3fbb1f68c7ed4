import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { mailto, type Text } from '../../data/values.js';
import { countryName, resolveText } from '../../data/text.js';
import { DataController } from '../../shared/data-controller.js';
import { emit } from '../../shared/events.js';
import { FollowQuizController } from '../../shared/follow-quiz.js';
import { GatewayElement, warn } from '../../shared/gateway-element.js';
import { fill, formatNumber, plural } from '../../shared/i18n.js';
import { renderError, renderLoading, renderNotice, renderStale } from '../../shared/states.js';
import { baseStyles, chipStyles, tokens } from '../../shared/styles.js';
import { bdi, bdiJoin, iso } from '../../shared/bidi.js';
import { choices, renderChoices, type Choice } from '../../shared/facets.js';
import { FACETS, fit, fitOrder, indexOf, optionId, orderBy, prepareIndex, search, type Index, type Outcome } from './partner-finder.logic.js';
import { finderStrings } from './partner-finder.strings.js';
import { styles } from './partner-finder.styles.js';

const PAGE = 20;
const KEYS = ['query', ...FACETS] as const;
const SORTS = ['relevance', 'name', 'country', 'fit'];
const ignored = (what: string, value: string) => warn(`cg-partner-finder: ignored ${what} "${value}", not in the data`);

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
 * @fires cg-data-load - The data loaded: `{ src, counts }`.
 * @fires cg-data-warning - Some records were skipped or fields dropped: `{ src, skipped, dropped, total }`.
 * @fires cg-data-error - The data could not be shown: `{ src, message, issues }`.
 * @csspart base - The widget's outer box.
 * @csspart header - The search and filter controls.
 * @csspart result - The list of results.
 * @csspart card - One result.
 * @csspart card-title - A result's name.
 * @csspart empty - Shown when nothing matches.
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
export class CgPartnerFinder extends GatewayElement {
  static override styles = [tokens('partner-finder'), baseStyles, chipStyles, styles];

  private readonly loader = new DataController(this, 'clusters', prepareIndex);
  private readonly quiz = new FollowQuizController(this, () => (this.shown = PAGE));

  @state() private f: Record<string, string> = {};
  @state() private sort = '';
  @state() private shown = PAGE;
  @state() private open = -1;

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

  private ix?: Index;
  private h = -1;
  private count = 0;
  private cache = new Map<string, unknown>();

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.pop);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.pop);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const records = this.loader.value?.records;
    if (!records) return;
    const ix = indexOf(records);
    const fresh = ix !== this.ix;
    if (fresh) {
      this.ix = ix;
      this.cache.clear();
    }
    if (fresh || changed.has('home')) {
      this.h = records.findIndex((r) => r.id === this.home);
      if (this.home && this.h < 0) ignored('home', this.home);
    }
    const attrs = ['query', 'country', 'sector'] as const;
    if (fresh || attrs.some((a) => changed.has(a))) {
      const f = { ...this.f };
      for (const a of attrs) if (fresh || changed.has(a)) f[a] = this[a];
      const url = this.fromUrl();
      this.f = this.clean(fresh && this.urlState && Object.values(url).some(Boolean) ? url : f);
    }
  }

  protected override updated(): void {
    const dialog = this.q('dialog') as HTMLDialogElement | null;
    if (dialog && !dialog.open) dialog.showModal();
  }

  private q(selector: string, n = 0) {
    return this.renderRoot.querySelectorAll<HTMLElement>(selector)[n];
  }

  /** Keeps known facet values (in the data's own spelling) and warns about the others. */
  private clean(f: Record<string, string>) {
    FACETS.forEach((k, i) => {
      const id = f[k] ? optionId(this.ix!, i, f[k]) : 0;
      if (id < 0) ignored(k, f[k]!);
      if (f[k]) f[k] = this.ix!.options[i]![id]?.key ?? '';
    });
    return f;
  }

  private fromUrl(): Record<string, string> {
    const params = new URLSearchParams(location.search);
    return Object.fromEntries(KEYS.map((k) => [k, params.get(`pf-${k}`) ?? '']));
  }

  private readonly pop = () => {
    if (this.urlState && this.ix) {
      this.f = this.clean(this.fromUrl());
      this.shown = PAGE;
    }
  };

  private memoised<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as T;
  }

  /** A change made by the visitor: new results, the URL (pushed unless typing), and `cg-filter-change`. */
  private async set(f: Record<string, string>, push = true) {
    this.f = f;
    this.shown = PAGE;
    if (this.urlState) {
      const url = new URL(location.href);
      for (const k of KEYS) url.searchParams.delete(`pf-${k}`);
      for (const k of KEYS) if (f[k]) url.searchParams.set(`pf-${k}`, f[k]);
      if (url.href !== location.href) history[push ? 'pushState' : 'replaceState'](history.state, '', url);
    }
    await this.updateComplete;
    emit(this, 'cg-filter-change', { filters: Object.fromEntries(Object.entries(f).filter(([, v]) => v)), resultCount: this.count });
  }

  private async clear() {
    if (this.quiz.markets.length) this.quiz.clear();
    await this.set({});
    this.q('input')!.focus();
  }

  private async more() {
    this.shown += PAGE;
    await this.updateComplete;
    this.q('.name', this.shown - PAGE)?.focus();
  }

  private async closed() {
    const i = this.open;
    this.open = -1;
    await this.updateComplete;
    this.q(`[data-i="${i}"]`)?.focus();
  }

  override render() {
    return html`<div class="base" part="base" lang=${this.uiLang}>
      ${this.loader.render({
        pending: (progress) => renderLoading(this.shared, progress, this.uiLang),
        error: (error) => renderError(this.shared, error, this.uiLang, () => this.loader.retry()),
        complete: (result) => html`${renderNotice(this.shared, result, this.uiLang)}${this.view()}`,
      })}
    </div>`;
  }

  private view() {
    const t = this.strings(finderStrings);
    const lang = this.uiLang;
    const cl = this.contentLang;
    const ix = this.ix!;
    const sort = this.sort || (this.h < 0 ? 'relevance' : 'fit');
    const order =
      sort === 'name' || sort === 'country'
        ? this.memoised(sort + cl, () => {
            const { compare } = new Intl.Collator(cl);
            const names = ix.records.map((r) => resolveText(r.name, cl));
            const country = (i: number) => countryName(ix.records[i]!.country, cl);
            return orderBy(ix, (a, b) => (sort === 'country' && compare(country(a), country(b))) || compare(names[a]!, names[b]!));
          })
        : this.h < 0
          ? ix.records.keys()
          : this.memoised(`f${this.h}`, () => fitOrder(ix, this.h));
    // The Target-market select wins over the quiz's markets (any of them).
    const selected = FACETS.map((k, f) => (this.f[k] ? [this.f[k]!] : f === 1 ? this.quiz.markets : []).map((v) => optionId(ix, f, v)));
    // The last outcome in this order and with this host left out lets typing on search only its matches.
    const last = `~${sort}${cl}${this.h}`;
    // One outcome per search and filters (a render for "Show more" or the dialog reuses it).
    const key = JSON.stringify([this.f.query, selected]);
    let outcome = this.cache.get(last) as (Outcome & { key?: string; options?: [Choice[], number][] }) | undefined;
    if (outcome?.key !== key) this.cache.set(last, (outcome = { ...search(ix, this.f.query ?? '', selected, order, this.h, outcome), key }));
    const { hits, counts } = outcome;
    this.count = hits.length;
    // Facet option names in the content language, once per language; what each select lists, once per outcome.
    const labels = this.memoised(cl, () =>
      ix.options.map((list, f) => list.map((o) => (f < 2 ? countryName(o.key, cl) : f > 4 ? t.labels[o.key as 'gold'] : resolveText(o.text, cl)))),
    );
    const { compare } = new Intl.Collator(cl);
    const options = (outcome.options ??= labels.map((names, f) =>
      choices(
        names.map((name, id) => [ix.options[f]![id]!.key, name, counts[f]![id]!]),
        selected[f]!.map((id) => ix.options[f]![id]?.key ?? ''),
        this.f.query ?? '',
        compare,
      ),
    ));
    const value = (e: Event) => (e.target as HTMLInputElement).value;
    const box = (id: string, label: string, control: unknown) => html`<div><label for=${id}>${label}</label>${control}</div>`;
    return html`<form class="filters" part="header" @submit=${(e: Event) => e.preventDefault()}>
        ${box('query', t.search, html`<input id="query" type="search" .value=${this.f.query ?? ''} @input=${(e: Event) => this.set({ ...this.f, query: value(e) }, false)} />`)}
        ${FACETS.map((k, f) =>
          box(
            k,
            t.facets[f]!,
            html`<select id=${k} @change=${(e: Event) => this.set({ ...this.f, [k]: value(e) })}>
              <option value="">${t.all}</option>
              ${renderChoices(options[f]!, this.f[k] ?? '', lang, this.shared)}
            </select>`,
          ),
        )}
        ${box(
          'sort',
          t.sort,
          html`<select id="sort" @change=${(e: Event) => ((this.sort = value(e)), (this.shown = PAGE))}>
            ${SORTS.map((s, i) => (s === 'fit' && this.h < 0 ? nothing : html`<option value=${s} .selected=${s === sort}>${t.sorts[i]}</option>`))}
          </select>`,
        )}
        <button type="button" @click=${this.clear}>${t.clear}</button>
      </form>
      ${this.quiz.renderChip(this.shared, lang, cl)}
      <p role="status">${plural(lang, hits.length, t.count)}</p>
      ${hits.length
        ? html`<ul part="result">
              ${hits.slice(0, this.shown).map((i) => html`<li class="card" part="card">${this.info(i)}</li>`)}
            </ul>
            ${hits.length > this.shown ? html`<button type="button" @click=${this.more}>${t.more}</button>` : nothing}`
        : html`<p part="empty"><button type="button" @click=${this.clear}>${t.clear}</button></p>`}
      ${this.open < 0
        ? nothing
        : html`<dialog aria-labelledby="title" @close=${this.closed}>
            <form method="dialog"><button>${t.close}</button></form>
            ${this.info(this.open, true)}
          </dialog>`}`;
  }

  /** A result: its card, or with `full` the details dialog's content (adds the description). */
  private info(i: number, full = false) {
    const t = this.strings(finderStrings);
    const lang = this.uiLang;
    const cl = this.contentLang;
    const r = this.ix!.records[i]!;
    const name = resolveText(r.name, cl);
    // Data values are marked with iso() where they meet other text; bdi() puts each in a <bdi>.
    const tags = (list?: Text[]) => list?.map((tag) => iso(resolveText(tag, cl))).join(', ');
    const rows = [
      [t.facets[2], tags(r.sectors)],
      [t.facets[3], tags(r.collaborationInterests)],
      [t.facets[1], r.targetCountries?.map((c) => iso(countryName(c, cl))).join(', ')],
      [t.facets[4], tags(r.keyServices)],
      [t.members, r.members && formatNumber(lang, Object.values(r.members).reduce((a, b) => a + b, 0))],
      [t.smes, r.members?.smes === undefined ? '' : formatNumber(lang, r.members.smes)],
    ];
    return html`${full
        ? html`<h2 id="title">${name}</h2>`
        : html`<h3 part="card-title">
            <button
              type="button"
              class="name"
              data-i=${i}
              @click=${() => {
                this.open = i;
                emit(this, 'cg-select', { kind: 'cluster', id: r.id });
              }}
            >
              ${name}
            </button>
          </h3>`}
      <p class="meta">
        ${bdiJoin([r.acronym, countryName(r.country, cl), r.city, resolveText(r.region, cl)], ' · ')}
      </p>
      ${r.label ? html`<span class="badge">${t.facets[5]}: ${t.labels[r.label]}</span>` : nothing}
      ${renderStale(this.shared, r.lastVerified, this.uiLang)}
      ${full ? html`<p>${resolveText(r.description, cl)}</p>` : nothing}
      <dl>
        ${rows.map(([k, v]) => (v ? html`<div><dt>${k}</dt><dd>${bdi(v)}</dd></div>` : nothing))}
      </dl>
      ${this.h < 0
        ? nothing
        : html`<ul class="why">
            ${fit(this.ix!, this.h, i).reasons.map(([k, v]) => html`<li>${bdi(fill(t[k], { x: typeof v === 'string' ? iso(countryName(v, cl)) : tags(v)! }))}</li>`)}
          </ul>`}
      <p>
        ${r.website ? html`<a href=${r.website}>${new URL(r.website).host}</a>` : nothing}
        ${r.email ? html`<a href=${mailto(r.email)} dir="auto">${r.email}</a>` : nothing}
      </p>`;
  }
}
