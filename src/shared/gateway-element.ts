/**
 * What every widget has in common: `src` or `data`, `lang`, `theme`, `timeout`, the shared styles, and
 * the interface language that follows `lang`, then the nearest `[lang]` ancestor, then `<html lang>`.
 */
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { GatewayDocument } from '../data/schema.js';
import { MAX_TIMEOUT } from '../data/load.js';
import type { SectionName } from '../data/schema.js';
import type { DataController, DataViews } from './data-controller.js';
import { renderError, renderLoading } from './states.js';
import { languageTag, pick, uiLang, type Lang, type Table } from './i18n.js';
import { sharedStrings, type SharedStrings } from './strings.js';

const live = new Set<GatewayElement>();
/** The page's own bad `lang` values already warned about: one warning each per page, not one per render. */
const warnedLangs = new Set<string>();

/** One line in the console for a value the page set that a widget normalised or ignored. */
export const warn = (message: string): void => console.warn(`Cluster Gateway: ${message}`);

/** A tag that is not BCP 47 as written (case aside): "en_US", " da ", "x". */
const misspelt = (lang: string, tag: string) => tag.toLowerCase() !== lang.toLowerCase();
const langNote = (lang: string, tag: string) => `lang "${lang}" is not a language tag; using ${tag || 'en'}`;
let htmlLangObserver: MutationObserver | undefined;

/** Widgets follow `<html lang>` changes made after they rendered (e.g. by a site's language switch). */
const watchPageLanguage = () => {
  if (htmlLangObserver) return;
  htmlLangObserver = new MutationObserver(() => {
    for (const element of live) element.requestUpdate();
  });
  htmlLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
};

/**
 * The base of every widget: what the five share, documented once here and inherited by each widget's entry
 * in custom-elements.json. Every token also has a per-widget form that wins over it
 * (`--cg-partner-finder-color-accent`, `--cg-funding-list-radius`…). The colour defaults are for the light
 * theme; the dark theme's follow in brackets.
 *
 * @fires cg-data-load - The data loaded: `{ src, counts }`.
 * @fires cg-data-warning - Some records were skipped or fields dropped: `{ src, skipped, dropped, total }`.
 * @fires cg-data-error - The data could not be shown: `{ src, message, issues }`.
 * @csspart base - The widget's outer box.
 * @csspart error - The data-problem panel.
 * @csspart loading - The loading view.
 * @csspart notice - The notice of skipped records.
 * @cssprop [--cg-color-accent=#0a58a8] - Accent colour: links, buttons, focus ring, bars (dark: #8cc4ff).
 * @cssprop [--cg-color-on-accent=#fff] - Text on accent-coloured buttons (dark: #0b1a2b).
 * @cssprop [--cg-color-surface=#fff] - Background colour (dark: #15191e).
 * @cssprop [--cg-color-text=#1c2127] - Text colour (dark: #e9edf2).
 * @cssprop [--cg-color-muted=#545d68] - Secondary text (dark: #b0bac5).
 * @cssprop [--cg-color-border=#8a939e] - Field and panel borders (dark: #7d8894).
 * @cssprop [--cg-color-subtle=#eef2f6] - Quiet backgrounds (dark: #232a32).
 * @cssprop [--cg-color-danger=#b3261e] - The error panel (dark: #ffb4ab).
 * @cssprop [--cg-color-warning=#8a5a00] - Notices (dark: #f5c26b).
 * @cssprop [--cg-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font family.
 * @cssprop [--cg-font-size=16px] - Base font size; not inherited, so a page's `html { font-size }` cannot shrink the widgets.
 * @cssprop [--cg-radius=6px] - Corner radius.
 * @cssprop [--cg-space=16px] - Base spacing.
 */
export abstract class GatewayElement extends LitElement {
  /** URL of the JSON data file (data format v1). */
  @property() src = '';

  /** A parsed data document, instead of `src`. */
  @property({ attribute: false }) data?: GatewayDocument;

  /** Interface and content language (BCP 47); default: the nearest `lang` on the page, else `en`. */
  @property({ reflect: true }) override lang = '';

  /** `light`, `dark`, or `auto` (follows the visitor's colour scheme). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** Milliseconds to wait for the data file before giving up (at least 100; default 10 000). */
  @property({ type: Number }) timeout = 10_000;

  override connectedCallback(): void {
    super.connectedCallback();
    live.add(this);
    watchPageLanguage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('theme') && !['light', 'dark', 'auto'].includes(this.theme)) {
      warn(`${this.localName}: theme "${this.theme}" is not light, dark or auto; using light`);
      this.theme = 'light';
    }
    if (changed.has('timeout')) {
      const timeout = this.timeout;
      // Not a number, or under 100 ms (seconds written as milliseconds, say): the default; beyond what a timer can wait: the most it can.
      const fixed = timeout >= 100 ? Math.min(Math.round(timeout), MAX_TIMEOUT) : 10_000;
      if (fixed !== timeout) {
        warn(`${this.localName}: timeout "${timeout}" is not 100 to ${MAX_TIMEOUT} ms; using ${fixed}`);
        this.timeout = fixed;
      }
    }
    const tag = languageTag(this.lang);
    if (changed.has('lang') && this.lang && misspelt(this.lang, tag)) warn(`${this.localName}: ${langNote(this.lang, tag)}`);
  }

  /**
   * The BCP 47 tag content is shown in: own `lang`, else the nearest ancestor's, else `en`. A tag written
   * with `_` or spaces is read as meant; one that is not a tag at all counts as an unknown language (`en`).
   */
  get contentLang(): string {
    if (this.lang) return languageTag(this.lang) || 'en';
    const root = this.getRootNode();
    const host = root instanceof ShadowRoot ? root.host : undefined;
    const ancestor = (this.parentElement ?? host)?.closest('[lang]') as HTMLElement | null | undefined;
    const lang = ancestor?.lang || document.documentElement.lang;
    if (!lang) return 'en';
    const tag = languageTag(lang);
    // Warned here, where it is read: the page's lang can change at any time without the widget being told.
    if (misspelt(lang, tag) && !warnedLangs.has(lang)) {
      warnedLangs.add(lang);
      warn(`the page's ${langNote(lang, tag)}`);
    }
    return tag || 'en';
  }

  /** The interface language (one of the five the widgets speak). */
  get uiLang(): Lang {
    return uiLang(this.contentLang);
  }

  /** The shared strings in the interface language. */
  protected get shared(): SharedStrings {
    return pick(sharedStrings, this.uiLang);
  }

  /** A widget's own strings in the interface language. */
  protected strings<T>(table: Table<T>): T {
    return pick(table, this.uiLang);
  }

  /**
   * The data's states in the views every widget shares: loading (with its progress) and the data problem (with
   * Retry); `complete` shows the section's result.
   */
  protected renderDataStates<S extends SectionName>(loader: DataController<S>, complete: DataViews<S>['complete']): unknown {
    return loader.render({
      pending: (progress) => renderLoading(this.shared, progress, this.uiLang),
      error: (error) => renderError(this.shared, error, this.uiLang, () => loader.retry()),
      complete,
    });
  }
}
