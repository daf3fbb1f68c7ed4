/**
 * Bidi isolation of data values: a right-to-left name or a stray U+202E in one value must not reorder the
 * text around it. Each data value that meets other text is marked with `iso()`: in text that cannot hold
 * elements (an attribute, a list in an aria-label) the marks, U+2068 FIRST STRONG ISOLATE … U+2069 POP
 * DIRECTIONAL ISOLATE, isolate it; in the DOM, `bdi()` makes each marked value a `<bdi>` element instead.
 * A select's option starts with its value: `lead()` (typing an option's first letters must still select it).
 */
import { html } from 'lit';

/** `value` between isolate marks (its own isolate marks dropped, so that it cannot close ours early). */
export const iso = (value: string): string => `\u2068${value.replace(/[\u2066-\u2069]/g, '')}\u2069`;

/**
 * `value` at the start of plain text, before interface text: without its embedding, override and isolate
 * controls, and ended by a LEFT-TO-RIGHT MARK, so that neither its controls nor a right-to-left ending carry
 * over to what follows (the interface is left to right). No mark before it: a select finds an option by the
 * letters typed only when its text starts with them.
 */
export const lead = (value: string): string => `${value.replace(/[\u202a-\u202e\u2066-\u2069]/g, '')}\u200e`;

/** Text with values marked by `iso()`, for the DOM: every marked value in a `<bdi>`. */
export const bdi = (text: string) => text.split(/[\u2068\u2069]/).map((part, i) => (i & 1 ? html`<bdi>${part}</bdi>` : part));

/** Data values (the empty ones left out) joined by `separator`, each in a `<bdi>`. */
export const bdiJoin = (values: (string | undefined)[], separator: string) => bdi(values.flatMap((v) => (v ? iso(v) : [])).join(separator));
