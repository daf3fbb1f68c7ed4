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
  /** Per facet, per record: the option numbers the record has (no duplicates). */
  keys: number[][][];
  /** Per facet: its options, in order of first appearance. */
  options: Option[][];
}

const facetValues = (r: Cluster): (readonly (string | Text)[])[] => [
  [r.country],
  r.targetCountries ?? [],
  r.sectors ?? [],
  r.collaborationInterests ?? [],
  r.keyServices ?? [],
  r.label ? [r.label] : [],
];

const built = new WeakMap<Cluster[], Index>();

/** The index of `records`, built once per records array. */
export const indexOf = (records: Cluster[]): Index => built.get(records) ?? drain(building(records));

/** Builds the index of `records` ahead, in slices that leave the page responsive (50,000 records take ~0.5 s). */
export const prepareIndex = (records: Cluster[], signal?: AbortSignal): Promise<unknown> =>
  built.has(records) ? Promise.resolve() : inSlices(building(records), signal);

function* building(records: Cluster[]): Generator<void, Index> {
  const options: Option[][] = FACETS.map(() => []);
  const ids = FACETS.map(() => new Map<string, number>());
  const ix: Index = { records, text: [], nameEnd: [], keys: FACETS.map(() => []), options };
  // Tags repeat across records: fold each distinct one once.
  const tag = tagKeys();

  for (let i = 0; i < records.length; i++) {
    if (!(i & 15)) yield;
    const r = records[i]!;
    let text = '';
    const add = (value: Text | undefined) => {
      for (const v of textValues(value)) text += `${v}\n`;
    };
    add(r.name);
    add(r.acronym);
    // Folding may change the length ("ß" → "ss"): measure the name in the folded text.
    const name = fold(text);
    ix.nameEnd.push(name.length);
    text = '';
    [r.description, ...(r.sectors ?? []), ...(r.collaborationInterests ?? []), ...(r.keyServices ?? []), r.region, r.city].forEach(add);
    ix.text.push(name + fold(text));
    facetValues(r).forEach((values, f) => {
      const own: number[] = [];
      for (const value of values) {
        const key = f < 2 || f > 4 ? (value as string) : tag(value);
        let id = ids[f]!.get(key);
        if (id === undefined) {
          ids[f]!.set(key, (id = options[f]!.length));
          options[f]!.push({ key, text: value });
        } else if (typeof value === 'object' && typeof options[f]![id]!.text === 'string') {
          options[f]![id]!.text = value; // a translated form shows better than a plain one
        }
        if (!own.includes(id)) own.push(id);
      }
      ix.keys[f]!.push(own);
    });
  }
  built.set(records, ix);
  return ix;
}

/** The option number of `key` in facet `f`, ignoring case and accents (and spaces around a tag), or -1. */
export const optionId = (ix: Index, f: number, key: string): number => ix.options[f]!.findIndex((o) => fold(o.key) === fold(key).trim());

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
 * facet with a selection must match one of its selected options. A record that fails exactly one facet
 * still counts for that facet's options, so the counts say what choosing another value would give.
 *
 * `previous`, an outcome of the same index, order and skip, saves work: when each of its words is part of
 * a word of `query` (the visitor typed on, or changed a filter), only its `matched` records can match, so
 * only they are read. The outcome is the same either way.
 */
export function search(ix: Index, query: string, selected: number[][], order: Iterable<number>, skip = -1, previous?: Outcome): Outcome {
  const words = queryWords(query);
  const counts = ix.options.map((o) => new Int32Array(o.length));
  const named: number[] = [];
  const rest: number[] = [];
  const matched: number[] = [];
  const { text, keys, nameEnd } = ix;
  const filtered = selected.some((want) => want.length);
  next: for (const i of previous && narrows(previous.words, words) ? previous.matched : order) {
    const s = text[i]!;
    if (i === skip) continue;
    // Every word somewhere; `inName` stays true while each is found within the name.
    let inName = words.length > 0;
    for (const w of words) {
      const at = s.indexOf(w);
      if (at < 0) continue next;
      if (at >= nameEnd[i]!) inName = false;
    }
    matched.push(i);
    let miss = -1;
    for (let f = 0; filtered && f < 6; f++) {
      const want = selected[f]!;
      if (want.length && !keys[f]![i]!.some((k) => want.includes(k))) {
        if (miss >= 0) continue next;
        miss = f;
      }
    }
    for (let f = 0; f < 6; f++) if (miss < 0 || miss === f) for (const k of keys[f]![i]!) counts[f]![k]!++;
    if (miss < 0) (inName ? named : rest).push(i);
  }
  return { hits: named.concat(rest), counts, words, matched };
}

/** Record numbers sorted by `by` (a stable sort; ties keep the data's order). */
export const orderBy = (ix: Index, by: (a: number, b: number) => number): number[] => ix.records.map((_, i) => i).sort(by);

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
export function fit(ix: Index, home: number, i: number): Fit {
  const [a, b] = [ix.records[home]!, ix.records[i]!];
  const reasons: Reason[] = [];
  const k = (f: number, r: number) => ix.keys[f]![r]!;
  const shared = (f: number, want: boolean) => k(f, i).filter((id) => k(f, home).includes(id) === want);
  const text = (f: number, ids: number[]) => ids.map((id) => ix.options[f]![id]!.text);
  const [sectors, interests, offers] = [shared(2, true), shared(3, true), shared(4, false)];
  let score = 2 * sectors.length + interests.length + offers.length;
  for (const [why, them, us] of [['them', b, a], ['us', a, b]] as const) {
    if (them.targetCountries?.includes(us.country)) {
      score += 3;
      reasons.push([why, us.country]);
    }
  }
  const both = [...text(2, sectors), ...text(3, interests)];
  if (both.length) reasons.push(['both', both]);
  if (offers.length) reasons.push(['offers', text(4, offers)]);
  return { score, reasons };
}

/** Record numbers by fit to `home`, best first (ties keep the data's order). */
export function fitOrder(ix: Index, home: number): number[] {
  const scores = ix.records.map((_, i) => fit(ix, home, i).score);
  return orderBy(ix, (a, b) => scores[b]! - scores[a]!);
}
