/** Pure functions of cg-insights: counting values across clusters and the geometry of the bar charts. */
import type { Cluster } from '../../data/schema.js';
import { keepShown, tagKeys } from '../../data/text.js';
import type { Text } from '../../data/values.js';
import { drain, inSlices } from '../../data/yield.js';

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

/** Per facet: in how many clusters each key appears (a cluster naming a key twice counts once), and its tag. */
export interface Tally {
  counts: Map<string, number>;
  /** Key → the tag shown for it: the first translated form where the data has one, else the first spelling. */
  tags: Map<string, Text>;
}

const tallied = new WeakMap<Cluster[], Tally[]>();

/** The tallies of `records`, one per facet in the order of FACETS, counted once per records array. */
export const tallyOf = (records: Cluster[]): Tally[] => tallied.get(records) ?? drain(tallying(records));

/** Counts ahead, in slices that leave the page responsive (50,000 clusters take a few hundred ms). */
export const prepareTally = (records: Cluster[], signal?: AbortSignal): Promise<unknown> =>
  tallied.has(records) ? Promise.resolve() : inSlices(tallying(records), signal);

/** One key of a facet while counting: in how many clusters, and the last cluster that counted it. */
interface Counting {
  key: string;
  count: number;
  last: number;
}

function* tallying(records: Cluster[]): Generator<void, Tally[]> {
  const tallies = FACETS.map((): Tally => ({ counts: new Map(), tags: new Map() }));
  // Tags repeat across clusters: fold each distinct English form once.
  const keyOf = tagKeys();
  const keys = FACETS.map(() => new Map<string, Counting>());
  // Per facet, each tag as written (a string) to its key's count: most tags take one lookup.
  const written = FACETS.map(() => new Map<string, Counting>());
  for (let clusterIndex = 0; clusterIndex < records.length; clusterIndex++) {
    if (!(clusterIndex & 31)) yield;
    for (let facetIndex = 0; facetIndex < FACETS.length; facetIndex++) {
      const facet = FACETS[facetIndex]!;
      for (const tag of records[clusterIndex]![facet] ?? []) {
        let counting = typeof tag === 'string' ? written[facetIndex]!.get(tag) : undefined;
        let fresh = false;
        if (!counting) {
          const key = facet === 'targetCountries' ? (tag as string) : keyOf(tag);
          counting = keys[facetIndex]!.get(key);
          if (!counting) {
            keys[facetIndex]!.set(key, (counting = { key, count: 0, last: -1 }));
            fresh = true;
          }
          if (typeof tag === 'string') written[facetIndex]!.set(tag, counting);
        }
        // Only a new key or a translated form can change the tag shown.
        if (facet !== 'targetCountries' && (fresh || typeof tag === 'object')) keepShown(tallies[facetIndex]!.tags, counting.key, tag);
        // A cluster naming a key twice counts once.
        if (counting.last !== clusterIndex) {
          counting.last = clusterIndex;
          counting.count++;
        }
      }
    }
  }
  keys.forEach((counted, facetIndex) => {
    for (const { key, count } of counted.values()) tallies[facetIndex]!.counts.set(key, count);
  });
  tallied.set(records, tallies);
  return tallies;
}

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
