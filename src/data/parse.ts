/**
 * `JSON.parse` in slices. A 34 MB data file (50,000 records) takes one `JSON.parse` task of several hundred
 * milliseconds, during which the page cannot answer a click. A data file is an object whose big parts are
 * lists of records, so the text is cut between records: a scan finds each top-level list and commas between
 * its records, each run of about `CHUNK` characters is parsed on its own, and the page gets a turn between
 * runs. The result is the same value `JSON.parse` gives; anything unusual (the top level not an object, a
 * repeated or escaped top-level key, a syntax error) falls back to one `JSON.parse` of the whole text, which
 * gives the right value or the browser's own error message.
 */
import { inSlices, yieldToMain } from './yield.js';

/** Texts shorter than this (8 MB, about 12,000 records) are parsed in one go: about 30 ms here, 100 on a slow phone. */
export const SLICED_FROM = 1 << 23;
/** About how many characters are parsed in one step (a few ms). */
export const CHUNK = 1 << 18;

const QUOTE = 34;
const BACKSLASH = 92;

/**
 * Parses JSON text as `JSON.parse` does, yielding to the page about every 25 ms for a text of `from`
 * characters or more; stops with the signal's reason when `signal` is aborted.
 */
export async function parseJson(text: string, signal?: AbortSignal, from = SLICED_FROM, chunk = CHUNK): Promise<unknown> {
  if (text.length >= from) {
    try {
      // Turns before and after: the task that made the text (a long join) and the one that goes on with the
      // value (validation) do not also run a slice of this.
      await yieldToMain();
      const value = await inSlices(steps(text, chunk), signal);
      await yieldToMain();
      if (value) return value.root;
    } catch (error) {
      if (signal?.aborted) throw error;
      // Not valid JSON: the whole-text parse below throws the browser's message.
    }
  }
  return JSON.parse(text) as unknown;
}

/**
 * The items between `from` and `to`. Where the text was cut at a comma, the part must hold an item: `[1, ,2]`
 * or `[1, ]` cut at a comma would otherwise leave an empty part that hides the syntax error.
 */
function part(text: string, from: number, to: number, cut: boolean): unknown[] {
  const items = JSON.parse(`[${text.slice(from, to)}]`) as unknown[];
  if (cut && !items.length) throw new SyntaxError('an empty list item');
  return items;
}

/** More top-level lists than this: not a data file, parsed whole (rebuilding a big top level key by key is slow). */
const MAX_LISTS = 256;

/** Parses a part after part; returns the value, or undefined when the text must be parsed whole. */
function* steps(text: string, chunk: number): Generator<void, { root: unknown } | undefined> {
  const length = text.length;
  let i = 0;
  while (i < length && text.charCodeAt(i) <= 32) i++;
  if (text.charCodeAt(i) !== 123 /* { */) return undefined;
  // The top level without its lists' contents (`"clusters":[]`), parsed at the end, and each list's items so far.
  let skeleton = '';
  let kept = 0;
  const lists: { key: string; items: unknown[] }[] = [];
  const keys = new Set<string>();
  let key = '';
  let expectKey = false;
  let list: unknown[] | undefined;
  let start = 0;
  let depth = 0;
  // A turn about every `chunk` characters, whatever the text holds (long strings, many small lists).
  let turn = i + chunk;
  for (; i < length; i++) {
    if (i >= turn) {
      turn = i + chunk;
      yield;
    }
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const open = i;
      // Jump to the closing quote: one not preceded by an odd number of backslashes.
      for (;;) {
        i = text.indexOf('"', i + 1);
        if (i < 0) return undefined;
        let k = i - 1;
        while (text.charCodeAt(k) === BACKSLASH) k--;
        if ((i - k) % 2 === 1) break;
        if (i >= turn) {
          turn = i + chunk;
          yield;
        }
      }
      if (depth === 1 && expectKey) {
        expectKey = false;
        key = text.slice(open + 1, i);
        if (key.includes('\\') || keys.has(key)) return undefined;
        keys.add(key);
      }
    } else if (c === 123 || c === 91 /* { [ */) {
      depth++;
      expectKey = depth === 1;
      if (depth === 2 && c === 91) {
        if (lists.length === MAX_LISTS) return undefined;
        list = [];
        lists.push({ key, items: list });
        skeleton += text.slice(kept, i + 1);
        start = i + 1;
      }
    } else if (c === 125 || c === 93 /* } ] */) {
      if (depth === 2 && list) {
        // Items are added as their part is parsed, so that no step at the end copies a whole long list.
        for (const item of part(text, start, i, list.length > 0)) list.push(item);
        list = undefined;
        kept = i;
      }
      depth--;
    } else if (c === 44 /* , */ && depth === 1) {
      expectKey = true;
    } else if (c === 44 && depth === 2 && list && i - start >= chunk) {
      for (const item of part(text, start, i, true)) list.push(item);
      start = i + 1;
      turn = i + chunk;
      yield;
    }
  }
  const root = JSON.parse(skeleton + text.slice(kept)) as Record<string, unknown[]>;
  // The skeleton has each list's key as its own property (`[]`): setting it keeps the key order, `__proto__` too.
  // eslint-disable-next-line cg/no-data-keys -- an own property already (JSON.parse made it), so no setter runs
  for (const { key: name, items } of lists) root[name] = items;
  return { root };
}
