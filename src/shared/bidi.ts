/**
 * Bidi isolation of data values: a right-to-left name or a stray U+202E in one value must not reorder the
 * text around it. Each data value that meets other text is marked with `iso()`: in text that cannot hold
 * elements (an option label, an attribute) the marks, U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL
 * ISOLATE, isolate it; in the DOM, `bdi()` makes each marked value a `<bdi>` element instead.
 */
import { html } from 'lit';

/** `value` between isolate marks (its own isolate marks dropped, so that it cannot close ours early). */
export const iso = (value: string): string => `\u2068${value.replace(/[\u2066-\u2069]/g, '')}\u2069`;

/** Text with values marked by `iso()`, for the DOM: every marked value in a `<bdi>`. */
export const bdi = (text: string) => text.split(/[\u2068\u2069]/).map((part, i) => (i & 1 ? html`<bdi>${part}</bdi>` : part));
