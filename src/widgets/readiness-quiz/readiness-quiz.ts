import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataError } from '../../data/errors.js';
import type { Quiz, QuizQuestion } from '../../data/schema.js';
import { countryName, fold, resolveText } from '../../data/text.js';
import { COUNTRY_CODES, type Text } from '../../data/values.js';
import { DataController } from '../../shared/data-controller.js';
import { emit, type GatewayEvents } from '../../shared/events.js';
import { restored } from '../../shared/follow-quiz.js';
import { GatewayElement } from '../../shared/gateway-element.js';
import { fill, formatList, formatNumber, plural } from '../../shared/i18n.js';
import { renderError, renderLoading, renderNotice } from '../../shared/states.js';
import { baseStyles, tokens } from '../../shared/styles.js';
import { chosen, decode, encode, score, shown, type Answer, type Answers } from './readiness-quiz.logic.js';
import { quizStrings, type QuizStrings } from './readiness-quiz.strings.js';
import { styles } from './readiness-quiz.styles.js';
import { bdi, iso } from '../../shared/bidi.js';

type Result = GatewayEvents['cg-quiz-complete'];

/**
 * @tagname cg-readiness-quiz
 * @summary Measures how ready a company or cluster is to go international, per dimension, with a readiness level and next steps.
 *
 * An intro, one question per step (`showIf` branching), then the overall percentage, its band, a bar per
 * dimension, recommendations for weak dimensions and the chosen target markets. Answers are kept in
 * localStorage per quiz id and version; "Copy link" puts them in the URL fragment `#cg-quiz=…`.
 *
 * @fires cg-quiz-answer - The visitor answered a question: `{ quizId, questionId, answer }`.
 * @fires cg-quiz-complete - The visitor asked for the results: `{ quizId, version, overall, band, dimensions, targetMarkets }`.
 * @fires cg-data-load - The data loaded: `{ src, counts }`.
 * @fires cg-data-warning - Some records were skipped or fields dropped: `{ src, skipped, dropped, total }`.
 * @fires cg-data-error - The data could not be shown: `{ src, message, issues }`.
 * @csspart base - The widget's outer box.
 * @csspart option - An answer (label with its radio button or checkbox).
 * @csspart result - The results.
 * @csspart error - The data-problem panel.
 * @csspart loading - The loading view.
 * @csspart notice - The notice of skipped records.
 * @cssprop --cg-color-accent - Accent colour (links, buttons, focus ring, bars).
 * @cssprop --cg-color-surface - Background colour.
 * @cssprop --cg-color-text - Text colour.
 * @cssprop --cg-font-family - Font family.
 * @cssprop --cg-radius - Corner radius.
 * @cssprop --cg-space - Base spacing.
 */
export class CgReadinessQuiz extends GatewayElement {
  static override styles = [tokens('readiness-quiz'), baseStyles, styles];

  private readonly loader = new DataController(this, 'quizzes');

  @state() private answers: Answers = new Map();
  /** -1: the intro; 0…n-1: the question at that place among those shown; n: the results. */
  @state() private step = -1;
  @state() private filter = '';
  /** The countries chosen when the filter last changed: they stay listed, so unticking one moves nothing. */
  private pinned: string[] = [];
  /** 'bad': the page's `#cg-quiz=` link was stale or invalid; 'ok': link copied; else the link to copy by hand. */
  @state() private note = '';

  /** The id of the quiz to show; default: the first in the data. */
  @property() quiz = '';

  /** Don't keep answers in localStorage. */
  @property({ type: Boolean, attribute: 'no-persist' }) noPersist = false;

  private q?: Quiz;
  private reported = '';
  private key = '';
  private moved = false;

  /** The result shown (as in `cg-quiz-complete`), or undefined before the results. */
  get result(): Result | undefined {
    const q = this.q;
    return q && this.step >= shown(q, this.answers).length ? this.detail(q) : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const records = this.loader.records;
    const q = (this.q = this.quiz ? records.find((r) => r.id === this.quiz) : records[0]);
    if (q && `cg-quiz:${q.id}:${q.version}` !== this.key) {
      // A new quiz: open the results of a link made for it, else continue where the visitor was.
      this.key = `cg-quiz:${q.id}:${q.version}`;
      const linked = decode(q, location.hash.replace('#cg-quiz=', ''));
      this.note = linked === null ? 'bad' : '';
      this.filter = '';
      this.pinned = [];
      this.answers = linked ?? new Map();
      this.step = linked ? Infinity : -1;
      try {
        const [step, code] = this.noPersist || linked ? [] : JSON.parse(localStorage.getItem(this.key)!);
        const saved = decode(q, code);
        if (saved) [this.answers, this.step] = [saved, step | 0];
      } catch {
        // nothing saved, or storage that is blocked: start at the intro
      }
      const result = this.result;
      if (result) restored(result);
    }
  }

  protected override updated(): void {
    // A quiz that is named but absent, or no valid quiz at all, is an error the page hears about too.
    const missing = this.loader.value && !this.q ? this.missing() : undefined;
    if (missing && missing.message !== this.reported) this.loader.report(missing);
    this.reported = missing?.message ?? '';
    if (this.moved) this.renderRoot.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
    this.moved = false;
  }

  private missing(): DataError | undefined {
    const result = this.loader.value;
    if (!result) return undefined;
    return result.records.length
      ? new DataError('not-found', this.src, { section: 'quiz', wanted: this.quiz, available: result.records.map((r) => r.id) })
      : new DataError('no-valid-record', this.src, { section: 'quizzes' }, result.skipped);
  }

  private detail(q: Quiz): Result {
    const { overall, band, dimensions, targetMarkets } = score(q, this.answers);
    // Own properties only (Object.fromEntries defines them, `__proto__` too): the page gets plain JSON.
    return {
      quizId: q.id,
      version: q.version,
      overall,
      band: resolveText(band.label, this.contentLang),
      dimensions: Object.fromEntries(dimensions),
      targetMarkets,
    };
  }

  /** Keeps the answers and the step; forgets them at the intro with nothing answered ("Start over"). */
  private save(): void {
    try {
      if (this.noPersist) return;
      if (this.step < 0 && !this.answers.size) localStorage.removeItem(this.key);
      else localStorage.setItem(this.key, JSON.stringify([this.step, encode(this.q!, this.answers)]));
    } catch {
      // private mode, blocked storage or a full quota: the quiz works without
    }
  }

  private go(step: number): void {
    this.step = step;
    this.filter = this.note = '';
    this.pinned = [];
    this.moved = true;
    this.save();
    if (step >= shown(this.q!, this.answers).length) emit(this, 'cg-quiz-complete', this.detail(this.q!));
  }

  private answer(question: QuizQuestion, answer: Answer): void {
    const q = this.q!;
    const answers = new Map(this.answers);
    if (answer.length) answers.set(question.id, answer);
    else answers.delete(question.id);
    this.answers = answers;
    // Keeps the place on this question when a branch opens or closes before it.
    this.step = shown(q, this.answers).indexOf(question);
    this.save();
    emit(this, 'cg-quiz-answer', { quizId: q.id, questionId: question.id, answer });
  }

  private restart(): void {
    this.answers = new Map();
    this.go(-1);
  }

  private async copy(): Promise<void> {
    const url = `${location.href.split('#')[0]}#cg-quiz=${encode(this.q!, this.answers)}`;
    try {
      await navigator.clipboard.writeText(url);
      this.note = 'ok';
    } catch {
      this.note = url;
    }
  }

  // Templates are written without indentation inside them: every space in a template ships in the bundle.

  /** Back, the forward action, and Start over. */
  private nav(t: QuizStrings, back: number, forward: TemplateResult) {
    return html`<div class="nav"><button @click=${() => this.go(back)}>${t.back}</button>${forward}<button @click=${this.restart}>${t.restart}</button></div>`;
  }

  /** One question: a fieldset, the progress, the buttons. */
  private ask(list: QuizQuestion[], i: number, t: QuizStrings) {
    const lang = this.contentLang;
    const question = list[i]!;
    const type = question.type;
    const given = chosen(this.answers.get(question.id));
    const many = type === 'multiple' || type === 'countries';
    const needle = fold(this.filter);
    const options =
      type === 'countries'
        ? COUNTRY_CODES.map((c) => [c, countryName(c, lang)] as const)
            .filter(([c, name]) => given.includes(c) || this.pinned.includes(c) || fold(name).includes(needle))
            .sort((a, b) => a[1].localeCompare(b[1], this.uiLang))
        : question.options!.map((o) => [o.id, resolveText(o.label, lang)] as const);
    const toggle = (id: string) => (e: Event) =>
      this.answer(question, !many ? id : (e.target as HTMLInputElement).checked ? [...given, id] : given.filter((g) => g !== id));
    return html`<fieldset class=${type} aria-describedby=${question.help ? 'help' : nothing}>
<legend tabindex="-1">${bdi(iso(resolveText(question.text, lang)))}${question.required === false ? ` (${t.optional})` : ''}</legend>
${question.help ? html`<p id="help">${resolveText(question.help, lang)}</p>` : nothing}
${type === 'countries'
  ? html`<label>${t.filter} <input type="search" .value=${this.filter} @input=${(e: Event) => ((this.pinned = given), (this.filter = (e.target as HTMLInputElement).value))}></label>`
  : nothing}
<div class="opts">${options.map(
  ([id, label]) =>
    html`<label part="option"><input type=${many ? 'checkbox' : 'radio'} name="a" .checked=${given.includes(id)} @change=${toggle(id)}>${label}</label>`,
)}</div>
</fieldset>
<p class="progress"><span id="of">${fill(t.of, { i: i + 1, n: list.length })}</span>
<progress aria-labelledby="of" max=${list.length} value=${i + 1}></progress></p>
${this.nav(
  t,
  i - 1,
  html`<button class="primary" ?disabled=${question.required !== false && !given.length} @click=${() => this.go(i + 1)}>${
    i + 1 < list.length ? t.next : t.done
  }</button>`,
)}`;
  }

  /** The results: overall, band, a bar per dimension, next steps, target markets. */
  private report(q: Quiz, back: number, t: QuizStrings) {
    const lang = this.contentLang;
    const r = score(q, this.answers);
    const percent = (n: number) => formatNumber(lang, n / 100, { style: 'percent' });
    const row = (title: Text, p: number) =>
      html`<tr><th scope="row">${resolveText(title, lang)}</th><td>${percent(p)}</td>
<td><svg aria-hidden="true"><rect width="${Math.max(0, p)}%" height="100%"></rect></svg></td></tr>`;
    return html`<section part="result">
<h2 tabindex="-1">${t.result} ${percent(r.overall)} – ${bdi(iso(resolveText(r.band.label, lang)))}</h2>
<p>${resolveText(r.band.summary, lang)}</p>
<table><caption>${t.areas}</caption>${q.dimensions.map((d) => (r.dimensions.has(d.id) ? row(d.title, r.dimensions.get(d.id)!) : nothing))}</table>
${r.recommendations.length
  ? html`<h3>${t.steps}</h3><ul>${r.recommendations.map(
      (x) =>
        html`<li>${bdi(iso(resolveText(x.text, lang)))} ${x.link ? html`<a href=${x.link.href} rel="noopener" dir="auto">${resolveText(x.link.label, lang)}</a>` : nothing}
${x.widget ? html`<button class="primary" @click=${() => show(x.widget!)}>${t.show}</button>` : nothing}</li>`,
    )}</ul>`
  : nothing}
${r.targetMarkets.length ? html`<h3>${t.markets}</h3><p>${bdi(formatList(lang, r.targetMarkets.map((c) => iso(countryName(c, lang)))))}</p>` : nothing}
${this.nav(t, back, html`<button class="primary" @click=${this.copy}>${t.copy}</button>`)}
${this.note.length > 3 ? html`<label>${t.copy} <input type="text" readonly .value=${this.note}></label>` : nothing}
<p role="status">${this.note === 'ok' ? t.copied : ''}</p></section>`;
  }

  /** The intro, a question or the results. */
  private body(q: Quiz) {
    const t = this.strings(quizStrings);
    const lang = this.contentLang;
    const list = shown(q, this.answers);
    const n = list.length;
    const i = Math.min(this.step, n);
    return html`${this.note === 'bad' ? html`<p class="notice">${t.bad}</p>` : nothing}${i < 0
      ? html`<h2 tabindex="-1">${resolveText(q.title, lang)}</h2>
${q.intro ? html`<p>${resolveText(q.intro, lang)}</p>` : nothing}
<p>${fill(plural(lang, n, t.count), { m: Math.ceil(n / 4) })}</p>
<button class="primary" @click=${() => this.go(0)}>${t.start}</button>`
      : i < n
        ? this.ask(list, i, t)
        : this.report(q, n - 1, t)}`;
  }

  override render() {
    const retry = () => this.loader.retry();
    return html`<div class="base" part="base">${this.loader.render({
      pending: (progress) => renderLoading(this.shared, progress, this.uiLang),
      error: (error) => renderError(this.shared, error, this.uiLang, retry),
      complete: (result) =>
        this.q
          ? html`${renderNotice(this.shared, result, this.uiLang)}${this.body(this.q)}`
          : renderError(this.shared, this.missing()!, this.uiLang, retry),
    })}</div>`;
  }
}

/** Scrolls to an element of the page (a widget that follows the quiz) and moves focus there. */
const show = (id: string) => {
  const target = document.getElementById(id);
  if (!target) return console.warn(`Cluster Gateway: no element with id "${id}" on this page`);
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth', block: 'start' });
  target.focus({ preventScroll: true });
};
