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
let last: Completion | undefined;

// One listener for the page: every completion is remembered, whoever follows it.
if (typeof document !== 'undefined') {
  document.addEventListener('cg-quiz-complete', (event) => {
    last = event.detail;
  });
}

const followers = new Set<FollowQuizController>();

/**
 * A quiz that opens at its results (a saved session, a results link) with target markets tells the followers
 * that follow no markets yet, as a completion does, but with no `cg-quiz-complete`: the page hears of a
 * completion once, when the visitor completes. Without markets it changes nothing (a door-opener keeps its
 * `market`), and a widget already following markets keeps them.
 */
export const restored = (detail: Completion): void => {
  if (!detail.targetMarkets.length) return;
  last = detail;
  followers.forEach((f) => f.markets.length || f.take(detail));
};

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
    followers.add(this);
    document.addEventListener('cg-quiz-complete', this.handle);
    if (last && last !== this.dismissed && this.host.followQuiz && this.markets.length === 0) this.take(last);
  }

  hostDisconnected(): void {
    followers.delete(this);
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
    this.dismissed = last;
    this.markets = [];
    this.weakDimensions = [];
    this.onChange(this.markets);
    this.host.requestUpdate();
  }

  /** The removable chip, or nothing when no quiz filter applies. */
  renderChip(t: SharedStrings, lang: Lang, contentLang: string) {
    if (!this.markets.length) return nothing;
    const names = formatList(lang, this.markets.map((code) => iso(countryName(code, contentLang))));
    return html`<p class="quiz-chip" part="quiz-chip">
      <span>${bdi(fill(t.fromYourQuiz, { markets: names }))}</span>
      <button type="button" class="chip-remove" aria-label=${fill(t.removeQuizFilter, { markets: names })} @click=${() => this.clear()}>
        ×
      </button>
    </p>`;
  }
}

/** Test hook: forget the remembered completion. */
export const resetFollowQuiz = () => {
  last = undefined;
};
