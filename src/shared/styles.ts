/**
 * Base styles of every widget. `:host` sets everything that inherits, so a host page's fonts, sizes,
 * colours or resets cannot leak in; the public `--cg-*` tokens feed private `--_*` variables.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The private variables of one widget: `--cg-<widget>-color-accent` wins over `--cg-color-accent`,
 * which wins over the built-in default. `widget` is one of our own tag names, never data.
 */
export const tokens = (widget: string): CSSResult => {
  const w = unsafeCSS(widget);
  // light-dark() picks by the host's color-scheme, which the theme attribute sets: one set of defaults
  // serves light, dark and auto, and native controls (selects, checkboxes, scrollbars) follow the theme.
  return css`
    :host {
      color-scheme: light;
      --_accent: var(--cg-${w}-color-accent, var(--cg-color-accent, light-dark(#0a58a8, #8cc4ff)));
      --_on-accent: var(--cg-${w}-color-on-accent, var(--cg-color-on-accent, light-dark(#fff, #0b1a2b)));
      --_surface: var(--cg-${w}-color-surface, var(--cg-color-surface, light-dark(#fff, #15191e)));
      --_text: var(--cg-${w}-color-text, var(--cg-color-text, light-dark(#1c2127, #e9edf2)));
      --_muted: var(--cg-${w}-color-muted, var(--cg-color-muted, light-dark(#545d68, #b0bac5)));
      --_border: var(--cg-${w}-color-border, var(--cg-color-border, light-dark(#8a939e, #7d8894)));
      --_subtle: var(--cg-${w}-color-subtle, var(--cg-color-subtle, light-dark(#eef2f6, #232a32)));
      --_danger: var(--cg-${w}-color-danger, var(--cg-color-danger, light-dark(#b3261e, #ffb4ab)));
      --_warning: var(--cg-${w}-color-warning, var(--cg-color-warning, light-dark(#8a5a00, #f5c26b)));
      --_font: var(--cg-${w}-font-family, var(--cg-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));
      --_radius: var(--cg-${w}-radius, var(--cg-radius, 6px));
      --_space: var(--cg-${w}-space, var(--cg-space, 16px));
    }
    :host([theme='dark']) {
      color-scheme: dark;
    }
    :host([theme='auto']) {
      color-scheme: light dark;
    }
  `;
};

/** Resets and the shared pieces: panels, buttons, fields, the loading bar, notices, badges. */
export const baseStyles = css`
  /* Inherited properties are !important here: in the cascade, a shadow root's important rules beat the
     page's, so a hostile reset such as * { all: unset !important } cannot reach the text inside. */
  :host {
    all: initial;
    display: block !important;
    box-sizing: border-box;
    font-family: var(--_font) !important;
    font-size: var(--cg-font-size, 16px) !important;
    font-weight: 400 !important;
    font-style: normal !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-transform: none !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    white-space: normal !important;
    visibility: visible !important;
    color: var(--_text) !important;
    background: var(--_surface);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  .base {
    padding: var(--_space);
  }
  h2,
  h3,
  h4,
  p,
  ul,
  dl,
  dd,
  fieldset {
    margin: 0;
  }
  /* Label/value rows (dl > div > dt + dd): a value that does not fit beside its label goes under it, so
     neither is squeezed into broken words on a narrow screen. */
  dl div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  h2 {
    font-size: 1.35em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.1em;
    line-height: 1.3;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
    letter-spacing: normal;
  }
  button {
    min-height: 2.5em;
    min-width: 24px;
    padding: 0.35em 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
    font-weight: 600;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  input[type='search'],
  input[type='text'],
  input[type='number'],
  select {
    min-height: 2.5em;
    padding: 0.3em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    /* No wider than its box, even as a grid or flex item (a select is as wide as its longest option). */
    max-width: 100%;
    min-width: 0;
  }
  label {
    display: inline-block;
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .loading {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
  }
  progress {
    width: 100%;
    height: 0.6em;
    accent-color: var(--_accent);
  }
  .error {
    display: grid;
    gap: 0.6em;
    justify-items: start;
    padding: var(--_space);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error h2 {
    font-size: 1.1em;
    color: var(--_danger);
  }
  .notice {
    margin-block: 0 var(--_space);
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_warning);
    background: var(--_subtle);
    font-size: 0.9em;
  }
  .notice ul {
    padding-inline-start: 1.2em;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8em;
    line-height: 1.6;
    white-space: nowrap;
  }
`;

/** The follow-quiz chip. */
export const chipStyles = css`
  .quiz-chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    margin-block: 0 0.75em;
    padding: 0.1em 0.2em 0.1em 0.8em;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_subtle);
  }
  .quiz-chip .chip-remove {
    min-height: 24px;
    min-width: 24px;
    padding: 0 0.4em;
    border-radius: 999px;
    line-height: 1;
  }
`;
