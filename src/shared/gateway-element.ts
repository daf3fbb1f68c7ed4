/**
 * What every widget has in common: `src` or `data`, `lang`, `theme`, `timeout`, the shared styles, and
 * the interface language that follows `lang`, then the nearest `[lang]` ancestor, then `<html lang>`.
 */
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { GatewayDocument } from '../data/schema.js';
import { pick, uiLang, type Lang, type Table } from './i18n.js';
import { sharedStrings, type SharedStrings } from './strings.js';

const live = new Set<GatewayElement>();
let htmlLangObserver: MutationObserver | undefined;

/** Widgets follow `<html lang>` changes made after they rendered (e.g. by a site's language switch). */
const watchPageLanguage = () => {
  if (htmlLangObserver) return;
  htmlLangObserver = new MutationObserver(() => {
    for (const element of live) element.requestUpdate();
  });
  htmlLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
};

export abstract class GatewayElement extends LitElement {
  /** URL of the JSON data file (data format v1). */
  @property() src = '';

  /** A parsed data document, instead of `src`. */
  @property({ attribute: false }) data?: GatewayDocument;

  /** Interface and content language (BCP 47); default: the nearest `lang` on the page, else `en`. */
  @property({ reflect: true }) override lang = '';

  /** `light`, `dark`, or `auto` (follows the visitor's colour scheme). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** Milliseconds to wait for the data file before giving up. */
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
      console.warn(`Cluster Gateway: theme "${this.theme}" is not light, dark or auto; using light.`);
      this.theme = 'light';
    }
  }

  /** The BCP 47 tag content is shown in: own `lang`, else the nearest ancestor's, else `en`. */
  get contentLang(): string {
    if (this.lang) return this.lang;
    const root = this.getRootNode();
    const host = root instanceof ShadowRoot ? root.host : undefined;
    const ancestor = (this.parentElement ?? host)?.closest('[lang]') as HTMLElement | null | undefined;
    return ancestor?.lang || document.documentElement.lang || 'en';
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
}
