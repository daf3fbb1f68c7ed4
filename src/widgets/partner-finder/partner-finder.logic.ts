/**
 * The finder's pure logic: a search index built once per loaded section (one folded string per record,
 * facet values interned as small integers), one pass that filters and counts facets, sort orders, and
 * the fit score with its reasons. No DOM.
 */
import type { Cluster } from '../../data/schema.js';
import { fold, narrows, queryWords, tagKeys, textValues } from '../../data/text.js';
import { drain, inSlices } from '../../data/yield.js';
import type { Text } from '../../data/values.js';

/** The filters, in the order of the controls; also the keys of `cg-filter-change` and of the URL. */
export const FACETS = ['country', 'market', 'sector', 'interest', 'service', 'label'] as const;
export type Facet = (typeof FACETS)[number];

/** Where each facet's lists sit in the index's per-facet arrays (`keys`, `options`, `counts`): its place in FACETS. */
const FACET_AT = Object.fromEntries(FACETS.map((facet, at) => [facet, at])) as Record<Facet, number>;

/**
 * What a facet's values are: country codes (named through `Intl` in the content language), tags (free text in
 * any language, matched by their folded key) or cluster labels (named by the interface strings).
 */
export type FacetKind = 'country' | 'tag' | 'label';

/** The values each facet reads from a record, and their kind. */
const FACET_SOURCES: Record<Facet, { kind: FacetKind; values: (record: Cluster) => readonly (string | Text)[] }> = {
  country: { kind: 'country', values: (record) => [record.country] },
  market: { kind: 'country', values: (record) => record.targetCountries ?? [] },
  sector: { kind: 'tag', values: (record) => record.sectors ?? [] },
  interest: { kind: 'tag', values: (record) => record.collaborationInterests ?? [] },
  service: { kind: 'tag', values: (record) => record.keyServices ?? [] },
  label: { kind: 'label', values: (record) => (record.label ? [record.label] : []) },
};

/** The kind of `facet`'s values. */
export const facetKind = (facet: Facet): FacetKind => FACET_SOURCES[facet].kind;

/** The result orders a visitor can choose; `fit` only with a home cluster. */
export const SORTS = ['relevance', 'name', 'country', 'fit'] as const;
export type Sort = (typeof SORTS)[number];

/** One value of a facet: its code (country code, label, or tag key) and what to show for it. */
export interface Option {
  key: string;
  text: Text;
}

export interface Index {
  records: Cluster[];
  /** Per record: every searched field in every language, folded, one field per line, name first. */
  text: string[];
  /** Per record: where the name and acronym end in `text` (for relevance). */
  nameEnd: number[];
  /** Per facet (in the order of FACETS), per record: the option numbers the record has (no duplicates). */
  keys: number[][][];
  /** Per facet (in the order of FACETS): its options, in order of first appearance. */
  options: Option[][];
}

const built = new WeakMap<Cluster[], Index>();

/** The index of `records`, built once per records array. */
export const indexOf = (records: Cluster[]): Index => built.get(records) ?? drain(building(records));

/** Builds the index of `records` ahead, in slices that leave the page responsive (50,000 records take ~0.5 s). */
export const prepareIndex = (records: Cluster[], signal?: AbortSignal): Promise<unknown> =>
  built.has(records) ? Promise.resolve() : inSlices(building(records), signal);

function* building(records: Cluster[]): Generator<void, Index> {
  const index: Index = { records, text: [], nameEnd: [], keys: FACETS.map(() => []), options: FACETS.map(() => []) };
  const optionIds = FACETS.map(() => new Map<string, number>());
  // Tags repeat across records: fold each distinct one once.
  const tagKey = tagKeys();

  for (let i = 0; i < records.length; i++) {
    if (!(i & 15)) yield;
    const record = records[i]!;
    let lines = '';
    const add = (value: Text | undefined) => {
      for (const line of textValues(value)) lines += `${line}\n`;
    };
    add(record.name);
    add(record.acronym);
    // Folding may change the length ("ß" → "ss"): measure the name in the folded text.
    const name = fold(lines);
    index.nameEnd.push(name.length);
    lines = '';
    [
      record.description,
      ...(record.sectors ?? []),
      ...(record.collaborationInterests ?? []),
      ...(record.keyServices ?? []),
      record.region,
      record.city,
    ].forEach(add);
    index.text.push(name + fold(lines));
    FACETS.forEach((facet, at) => {
      const { kind, values } = FACET_SOURCES[facet];
      const options = index.options[at]!;
      const ids = optionIds[at]!;
      const own: number[] = [];
      for (const value of values(record)) {
        const key = kind === 'tag' ? tagKey(value) : (value as string);
        let id = ids.get(key);
        if (id === undefined) {
          ids.set(key, (id = options.length));
          options.push({ key, text: value });
        } else if (typeof value === 'object' && typeof options[id]!.text === 'string') {
          options[id]!.text = value; // a translated form shows better than a plain one
        }
        if (!own.includes(id)) own.push(id);
      }
      index.keys[at]!.push(own);
    });
  }
  built.set(records, index);
  return index;
}

/** The option number of `key` in the facet at `at` (its place in FACETS), ignoring case and accents (and spaces around a tag), or -1. */
export const optionId = (index: Index, at: number, key: string): number => {
  const wanted = fold(key).trim();
  return index.options[at]!.findIndex((option) => fold(option.key) === wanted);
};

export interface Outcome {
  /** Matching record numbers, in `order`; with a query, those matching in their name come first. */
  hits: number[];
  /** Per facet, per option: how many records it would give with the other filters. */
  counts: Int32Array[];
  /** The folded words of the query. */
  words: string[];
  /** The records whose text has every word (facets aside), in `order`: where a narrower query can start. */
  matched: number[];
}

/**
 * One pass over the records: every word of `query` must be a substring of some searched field, and each
 * facet with a selection (`selected`: per facet, in the order of FACETS, the option numbers chosen) must
 * match one of its selected options. A record that fails exactly one facet still counts for that facet's
 * options, so the counts say what choosing another value would give.
 *
 * `previous`, an outcome of the same index, order and skip, saves work: when each of its words is part of
 * a word of `query` (the visitor typed on, or changed a filter), only its `matched` records can match, so
 * only they are read. The outcome is the same either way.
 */
export function search(index: Index, query: string, selected: number[][], order: Iterable<number>, skip = -1, previous?: Outcome): Outcome {
  const words = queryWords(query);
  const counts = index.options.map((options) => new Int32Array(options.length));
  const inName: number[] = [];
  const elsewhere: number[] = [];
  const matched: number[] = [];
  const { text, keys, nameEnd } = index;
  const filtered = selected.some((wanted) => wanted.length);
  next: for (const i of previous && narrows(previous.words, words) ? previous.matched : order) {
    if (i === skip) continue;
    const recordText = text[i]!;
    // Every word somewhere; `allInName` stays true while each is found within the name.
    let allInName = words.length > 0;
    for (const word of words) {
      const at = recordText.indexOf(word);
      if (at < 0) continue next;
      if (at >= nameEnd[i]!) allInName = false;
    }
    matched.push(i);
    // The one facet the record fails, if it fails exactly one (-1: none).
    let failed = -1;
    for (let at = 0; filtered && at < FACETS.length; at++) {
      const wanted = selected[at]!;
      if (wanted.length && !keys[at]![i]!.some((id) => wanted.includes(id))) {
        if (failed >= 0) continue next;
        failed = at;
      }
    }
    for (let at = 0; at < FACETS.length; at++) {
      if (failed < 0 || failed === at) for (const id of keys[at]![i]!) counts[at]![id]!++;
    }
    if (failed < 0) (allInName ? inName : elsewhere).push(i);
  }
  return { hits: inName.concat(elsewhere), counts, words, matched };
}

/** Record numbers sorted by `by` (a stable sort; ties keep the data's order). */
export const orderBy = (index: Index, by: (a: number, b: number) => number): number[] => index.records.map((_, i) => i).sort(by);

/** Why a cluster fits the host: they target our country, we target theirs, both (tags), they offer (services). */
export type Reason = ['them' | 'us', string] | ['both' | 'offers', Text[]];

export interface Fit {
  score: number;
  reasons: Reason[];
}

/**
 * How well record `i` fits the host's cluster `home`: 3 when they target the host's country, 3 when the
 * host targets theirs, 2 per shared sector, 1 per shared collaboration interest, 1 per key service they
 * offer that the host does not.
 */
export function fit(index: Index, home: number, i: number): Fit {
  const [host, other] = [index.records[home]!, index.records[i]!];
  const reasons: Reason[] = [];
  const optionsOf = (facet: Facet, record: number) => index.keys[FACET_AT[facet]]![record]!;
  /** The options of `facet` record `i` has that the host has too (`inHost`), or lacks. */
  const compared = (facet: Facet, inHost: boolean) => optionsOf(facet, i).filter((id) => optionsOf(facet, home).includes(id) === inHost);
  const texts = (facet: Facet, ids: number[]) => ids.map((id) => index.options[FACET_AT[facet]]![id]!.text);
  const [sectors, interests, offers] = [compared('sector', true), compared('interest', true), compared('service', false)];
  let score = 2 * sectors.length + interests.length + offers.length;
  for (const [why, them, us] of [
    ['them', other, host],
    ['us', host, other],
  ] as const) {
    if (them.targetCountries?.includes(us.country)) {
      score += 3;
      reasons.push([why, us.country]);
    }
  }
  const both = [...texts('sector', sectors), ...texts('interest', interests)];
  if (both.length) reasons.push(['both', both]);
  if (offers.length) reasons.push(['offers', texts('service', offers)]);
  return { score, reasons };
}

/** Record numbers by fit to `home`, best first (ties keep the data's order). */
export function fitOrder(index: Index, home: number): number[] {
  const scores = index.records.map((_, i) => fit(index, home, i).score);
  return orderBy(index, (a, b) => scores[b]! - scores[a]!);
}
