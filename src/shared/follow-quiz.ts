/**
 * `follow-quiz`: a widget with this attribute listens for `cg-quiz-complete` on the document and takes the
 * visitor's chosen target markets (and weak dimensions) as its filter, shown as a removable chip
 * ("From your quiz: Japan, Canada"). The last completion on the page is remembered, so a widget that is
 * added (or re-rendered) after the quiz finished still follows it.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { countryName } from '../data/text.js';
import type { GatewayEvents } from './events.js';
import { fill, formatList, type Lang } from './i18n.js';
import type { SharedStrings } from './strings.js';
import { bdi, iso } from './bidi.js';

type Completion = GatewayEvents['cg-quiz-complete'];

/**
 * What a page has heard from its quizzes: the last completion, remembered for followers added later, and the
 * followers on the page. One per document (`pageQuizzes()`), listening from the moment it is first asked for:
 * when a quiz is registered (readiness-quiz/define.ts) or a follower is created.
 */
export class PageQuizzes {
  /** The last completion (or results a quiz reopened at), whoever follows it. */
  last: Completion | undefined;
  readonly followers = new Set<FollowQuizController>();

  constructor(page: Document) {
    page.addEventListener('cg-quiz-complete', (event) => {
      this.last = event.detail;
    });
  }

  /**
   * A quiz that opens at its results (a saved session, a results link) with target markets tells the followers
   * that follow no markets yet, as a completion does, but with no `cg-quiz-complete`: the page hears of a
   * completion once, when the visitor completes. Without markets it changes nothing (a door-opener keeps its
   * `market`), and a widget already following markets keeps them.
   */
  restored(detail: Completion): void {
    if (!detail.targetMarkets.length) return;
    this.last = detail;
    this.followers.forEach((follower) => follower.markets.length || follower.take(detail));
  }

  /** Forgets the last completion, as a new page load would. */
  forget(): void {
    this.last = undefined;
  }
}

const pages = new WeakMap<Document, PageQuizzes>();

/** The quizzes of `page` (this document unless told), made on first use. */
export function pageQuizzes(page: Document = document): PageQuizzes {
  let quizzes = pages.get(page);
  if (!quizzes) pages.set(page, (quizzes = new PageQuizzes(page)));
  return quizzes;
}

/** A quiz reopened at its results on this page: see `PageQuizzes.restored`. */
export const restored = (detail: Completion): void => pageQuizzes().restored(detail);

export interface FollowQuizHost extends ReactiveControllerHost, EventTarget {
  /** The widget's `follow-quiz` attribute. */
  followQuiz: boolean;
}

export class FollowQuizController implements ReactiveController {
  /** The target markets taken from the quiz (empty when none, or when the visitor removed the chip). */
  markets: string[] = [];
  /** Dimension ids whose percentage is below 50, weakest first. */
  weakDimensions: string[] = [];
  private dismissed?: Completion;
  private readonly page = pageQuizzes();

  constructor(
    private readonly host: FollowQuizHost,
    /** Called when the markets change because of the quiz or the chip (not when code sets filters). */
    private readonly onChange: (markets: string[]) => void = () => undefined,
  ) {
    host.addController(this);
  }

  private readonly handle = (event: Event) => {
    this.take((event as CustomEvent<Completion>).detail);
  };

  hostConnected(): void {
    const { last } = this.page;
    this.page.followers.add(this);
    document.addEventListener('cg-quiz-complete', this.handle);
    if (last && last !== this.dismissed && this.host.followQuiz && this.markets.length === 0) this.take(last);
  }

  hostDisconnected(): void {
    this.page.followers.delete(this);
    document.removeEventListener('cg-quiz-complete', this.handle);
  }

  /** Follows a completion (the quiz's markets and weak dimensions), if the widget has `follow-quiz`. */
  take(detail: Completion): void {
    if (!this.host.followQuiz) return;
    this.dismissed = undefined;
    this.markets = [...detail.targetMarkets];
    this.weakDimensions = Object.entries(detail.dimensions)
      .filter(([, percent]) => percent < 50)
      .sort((a, b) => a[1] - b[1])
      .map(([id]) => id);
    this.onChange(this.markets);
    this.host.requestUpdate();
  }

  /** The visitor removed the chip: stop filtering by the quiz until it completes again. */
  clear(): void {
    this.dismissed = this.page.last;
    this.markets = [];
    this.weakDimensions = [];
    this.onChange(this.markets);
    this.host.requestUpdate();
  }

  /** The removable chip, or nothing when no quiz filter applies. */
  renderChip(strings: SharedStrings, lang: Lang, contentLang: string) {
    if (!this.markets.length) return nothing;
    const names = formatList(
      lang,
      this.markets.map((code) => iso(countryName(code, contentLang))),
    );
    return html`<p class="quiz-chip" part="quiz-chip">
      <span>${bdi(fill(strings.fromYourQuiz, { markets: names }))}</span>
      <button
        type="button"
        class="chip-remove"
        aria-label=${fill(strings.removeQuizFilter, { markets: names })}
        @click=${() => this.clear()}
      >
        ×
      </button>
    </p>`;
  }
}
