/**
 * Pure functions of cg-funding-list: status and countdown from an injected "now", order, filters and
 * facet counts, the co-funding calculator, and the iCalendar (RFC 5545) and CSV (RFC 4180) builders.
 */
import { endOfDeadline, startOfOpening } from '../../data/dates.js';
import type { Funding } from '../../data/schema.js';
import { fold, keepShown, narrows, queryWords, resolveText, searchText, tagKeys } from '../../data/text.js';
import { drain, inSlices } from '../../data/yield.js';
import { uriComponent } from '../../shared/uri.js';

export type Status = 'open' | 'forthcoming' | 'closed';
export const STATUSES: Status[] = ['open', 'forthcoming', 'closed'];

/** When an item opens and when its deadline ends (epoch ms; ±Infinity without the date). */
const times = (f: Funding): number[] => [f.opens ? startOfOpening(f.opens) : -Infinity, f.deadline ? endOfDeadline(f.deadline) : Infinity];

/** The status's index in STATUSES, from `times`. */
const code = ([a, b]: number[], rolling: unknown, now: number) => (now < a! ? 1 : !rolling && now > b! ? 2 : 0);

/** `forthcoming` before `opens`, `closed` after `deadline` unless `rolling`, else `open`. */
export const statusOf = (f: Funding, now: number): Status => STATUSES[code(times(f), f.rolling, now)]!;

/** The local calendar day of an instant, as a day number (DST-proof). */
const day = (t: number) => {
  const d = new Date(t);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 864e5;
};

/** Whole local calendar days from `now` to the instant `t` (0 = the same day). */
export const daysUntil = (t: number, now: number) => day(t) - day(now);

export type Countdown = { verb: 'opens' | 'closes' | 'closed'; days: number };

/**
 * What the countdown says: `opens` (forthcoming), `closes` (open with a deadline, not rolling) or `closed`,
 * with signed calendar days from today; nothing for rolling items and items without a date.
 */
export const countdown = (f: Funding, now: number): Countdown | undefined => {
  const t = times(f);
  const s = code(t, f.rolling, now);
  if (s === 1) return { verb: 'opens', days: daysUntil(t[0]!, now) };
  if (f.rolling || !f.deadline) return undefined;
  return {
    verb: s ? 'closed' : 'closes',
    days: daysUntil(t[1]!, now),
  };
};

/** Has a deadline that has not passed (what a calendar file can hold). */
export const upcoming = (f: Funding, now: number) => !!f.deadline && endOfDeadline(f.deadline) >= now;

/** Open, with a deadline in 0–14 days, not rolling. */
export const closingSoon = (f: Funding, now: number) => {
  const c = countdown(f, now);
  return c?.verb === 'closes' && c.days <= 14;
};

/** "today", "in 12 days", "in 3 weeks", "2 months ago": days up to 14, weeks below 60 days, then months. */
export const relative = (lang: string, days: number) => {
  const a = Math.abs(days);
  const [n, unit]: [number, Intl.RelativeTimeFormatUnit] =
    a <= 14 ? [days, 'day'] : a < 60 ? [Math.round(days / 7), 'week'] : [Math.round(days / 30.44), 'month'];
  return new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(n, unit);
};

export interface Filters {
  query: string;
  /** '' = every status but closed (closed too when `showClosed`). */
  status: string;
  kind: string;
  /** Eligible country (`eligibleCountries`; absent = anywhere). */
  country: string;
  /** Target markets, any of them (`targetMarkets`; absent = any). */
  market: string[];
  /** A sector: its `en` form (any spelling: case, accents and spaces around it do not matter). */
  sector: string;
  showClosed?: boolean;
}

export type Facet = 'status' | 'kind' | 'country' | 'market' | 'sector';
const FACETS: Facet[] = ['status', 'kind', 'country', 'market', 'sector'];

export interface Outcome {
  /** The records that pass every filter, in display order. */
  list: Funding[];
  /**
   * Options of a facet with counts under the other filters: the selected values in `keep` first, then each
   * value in the data → how many records would show with it. A record without countries counts for every country.
   */
  count: (facet: Facet, keep: string[]) => Map<string, number>;
  /** A sector's option value (the first `en` form met of the tag) → its first translated `Text` in the data, else its first (what its option shows). */
  tags: Map<string, Funding['name']>;
}

type Search = (x: Filters, now: number) => Outcome;
const built = new WeakMap<Funding[], Search>();
/** Per records array: each record's folded search text, made on first need or ahead in the background. */
const texts = new WeakMap<Funding[], string[]>();
const textOf = (f: Funding) => searchText([f.name, f.provider, f.description, ...(f.sectors ?? [])]);

/**
 * The search over `list`, set up once per records array so that a filter change parses no date, resolves no
 * text and sorts nothing. One pass gives the records that pass every filter, in display order (open by nearest
 * deadline, then rolling or without a deadline, then forthcoming by opening, then closed latest first; ties in
 * the data's order), and the facet counts: a record that fails exactly one facet still counts for that facet's
 * options, so the counts say what choosing another value would give. Every word of the query must match;
 * while the visitor types on, only the records the last query matched are read again.
 */
export const searcher = (list: Funding[]): Search => built.get(list) ?? drain(building(list));

/**
 * Sets the search up ahead, in slices (50,000 items take a few hundred ms), then folds the search texts in the
 * background, so that neither the first render nor the first keystroke runs long.
 */
export const prepareSearch = async (list: Funding[], signal?: AbortSignal): Promise<void> => {
  // A second list on the same data finds everything set up (or being folded) already.
  if (built.has(list)) return;
  await inSlices(building(list), signal);
  void inSlices(texting(list));
};

function* texting(list: Funding[]) {
  const text = texts.get(list)!;
  for (let i = 0; i < list.length; i++) {
    if (!(i & 31)) yield;
    text[i] ??= textOf(list[i]!);
  }
}

function* building(list: Funding[]): Generator<void, Search> {
  // Per facet: each value in order of first appearance → its option number.
  const ids = FACETS.map(() => new Map<string, number>());
  const id = (k: number, v: string) => ids[k]!.get(v) ?? ids[k]!.set(v, ids[k]!.size).size - 1;
  STATUSES.map((v) => id(0, v));
  const tags = new Map<string, Funding['name']>();
  // A sector's option is its first English form met; other spellings of the same tag count for it.
  const tag = tagKeys();
  const english = new Map<string, string>();
  const t: ReturnType<typeof times>[] = [];
  // Per record, per facet but status: its option numbers (`undefined` = every option).
  const keys: (number[] | undefined)[][] = [];
  for (const f of list) {
    if (!(t.length & 31)) yield;
    t.push(times(f));
    keys.push(
      [
        [f.kind],
        f.eligibleCountries,
        f.targetMarkets,
        (f.sectors ?? []).map((x) => {
          const k = tag(x);
          const v = english.get(k) ?? english.set(k, resolveText(x, 'en').trim()).get(k)!;
          keepShown(tags, v, x);
          return v;
        }),
      ].map((v, k) => v && [...new Set(v.map((v) => id(k + 1, v)))]),
    );
  }
  const text: string[] = [];
  texts.set(list, text);
  let st: number[] = [];
  /** The records in display order, each with its number and its option numbers. Made again when a status changes. */
  let rows: [Funding, number, (number[] | undefined)[]][] = [];
  let last: string;
  let out: Outcome;
  /** The last query's words, and the rows whose text has them all (in `rows` order). */
  let said: string[] = [];
  let matched = rows;
  const search: Search = (x, now) => {
    const was = st;
    st = list.map((f, i) => code(t[i]!, f.rolling, now));
    if (st.some((s, i) => s !== was[i])) {
      // Open with a deadline, open without, forthcoming, closed; then by time (years 0–9999 keep it under 2 ** 48).
      const time = list.map((f, i) => {
        const [a, b] = t[i]!;
        const r = st[i] ? st[i]! + 1 : f.rolling || !f.deadline ? 1 : 0;
        return r * 2 ** 50 + [b!, 0, a!, -b!][r]!;
      });
      matched = rows = [...time.keys()].sort((i, j) => time[i]! - time[j]!).map((i) => [list[i]!, i, [[st[i]!], ...keys[i]!]]);
      said = [];
      last = '';
    }
    // The same filters and no status changed: the same outcome (the widget asks once per change and once per render).
    const key = JSON.stringify(x);
    if (key === last) return out;
    last = key;
    const words = queryWords(x.query);
    const want = [
      x.status ? [x.status] : !x.showClosed && STATUSES.slice(0, 2),
      x.kind && [x.kind],
      x.country && [x.country],
      x.market.length && x.market,
      x.sector && [...ids[4]!.keys()].filter((v) => fold(v).trim() === fold(x.sector)),
    ].map((w, k) => w && w.map((v) => ids[k]!.get(v)));
    const counts = ids.map((o) => new Int32Array(o.size));
    const every = [0, 0, 0, 0, 0];
    const hits: Funding[] = [];
    // Typing on: only the last query's matches can match.
    const from = narrows(said, words) ? matched : rows;
    const found: typeof rows = [];
    next: for (const row of from) {
      const [f, i, own] = row;
      if (words.length) {
        const s = (text[i] ??= textOf(f));
        for (const w of words) if (!s.includes(w)) continue next;
      }
      found.push(row);
      let miss = -1;
      for (let k = 0; k < 5; k++) {
        const w = want[k];
        if (w && own[k] && !own[k]!.some((v) => w.includes(v))) {
          if (miss >= 0) continue next;
          miss = k;
        }
      }
      for (let k = 0; k < 5; k++) {
        if (miss >= 0 && miss !== k) continue;
        const o = own[k];
        if (o) for (const v of o) counts[k]![v]!++;
        else every[k]!++;
      }
      if (miss < 0) hits.push(f);
    }
    said = words;
    matched = found;
    return (out = {
      list: hits,
      tags,
      count: (facet, keep) => {
        const k = FACETS.indexOf(facet);
        const m = new Map(keep.map((v) => [v, every[k]!]));
        for (const [v, id] of ids[k]!) m.set(v, counts[k]![id]! + every[k]!);
        m.delete('');
        return m;
      },
    });
  };
  built.set(list, search);
  return search;
}

/**
 * An amount as a visitor types it, or NaN: digits with "." or "," between them, and spaces or apostrophes
 * between thousands. Both marks: the last one is the decimals. One mark, used once: the decimals, unless
 * exactly three digits follow it and it is not `decimal` (the language's own mark): "10.000" is ten thousand
 * in German and ten in English, "1500.5" is 1500.5 in both.
 */
export const readAmount = (text: string, decimal: string): number => {
  const s = text.replace(/[\s'’]/g, '');
  // Digits with single marks between them.
  if (!/^\d+([.,]\d+)*$/.test(s)) return NaN;
  const marks = s.match(/[.,]/g) ?? [];
  const last = marks.at(-1);
  const thousands = !!last && marks.every((m) => m === last) && (marks.length > 1 || (last !== decimal && /\d{3}$/.test(s.split(last!)[1]!)));
  // Every mark goes, but the last one when it is the decimal point.
  const at = !last || thousands ? -1 : s.lastIndexOf(last);
  return +s.replace(/[.,]/g, (_, i: number) => (i === at ? '.' : ''));
};

/**
 * The co-funding calculator: grant = cost × rate, capped at `max`; own share = cost − grant. Both are rounded
 * to whole currency units (halves up, after removing binary floating-point noise), and the own share is the
 * rounded cost minus the rounded grant, so the two always add up to the rounded cost. Undefined for a cost
 * that is not a non-negative finite number.
 */
export const cofund = (cost: number, rate: number, max?: number) => {
  if (!(cost >= 0 && cost < Infinity)) return undefined;
  const round = (n: number) => Math.round(+n.toPrecision(12));
  const grant = round(Math.min(cost * rate, max ?? Infinity));
  return { grant, own: round(cost) - grant };
};

// ---- iCalendar (RFC 5545) ----

/**
 * TEXT value escaping: backslash, semicolon, comma, and line breaks as \n; other control characters (which
 * RFC 5545 §3.3.11 does not allow in TEXT, tab aside) are dropped.
 */
export const icsText = (s: string) =>
  s
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\r\n?|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\0-\x08\x0B-\x1F\x7F]/g, '');

/** Folds a content line at 75 octets (UTF-8), never inside a character; continuation lines start with a space. */
export const foldLine = (line: string) => {
  let out = '';
  let n = 0;
  for (const ch of line) {
    const c = ch.codePointAt(0)!;
    const b = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (n + b > 75) {
      out += '\r\n ';
      n = 1;
    }
    out += ch;
    n += b;
  }
  return out;
};

/**
 * A UTC date-time (`20270315T160000Z`) and a date (`20270315`) as RFC 5545 writes them: four-digit years, so
 * undefined past 9999 (toISOString writes `+010000`); a data date is at most 9999-12-31, with an offset
 * that can move its instant into year 10000.
 */
const stamp = (t: number) => (new Date(t).getUTCFullYear() > 9999 ? undefined : new Date(t).toISOString().replace(/[-:]|\.\d+/g, ''));
const ymd = (y: number, m: number, d: number) => stamp(Date.UTC(y, m - 1, d))?.slice(0, 8);

export interface IcsEvent {
  id: string;
  summary: string;
  description: string;
  url: string;
  /** A data `Date`: date-only = an all-day event; a date-time = a timed event in UTC. */
  deadline: string;
}

/** One VCALENDAR with a VEVENT per deadline and a display reminder 7 days before; CRLF line endings. */
export const ics = (events: IcsEvent[], now: number) => {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Cluster Gateway//Funding list//EN', 'CALSCALE:GREGORIAN'];
  for (const e of events) {
    const [y, m, d] = e.deadline.split(/\D/).map(Number) as [number, number, number];
    // A deadline whose instant is past 9999 in UTC is written as its own calendar day.
    const at = e.deadline.length > 10 && stamp(Date.parse(e.deadline));
    // The day after, unless that is past 9999-12-31: then one day's duration says the same.
    const end = ymd(y, m, d + 1);
    lines.push(
      'BEGIN:VEVENT',
      // The id at the host of the call's page: stable for the same call, apart for calls of other providers;
      // percent-encoded, so that two ids never give one UID and no character needs escaping.
      `UID:${uriComponent(e.id)}@${new URL(e.url).host}`,
      `DTSTAMP:${stamp(now)}`,
      `SUMMARY:${icsText(e.summary)}`,
      `DESCRIPTION:${icsText(e.description)}`,
      `URL:${e.url}`,
      ...(at ? [`DTSTART:${at}`] : [`DTSTART;VALUE=DATE:${ymd(y, m, d)}`, end ? `DTEND;VALUE=DATE:${end}` : 'DURATION:P1D']),
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${icsText(e.summary)}`,
      'TRIGGER:-P7D',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
};

// ---- CSV (RFC 4180) ----

/**
 * CSV with a UTF-8 byte-order mark (so spreadsheet apps read it as UTF-8) and CRLF; every cell quoted, quotes
 * doubled; a cell that starts with = + - @ tab or CR gets a leading ' so no spreadsheet runs it as a formula.
 */
export const csv = (rows: (string | number | undefined)[][]) =>
  '\uFEFF' +
  rows
    .map((r) =>
      r
        .map(
          (v) =>
            `"${String(v ?? '')
              .replace(/^[=+\-@\t\r]/, "'$&")
              .replace(/"/g, '""')}"`,
        )
        .join(','),
    )
    .join('\r\n') +
  '\r\n';
