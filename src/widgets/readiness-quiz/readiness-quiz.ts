import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataError } from '../../data/errors.js';
import type { SectionResult } from '../../data/validate.js';
import type { Quiz, QuizQuestion, QuizRecommendation } from '../../data/schema.js';
import { countryName, fold, resolveText } from '../../data/text.js';
import { COUNTRY_CODES, type Text } from '../../data/values.js';
import { DataController } from '../../shared/data-controller.js';
import { emit, type GatewayEvents } from '../../shared/events.js';
import { restored } from '../../shared/follow-quiz.js';
import { GatewayElement, warn } from '../../shared/gateway-element.js';
import { fill, formatList, formatNumber, plural } from '../../shared/i18n.js';
import { renderError, renderNotice } from '../../shared/states.js';
import { baseStyles, tokens } from '../../shared/styles.js';
import { chosen, decode, encode, score, shown, type Answer, type Answers, type Score } from './readiness-quiz.logic.js';
import { quizStrings, type QuizStrings } from './readiness-quiz.strings.js';
import { styles } from './readiness-quiz.styles.js';
import { bdi, iso } from '../../shared/bidi.js';

type Result = GatewayEvents['cg-quiz-complete'];

/** Where a quiz's answers are kept: another version is another key, so it starts afresh. */
const storageKeyOf = (quiz: Quiz) => `cg-quiz:${quiz.id}:${quiz.version}`;

/** A line the quiz shows besides the step it is on; one at a time. */
type Note =
  /** The page's `#cg-quiz=` link was stale or invalid: its answers are ignored. */
  | { kind: 'invalid-link' }
  | { kind: 'link-copied' }
  /** The clipboard refused: the link, in a field to copy by hand. */
  | { kind: 'copy-by-hand'; url: string };

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
 * @csspart option - An answer (label with its radio button or checkbox).
 * @csspart result - The results.
 */
export class CgReadinessQuiz extends GatewayElement {
  static override styles = [tokens('readiness-quiz'), baseStyles, styles];

  private readonly loader = new DataController(this, 'quizzes');

  @state() private answers: Answers = new Map();
  /** -1: the intro; 0…n-1: the question at that place among those asked; n or more: the results. */
  @state() private step = -1;
  /** What the visitor typed in the filter of a `countries` question. */
  @state() private countryFilter = '';
  /** The countries chosen when the filter last changed: they stay listed, so unticking one moves nothing. */
  @state() private pinnedCountries: string[] = [];
  /** A notice besides the step: the page's link was invalid, or what became of "Copy link". */
  @state() private note?: Note;

  /** The id of the quiz to show; default: the first in the data. */
  @property() quiz = '';

  /** Don't keep answers in localStorage. */
  @property({ type: Boolean, attribute: 'no-persist' }) noPersist = false;

  // Derived in willUpdate from the properties, the state and the data.
  /** The quiz shown: the one `quiz` names, else the first; undefined before the data, or when there is no such quiz. */
  private activeQuiz?: Quiz;
  /** The questions asked under the answers given, in quiz order. */
  private asked: QuizQuestion[] = [];
  /** The scores, on the results (undefined before them). */
  private scored?: Score;
  /** Why the data that loaded has no quiz to show: a `quiz` naming none, or no valid quiz at all. */
  private problem?: DataError;

  /** The localStorage key of the quiz shown; a new key is a new quiz, which starts afresh. */
  private storageKey = '';
  /** The message of the problem last reported to the page, so that each is reported once. */
  private reportedProblem = '';
  /** The visitor moved to another step: the focus goes to its heading or legend after the update. */
  private focusPending = false;
  /** The result a quiz opened at (a saved session or a results link), for the widgets that follow the quiz. */
  private reopenedResult?: Result;

  /** The result shown (as in `cg-quiz-complete`), or undefined before the results. */
  get result(): Result | undefined {
    const quiz = this.activeQuiz;
    return quiz && this.step >= shown(quiz, this.answers).length ? this.resultOf(quiz) : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const records = this.loader.records;
    const quiz = (this.activeQuiz = this.quiz ? records.find((record) => record.id === this.quiz) : records[0]);
    if (quiz && storageKeyOf(quiz) !== this.storageKey) this.open(quiz);
    this.asked = quiz ? shown(quiz, this.answers) : [];
    this.scored = quiz && this.step >= this.asked.length ? score(quiz, this.answers) : undefined;
    const loaded = this.loader.value;
    this.problem = loaded && !quiz ? this.missing(loaded) : undefined;
  }

  protected override updated(): void {
    // A quiz that is named but absent, or no valid quiz at all, is an error the page hears about too.
    if (this.problem && this.problem.message !== this.reportedProblem) this.loader.report(this.problem);
    this.reportedProblem = this.problem?.message ?? '';
    if (this.reopenedResult) restored(this.reopenedResult);
    this.reopenedResult = undefined;
    if (this.focusPending) this.renderRoot.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
    this.focusPending = false;
  }

  /** A new quiz: opens the results of a link made for it, else continues where the visitor was. */
  private open(quiz: Quiz): void {
    this.storageKey = storageKeyOf(quiz);
    const linked = decode(quiz, location.hash.replace('#cg-quiz=', ''));
    const saved = this.noPersist || linked ? undefined : this.readSaved(quiz);
    this.answers = saved?.answers ?? linked ?? new Map();
    this.step = saved?.step ?? (linked ? Infinity : -1);
    this.note = linked === null ? { kind: 'invalid-link' } : undefined;
    this.countryFilter = '';
    this.pinnedCountries = [];
    this.reopenedResult = this.result;
  }

  /** Why data that loaded has no quiz to show: it has none named `quiz`, or no valid quiz at all. */
  private missing(loaded: SectionResult<Quiz>): DataError {
    return loaded.records.length
      ? new DataError('not-found', this.src, { section: 'quiz', wanted: this.quiz, available: loaded.records.map((record) => record.id) })
      : new DataError('no-valid-record', this.src, { section: 'quizzes' }, loaded.skipped);
  }

  private resultOf(quiz: Quiz): Result {
    const { overall, band, dimensions, targetMarkets } = score(quiz, this.answers);
    // Own properties only (Object.fromEntries defines them, `__proto__` too): the page gets plain JSON.
    return {
      quizId: quiz.id,
      version: quiz.version,
      overall,
      band: resolveText(band.label, this.contentLang),
      dimensions: Object.fromEntries(dimensions),
      targetMarkets,
    };
  }

  /** The step and answers kept for this quiz, if any: none saved, none for this version, or storage that is blocked. */
  private readSaved(quiz: Quiz): { step: number; answers: Answers } | undefined {
    try {
      // Whatever is stored: what is not `[step, code]` throws here or in decode, or decodes to nothing.
      const [step, code] = JSON.parse(localStorage.getItem(this.storageKey)!) as [number, string];
      const answers = decode(quiz, code);
      // `| 0`: a whole step, whatever number was stored
      return answers ? { step: step | 0, answers } : undefined;
    } catch {
      return undefined;
    }
  }

  /** Keeps the answers and the step; forgets them at the intro with nothing answered ("Start over"). */
  private save(): void {
    try {
      if (this.noPersist) return;
      if (this.step < 0 && !this.answers.size) localStorage.removeItem(this.storageKey);
      else localStorage.setItem(this.storageKey, JSON.stringify([this.step, encode(this.activeQuiz!, this.answers)]));
    } catch {
      // private mode, blocked storage or a full quota: the quiz works without
    }
  }

  /** Moves to a step (the intro, a question or the results), with the focus; the page hears of a completion once it shows. */
  private async go(step: number): Promise<void> {
    const quiz = this.activeQuiz!;
    this.step = step;
    this.countryFilter = '';
    this.pinnedCountries = [];
    this.note = undefined;
    this.focusPending = true;
    this.save();
    if (step < shown(quiz, this.answers).length) return;
    const result = this.resultOf(quiz);
    await this.updateComplete;
    emit(this, 'cg-quiz-complete', result);
  }

  private async answer(question: QuizQuestion, answer: Answer): Promise<void> {
    const quiz = this.activeQuiz!;
    const answers = new Map(this.answers);
    if (answer.length) answers.set(question.id, answer);
    else answers.delete(question.id);
    this.answers = answers;
    // Keeps the place on this question when a branch opens or closes before it.
    this.step = shown(quiz, this.answers).indexOf(question);
    this.save();
    await this.updateComplete;
    emit(this, 'cg-quiz-answer', { quizId: quiz.id, questionId: question.id, answer });
  }

  private restart(): void {
    this.answers = new Map();
    void this.go(-1);
  }

  private async copyLink(): Promise<void> {
    const url = `${location.href.split('#')[0]}#cg-quiz=${encode(this.activeQuiz!, this.answers)}`;
    try {
      await navigator.clipboard.writeText(url);
      this.note = { kind: 'link-copied' };
    } catch {
      this.note = { kind: 'copy-by-hand', url };
    }
  }

  /** Back, the forward action, and Start over. */
  private renderNav(strings: QuizStrings, back: number, forward: TemplateResult) {
    return html`<div class="nav">
      <button @click=${() => this.go(back)}>${strings.back}</button>
      ${forward}
      <button @click=${this.restart}>${strings.startOver}</button>
    </div>`;
  }

  private renderIntro(quiz: Quiz, strings: QuizStrings) {
    const lang = this.contentLang;
    const count = this.asked.length;
    return html`<h2 tabindex="-1">${resolveText(quiz.title, lang)}</h2>
      ${quiz.intro ? html`<p>${resolveText(quiz.intro, lang)}</p>` : nothing}
      <p>${fill(plural(lang, count, strings.questionCount), { minutes: Math.ceil(count / 4) })}</p>
      <button class="primary" @click=${() => this.go(0)}>${strings.start}</button>`;
  }

  /** The options of a question as `[id, label]`: the quiz's, or the countries (chosen or pinned, and those the filter matches) by name. */
  private optionsOf(question: QuizQuestion, given: string[]): (readonly [string, string])[] {
    const lang = this.contentLang;
    if (question.type !== 'countries') return question.options!.map((option) => [option.id, resolveText(option.label, lang)] as const);
    const needle = fold(this.countryFilter);
    return COUNTRY_CODES.map((code) => [code, countryName(code, lang)] as const)
      .filter(([code, name]) => given.includes(code) || this.pinnedCountries.includes(code) || fold(name).includes(needle))
      .sort((a, b) => a[1].localeCompare(b[1], this.uiLang));
  }

  /** The search field of a `countries` question; typing in it keeps the countries chosen so far in the list. */
  private renderCountryFilter(strings: QuizStrings, given: string[]) {
    const filter = (event: Event) => {
      this.pinnedCountries = given;
      this.countryFilter = (event.target as HTMLInputElement).value;
    };
    return html`<label>${strings.filterCountries} <input type="search" .value=${this.countryFilter} @input=${filter} /></label>`;
  }

  /** The question at `index` among those asked: a fieldset, the progress, the buttons. */
  private renderQuestion(index: number, strings: QuizStrings) {
    const lang = this.contentLang;
    const total = this.asked.length;
    const question = this.asked[index]!;
    const type = question.type;
    const given = chosen(this.answers.get(question.id));
    const many = type === 'multiple' || type === 'countries';
    const toggle = (id: string) => (event: Event) => {
      const ticked = (event.target as HTMLInputElement).checked;
      if (!many) void this.answer(question, id);
      else void this.answer(question, ticked ? [...given, id] : given.filter((other) => other !== id));
    };
    const option = ([id, label]: readonly [string, string]) => {
      const input = html`<input type=${many ? 'checkbox' : 'radio'} name="a" .checked=${given.includes(id)} @change=${toggle(id)} />`;
      return html`<label part="option">${input}${label}</label>`;
    };
    const title = bdi(iso(resolveText(question.text, lang)));
    const optional = question.required === false ? ` (${strings.optional})` : '';
    const answered = question.required === false || given.length > 0;
    const forwardLabel = index + 1 < total ? strings.next : strings.seeResults;
    const forward = html`<button class="primary" ?disabled=${!answered} @click=${() => this.go(index + 1)}>${forwardLabel}</button>`;
    return html`<fieldset class=${type} aria-describedby=${question.help ? 'help' : nothing}>
        <legend tabindex="-1">${title}${optional}</legend>
        ${question.help ? html`<p id="help">${resolveText(question.help, lang)}</p>` : nothing}
        ${type === 'countries' ? this.renderCountryFilter(strings, given) : nothing}
        <div class="opts">${this.optionsOf(question, given).map(option)}</div>
      </fieldset>
      <p class="progress">
        <span id="of">${fill(strings.progress, { number: index + 1, total })}</span>
        <progress aria-labelledby="of" max=${total} value=${index + 1}></progress>
      </p>
      ${this.renderNav(strings, index - 1, forward)}`;
  }

  /** A next step: its text, its link, and a button to the widget on the page it names. */
  private renderRecommendation({ text, link, widget }: QuizRecommendation, strings: QuizStrings) {
    const lang = this.contentLang;
    return html`<li>
      ${bdi(iso(resolveText(text, lang)))}
      ${link ? html`<a href=${link.href} rel="noopener" dir="auto">${resolveText(link.label, lang)}</a>` : nothing}
      ${widget ? html`<button class="primary" @click=${() => scrollToWidget(widget)}>${strings.showMe}</button>` : nothing}
    </li>`;
  }

  /** The link to the results: copied (announced), or in a field to copy by hand when the clipboard refuses. */
  private renderCopyNote(strings: QuizStrings) {
    const note = this.note;
    return html`${note?.kind === 'copy-by-hand' ? html`<label>${strings.copyLink} <input type="text" readonly .value=${note.url} /></label>` : nothing}
      <p role="status">${note?.kind === 'link-copied' ? strings.linkCopied : ''}</p>`;
  }

  /** The results: overall, band, a bar per dimension, next steps, target markets. */
  private renderResults(quiz: Quiz, scored: Score, strings: QuizStrings) {
    const lang = this.contentLang;
    const percent = (value: number) => formatNumber(lang, value / 100, { style: 'percent' });
    const row = (title: Text, value: number) =>
      html`<tr>
        <th scope="row">${resolveText(title, lang)}</th>
        <td>${percent(value)}</td>
        <td>
          <svg aria-hidden="true"><rect width="${Math.min(100, Math.max(0, value))}%" height="100%"></rect></svg>
        </td>
      </tr>`;
    const markets = scored.targetMarkets.map((code) => iso(countryName(code, lang)));
    return html`<section part="result">
      <h2 tabindex="-1">${strings.yourResult} ${percent(scored.overall)} – ${bdi(iso(resolveText(scored.band.label, lang)))}</h2>
      <p>${resolveText(scored.band.summary, lang)}</p>
      <table>
        <caption>
          ${strings.byArea}
        </caption>
        ${quiz.dimensions.map((dimension) => {
          const value = scored.dimensions.get(dimension.id);
          return value === undefined ? nothing : row(dimension.title, value);
        })}
      </table>
      ${
        scored.recommendations.length
          ? html`<h3>${strings.nextSteps}</h3>
              <ul>
                ${scored.recommendations.map((recommendation) => this.renderRecommendation(recommendation, strings))}
              </ul>`
          : nothing
      }
      ${
        markets.length
          ? html`<h3>${strings.targetMarkets}</h3>
              <p>${bdi(formatList(lang, markets))}</p>`
          : nothing
      }
      ${this.renderNav(strings, this.asked.length - 1, html`<button class="primary" @click=${this.copyLink}>${strings.copyLink}</button>`)}
      ${this.renderCopyNote(strings)}
    </section>`;
  }

  /** The intro, a question or the results, under the notice of an invalid link. */
  private renderQuiz(quiz: Quiz) {
    const strings = this.strings(quizStrings);
    const step = this.scored
      ? this.renderResults(quiz, this.scored, strings)
      : this.step < 0
        ? this.renderIntro(quiz, strings)
        : this.renderQuestion(this.step, strings);
    return html`${this.note?.kind === 'invalid-link' ? html`<p class="notice">${strings.invalidLink}</p>` : nothing}${step}`;
  }

  override render() {
    const retry = () => this.loader.retry();
    return html`<div class="base" part="base">
      ${this.renderDataStates(this.loader, (result) =>
        this.activeQuiz
          ? html`${renderNotice(this.shared, result, this.uiLang)}${this.renderQuiz(this.activeQuiz)}`
          : renderError(this.shared, this.problem!, this.uiLang, retry),
      )}
    </div>`;
  }
}

/** Scrolls to an element of the page (a widget that follows the quiz) and moves focus there. */
const scrollToWidget = (id: string) => {
  const target = document.getElementById(id);
  if (!target) return warn(`no element with id "${id}" on this page`);
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth', block: 'start' });
  target.focus({ preventScroll: true });
};
