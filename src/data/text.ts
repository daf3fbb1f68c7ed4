/**
 * Reading `Text`, `Tag` and `Country` values in the visitor's language, and folding strings so that
 * search and tag comparison ignore case and accents ("oresund" finds "Øresund").
 */
import type { Text } from './values.js';

const primary = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The value of `text` in `lang`: the exact tag, else the same primary language (`da` for `da-DK` and the
 * reverse), else `en`, else the first entry.
 */
export function resolveText(text: Text | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const keys = Object.keys(text);
  const wanted = lang.toLowerCase();
  const key =
    keys.find((k) => k.toLowerCase() === wanted) ??
    keys.find((k) => primary(k) === primary(wanted)) ??
    keys.find((k) => k.toLowerCase() === 'en') ??
    keys.find((k) => primary(k) === 'en') ??
    keys[0];
  // eslint-disable-next-line cg/no-data-keys -- an own key (Object.keys), and a language tag
  return key === undefined ? '' : (text[key] ?? '');
}

/** The folded text search looks in: every language of every value given, one per line. */
export const searchText = (values: (Text | undefined)[]): string => fold(values.flatMap(textValues).join('\n'));

/** The folded words of a search query, each once (a word said twice finds nothing more). */
export const queryWords = (query: string): string[] => [...new Set(fold(query).split(/\s+/).filter(Boolean))];

/**
 * True when a search for `words` can only match what the search for `before` matched: each earlier word is a
 * new word, or part of the new word in its place (the visitor typed on, added a word, or changed one), so a
 * search may start from the earlier matches. Linear in the words: a word moved and lengthened at once is not
 * looked for elsewhere (the search then reads every record, which gives the same outcome).
 */
export const narrows = (before: string[], words: string[]): boolean => {
  const same = new Set(words);
  return before.every((w, i) => same.has(w) || !!words[i]?.includes(w));
};

let asked: [query: string, words: string[]] = ['', []];

/** True when every word of `query` is a substring of `haystack` (a `searchText`), ignoring case and accents. */
export const matchesQuery = (haystack: string, query: string): boolean => {
  // Asked once per record with the same query: its words are read once.
  if (asked[0] !== query) asked = [query, queryWords(query)];
  return asked[1].every((word) => haystack.includes(word));
};

/** Every language's value of `text` (for search in any of the record's languages). */
export const textValues = (text: Text | undefined): string[] =>
  text === undefined ? [] : typeof text === 'string' ? [text] : Object.values(text);

const letters: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * Lower case without accents: "Øresund" → "oresund", "München" → "munchen", "Łódź" → "lodz". Only runs of
 * non-ASCII characters go through the (slow) Unicode decomposition: search indexes fold every record.
 */
export const fold = (value: string): string =>
  value.toLowerCase().replace(/[^\0-\x7f]+/g, (run) =>
    run
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      // eslint-disable-next-line cg/no-data-keys -- `c` is one of the letters of the table
      .replace(/[øæœßłđðþı]/g, (c) => letters[c] ?? c),
  );

/** The key a tag is compared by: its `en` form (else its first entry), folded. */
export const tagKey = (tag: Text): string => fold(resolveText(tag, 'en')).trim();

/** A `tagKey()` that folds each distinct English form once: for passes over every record's tags. */
export const tagKeys = (): ((tag: Text) => string) => {
  const keys = new Map<string, string>();
  return (tag) => {
    const en = typeof tag === 'string' ? tag : resolveText(tag, 'en');
    return keys.get(en) ?? keys.set(en, tagKey(tag)).get(en)!;
  };
};

/** Keeps in `shown` the form of a tag to show for `key`: the first translated one met, else the first met. */
export const keepShown = (shown: Map<string, Text>, key: string, tag: Text): void => {
  if (typeof tag === 'object' ? typeof shown.get(key) !== 'object' : !shown.has(key)) shown.set(key, tag);
};

/** True when two tags are the same term, ignoring case and accents. */
export const sameTag = (a: Text, b: Text): boolean => tagKey(a) === tagKey(b);

const regionNames = new Map<string, Intl.DisplayNames>();

/** The country's name in `lang` through `Intl.DisplayNames` (the code itself if the platform has none). */
export function countryName(code: string, lang: string): string {
  let names = regionNames.get(lang);
  if (!names) {
    try {
      names = new Intl.DisplayNames([lang, 'en'], { type: 'region', fallback: 'code' });
    } catch {
      names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    }
    regionNames.set(lang, names);
  }
  return names.of(code) ?? code;
}
