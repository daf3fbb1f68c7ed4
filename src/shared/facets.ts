/** The options of a filter's select when a facet has thousands of values (20,000 tags, all different). */
import { html, nothing } from 'lit';
import { fold, queryWords } from '../data/text.js';
import { lead } from './bidi.js';
import { fill, formatNumber } from './i18n.js';
import type { SharedStrings } from './strings.js';

/** The most values a filter's select lists (every country fits). */
export const MAX_OPTIONS = 250;

/** An option: its value, label and count. */
export type Choice = readonly [value: string, label: string, count: number];

/**
 * The options to list, sorted by label with `compare`, and how many were left out. A facet with more than
 * `MAX_OPTIONS` values lists the selected ones, then those whose label has every word of the search, then the
 * most common that would give something: the others are one search away.
 */
export function choices(all: Choice[], selected: string[], query: string, compare: (a: string, b: string) => number): [Choice[], number] {
  let list = all;
  if (all.length > MAX_OPTIONS) {
    const words = queryWords(query);
    const rank = (c: Choice) =>
      selected.includes(c[0]) ? 3 : words.length && words.every((w) => fold(c[1]).includes(w)) ? 2 : c[2] ? 1 : 0;
    list = all
      .map((c) => [c, rank(c)] as const)
      .filter(([, r]) => r)
      .sort((a, b) => b[1] - a[1] || b[0][2] - a[0][2])
      .slice(0, MAX_OPTIONS)
      .map(([c]) => c);
  }
  return [list.sort((a, b) => compare(a[1], b[1])), all.length - list.length];
}

/** The options `choices()` gave, each value kept from running into its count, then a line saying how many more the search finds. */
export const renderChoices = ([list, more]: [Choice[], number], value: string, lang: string, t: SharedStrings) =>
  html`${list.map(([v, label, n]) => html`<option value=${v} .selected=${v === value}>${lead(label)} (${formatNumber(lang, n)})</option>`)}${
    more ? html`<option disabled>${fill(t.moreOptions, { n: formatNumber(lang, more) })}</option>` : nothing
  }`;
