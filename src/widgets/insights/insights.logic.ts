/** Pure functions of cg-insights: counting values across clusters and the geometry of the bar charts. */

/** The cluster fields that are charted, in the order they are shown. */
export const FACETS = ['collaborationInterests', 'targetCountries', 'keyServices', 'sectors'] as const;
export type Facet = (typeof FACETS)[number];

/** One bar: `share` of all clusters (0 to 1), `length` in percent of the longest bar. */
export interface Bar {
  key: string;
  label: string;
  count: number;
  share: number;
  length: number;
}

/** In how many of the lists each key appears (a list naming a key twice counts once). */
export const tally = (lists: string[][]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const list of lists) for (const key of new Set(list)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
};

/**
 * The `top` most frequent keys as bars, most frequent first, ties by label (`compare`, e.g. an
 * Intl.Collator's); `rest` is how many keys were left out.
 */
export const bars = (
  counts: Map<string, number>,
  label: (key: string) => string,
  total: number,
  compare: (a: string, b: string) => number,
  top = 10,
): { bars: Bar[]; rest: number } => {
  const all = [...counts].map(([key, count]) => ({
    key,
    label: label(key),
    count,
    share: total ? count / total : 0,
    length: 0,
  }));
  all.sort((a, b) => b.count - a.count || compare(a.label, b.label));
  const longest = all[0]?.count ?? 1;
  for (const bar of all) bar.length = (100 * bar.count) / longest;
  return { bars: all.slice(0, top), rest: Math.max(0, all.length - top) };
};
