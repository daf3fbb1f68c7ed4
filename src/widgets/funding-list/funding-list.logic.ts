/**
 * Pure functions of cg-funding-list: status and countdown from an injected "now", the search (an index built
 * once per records array, then one pass per search that filters, orders and counts facets), the co-funding
 * calculator, and the iCalendar (RFC 5545) and CSV (RFC 4180) builders.
 */
import { endOfDeadline, startOfOpening } from '../../data/dates.js';
import type { Funding } from '../../data/schema.js';
import { fold, keepShown, narrows, queryWords, resolveText, searchText, tagKeys } from '../../data/text.js';
import type { Text } from '../../data/values.js';
import { drain, inSlices } from '../../data/yield.js';
import { uriComponent } from '../../shared/uri.js';

export type Status = 'open' | 'forthcoming' | 'closed';
export const STATUSES: Status[] = ['open', 'forthcoming', 'closed'];

/** When an item opens and when its deadline ends (epoch ms; -Infinity without `opens`, Infinity without `deadline`). */
interface Times {
  opens: number;
  closes: number;
}

const timesOf = (item: Funding): Times => ({
  opens: item.opens ? startOfOpening(item.opens) : -Infinity,
  closes: item.deadline ? endOfDeadline(item.deadline) : Infinity,
});

/** `forthcoming` before it opens, `closed` after its deadline unless `rolling`, else `open`. */
const statusAt = ({ opens, closes }: Times, rolling: boolean | undefined, now: number): Status =>
  now < opens ? 'forthcoming' : !rolling && now > closes ? 'closed' : 'open';

/** `forthcoming` before `opens`, `closed` after `deadline` unless `rolling`, else `open`. */
export const statusOf = (item: Funding, now: number): Status => statusAt(timesOf(item), item.rolling, now);

/** The local calendar day of an instant, as a day number (DST-proof). */
const dayNumber = (instant: number) => {
  const date = new Date(instant);
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 864e5;
};

/** Whole local calendar days from `now` to `instant` (0 = the same day). */
export const daysUntil = (instant: number, now: number) => dayNumber(instant) - dayNumber(now);

export type Countdown = { verb: 'opens' | 'closes' | 'closed'; days: number };

/**
 * What the countdown says: `opens` (forthcoming), `closes` (open with a deadline, not rolling) or `closed`,
 * with signed calendar days from today; nothing for rolling items and items without a date.
 */
export const countdown = (item: Funding, now: number): Countdown | undefined => {
  const times = timesOf(item);
  const status = statusAt(times, item.rolling, now);
  if (status === 'forthcoming') return { verb: 'opens', days: daysUntil(times.opens, now) };
  if (item.rolling || !item.deadline) return undefined;
  return { verb: status === 'closed' ? 'closed' : 'closes', days: daysUntil(times.closes, now) };
};

/** Has a deadline that has not passed (what a calendar file can hold). */
export const upcoming = (item: Funding, now: number) => !!item.deadline && endOfDeadline(item.deadline) >= now;

/** Open, with a deadline in 0–14 days, not rolling. */
export const closingSoon = (item: Funding, now: number) => {
  const due = countdown(item, now);
  return due?.verb === 'closes' && due.days <= 14;
};

/** "today", "in 12 days", "in 3 weeks", "2 months ago": days up to 14, weeks below 60 days, then months. */
export const relative = (lang: string, days: number) => {
  const distance = Math.abs(days);
  const [amount, unit]: [number, Intl.RelativeTimeFormatUnit] =
    distance <= 14 ? [days, 'day'] : distance < 60 ? [Math.round(days / 7), 'week'] : [Math.round(days / 30.44), 'month'];
  return new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(amount, unit);
};

// ---- Search ----

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

/** The filters with options and counts, in the order of the controls; the index keeps per-facet data in this order, status first. */
export const FACETS = ['status', 'kind', 'country', 'market', 'sector'] as const;
export type Facet = (typeof FACETS)[number];
const [STATUS, SECTOR] = [FACETS.indexOf('status'), FACETS.indexOf('sector')];
/** A status's option numbers: its place in STATUSES, which the index gives the status options first. */
const STATUS_IDS = Object.fromEntries(STATUSES.map((status, id) => [status, [id]])) as Record<Status, number[]>;

/** What the search reads, built once per records array (in slices, before the list first shows). */
export interface Index {
  records: Funding[];
  /** Per record: when it opens and closes. */
  times: Times[];
  /** Per facet: each value, in order of first appearance → its option number. The statuses are the status options, in STATUSES order. */
  options: Map<string, number>[];
  /** Per record, per facet after status (kind, country, market, sector): its option numbers; `undefined` = every option (a record without countries is open to all). */
  facetIds: (number[] | undefined)[][];
  /** A sector's option value (the first `en` form met of the tag) → its first translated `Text` in the data, else its first (what its option shows). */
  tags: Map<string, Text>;
  /** Per record: its folded search text, made on first need or ahead in the background (a cache: filling it changes no outcome). */
  text: string[];
}

const built = new WeakMap<Funding[], Index>();

/** The index of `records`, built once per records array. */
export const indexOf = (records: Funding[]): Index => built.get(records) ?? drain(building(records));

/**
 * Builds the index ahead, in slices (50,000 items take a few hundred ms), then folds the search texts in the
 * background, so that neither the first render nor the first keystroke runs long.
 */
export const prepareSearch = async (records: Funding[], signal?: AbortSignal): Promise<void> => {
  // A second list on the same data finds everything built (or being folded) already.
  if (built.has(records)) return;
  const index = await inSlices(building(records), signal);
  void inSlices(folding(index));
};

const searchTextOf = (item: Funding) => searchText([item.name, item.provider, item.description, ...(item.sectors ?? [])]);

function* folding(index: Index) {
  for (let i = 0; i < index.records.length; i++) {
    if (!(i & 31)) yield;
    index.text[i] ??= searchTextOf(index.records[i]!);
  }
}

function* building(records: Funding[]): Generator<void, Index> {
  const options = FACETS.map(() => new Map<string, number>());
  const optionId = (facet: number, value: string) => {
    const ids = options[facet]!;
    return ids.get(value) ?? ids.set(value, ids.size).size - 1;
  };
  for (const status of STATUSES) optionId(STATUS, status);
  const index: Index = { records, times: [], options, facetIds: [], tags: new Map(), text: [] };
  // A sector's option is its first English form met; other spellings of the same tag count for it.
  const tagKey = tagKeys();
  const optionValues = new Map<string, string>();
  const sectorValue = (sector: Text) => {
    const key = tagKey(sector);
    const value = optionValues.get(key) ?? optionValues.set(key, resolveText(sector, 'en').trim()).get(key)!;
    keepShown(index.tags, value, sector);
    return value;
  };
  for (const item of records) {
    if (!(index.times.length & 31)) yield;
    index.times.push(timesOf(item));
    const values = [[item.kind], item.eligibleCountries, item.targetMarkets, (item.sectors ?? []).map(sectorValue)];
    index.facetIds.push(values.map((list, i) => list && [...new Set(list.map((value) => optionId(i + 1, value)))]));
  }
  built.set(records, index);
  return index;
}

/**
 * Record numbers in display order: open with a deadline, by nearest deadline; then open without one (rolling or
 * undated); then forthcoming, by opening; then closed, latest first. Ties keep the data's order.
 */
const displayOrder = (index: Index, statuses: Status[]): number[] => {
  const sortKeys = index.records.map((item, i): [group: number, time: number] => {
    const { opens, closes } = index.times[i]!;
    if (statuses[i] === 'forthcoming') return [2, opens];
    if (statuses[i] === 'closed') return [3, -closes];
    return item.rolling || !item.deadline ? [1, 0] : [0, closes];
  });
  const byGroupThenTime = (a: number, b: number) => sortKeys[a]![0] - sortKeys[b]![0] || sortKeys[a]![1] - sortKeys[b]![1];
  return sortKeys.map((_, i) => i).sort(byGroupThenTime);
};

export interface Outcome {
  /** The records that pass every filter, in display order. */
  list: Funding[];
  /**
   * Options of a facet with counts under the other filters: the selected values in `keep` first, then each
   * value in the data → how many records would show with it. A record without countries counts for every country.
   */
  count: (facet: Facet, keep: string[]) => Map<string, number>;
  /** The index's `tags`: what each sector option shows. */
  tags: Map<string, Text>;
  /** The filters searched for, as JSON. */
  filters: string;
  /** Per record: its status when searched. */
  statuses: Status[];
  /** Record numbers in display order under those statuses. */
  order: number[];
  /** The folded words of the query. */
  words: string[];
  /** The records whose text has every word (facets aside), in `order`: where a narrower query can start. */
  matched: number[];
}

/**
 * One pass over the records gives those that pass every filter, in display order, and the facet counts: a
 * record that fails exactly one facet still counts for that facet's options, so the counts say what choosing
 * another value would give. Every word of the query must be in the record's text.
 *
 * `previous`, an outcome of the same index, saves work: with the same statuses it lends its order (no sort);
 * with the same filters too it is the outcome; and when each of its words is part of a word of the query (the
 * visitor typed on, or changed a filter), only its `matched` records are read. The outcome is the same either way.
 */
export function search(index: Index, filters: Filters, now: number, previous?: Outcome): Outcome {
  const { records, options, facetIds, tags, text } = index;
  const statuses = records.map((item, i) => statusAt(index.times[i]!, item.rolling, now));
  const sameOrder = !!previous && statuses.every((status, i) => status === previous.statuses[i]);
  const key = JSON.stringify(filters);
  if (sameOrder && previous.filters === key) return previous;
  const order = sameOrder ? previous.order : displayOrder(index, statuses);
  const words = queryWords(filters.query);
  const candidates = sameOrder && narrows(previous.words, words) ? previous.matched : order;

  // Per facet: the option numbers any of which a record must have (undefined: no filter; a value not in the data has none).
  const one = (value: string) => (value ? [value] : undefined);
  const wanted = [
    filters.status ? [filters.status] : filters.showClosed ? undefined : ['open', 'forthcoming'],
    one(filters.kind),
    one(filters.country),
    filters.market.length ? filters.market : undefined,
    filters.sector ? [...options[SECTOR]!.keys()].filter((value) => fold(value).trim() === fold(filters.sector)) : undefined,
  ];
  const selected = wanted.map((values, facet) => values?.map((value) => options[facet]!.get(value)));
  // Record `i`'s option numbers in a facet (undefined: every option).
  const idsOf = (i: number, facet: number) => (facet === STATUS ? STATUS_IDS[statuses[i]!] : facetIds[i]![facet - 1]);

  const counts = options.map((values) => new Int32Array(values.size));
  // Per facet: the records that count for every one of its options.
  const everywhere = FACETS.map(() => 0);
  const list: Funding[] = [];
  const matched: number[] = [];
  next: for (const i of candidates) {
    if (words.length) {
      const recordText = (text[i] ??= searchTextOf(records[i]!));
      for (const word of words) if (!recordText.includes(word)) continue next;
    }
    matched.push(i);
    // The one facet the record fails, if any; a record that fails two counts for nothing.
    let missed = -1;
    for (let facet = 0; facet < FACETS.length; facet++) {
      const want = selected[facet];
      const ids = idsOf(i, facet);
      if (want && ids && !ids.some((id) => want.includes(id))) {
        if (missed >= 0) continue next;
        missed = facet;
      }
    }
    for (let facet = 0; facet < FACETS.length; facet++) {
      if (missed >= 0 && missed !== facet) continue;
      const ids = idsOf(i, facet);
      if (ids) for (const id of ids) counts[facet]![id]!++;
      else everywhere[facet]!++;
    }
    if (missed < 0) list.push(records[i]!);
  }

  const count = (facet: Facet, keep: string[]) => {
    const at = FACETS.indexOf(facet);
    const result = new Map(keep.map((value) => [value, everywhere[at]!]));
    for (const [value, id] of options[at]!) result.set(value, counts[at]![id]! + everywhere[at]!);
    result.delete('');
    return result;
  };
  return { list, count, tags, filters: key, statuses, order, words, matched };
}

const searchers = new WeakMap<Funding[], (filters: Filters, now: number) => Outcome>();

/**
 * The search over `records` (made once per records array), each search narrowed by the one before: while the
 * visitor types on, only the records the last query matched are read again.
 */
export const searcher = (records: Funding[]): ((filters: Filters, now: number) => Outcome) => {
  let searching = searchers.get(records);
  if (!searching) {
    let last: Outcome | undefined;
    searching = (filters, now) => (last = search(indexOf(records), filters, now, last));
    searchers.set(records, searching);
  }
  return searching;
};

/**
 * An amount as a visitor types it, or NaN: digits with "." or "," between them, and spaces or apostrophes
 * between thousands. Both marks: the last one is the decimals. One mark, used once: the decimals, unless
 * exactly three digits follow it and it is not `decimal` (the language's own mark): "10.000" is ten thousand
 * in German and ten in English, "1500.5" is 1500.5 in both.
 */
export const readAmount = (text: string, decimal: string): number => {
  const digits = text.replace(/[\s'’]/g, '');
  // Digits with single marks between them.
  if (!/^\d+([.,]\d+)*$/.test(digits)) return NaN;
  const marks = digits.match(/[.,]/g) ?? [];
  const last = marks.at(-1);
  const thousands =
    !!last && marks.every((mark) => mark === last) && (marks.length > 1 || (last !== decimal && /\d{3}$/.test(digits.split(last)[1]!)));
  // Every mark goes, but the last one when it is the decimal point.
  const decimalAt = !last || thousands ? -1 : digits.lastIndexOf(last);
  return +digits.replace(/[.,]/g, (_, at: number) => (at === decimalAt ? '.' : ''));
};

/**
 * The co-funding calculator: grant = cost × rate, capped at `max`; own share = cost − grant. Both are rounded
 * to whole currency units (halves up, after removing binary floating-point noise), and the own share is the
 * rounded cost minus the rounded grant, so the two always add up to the rounded cost. Undefined for a cost
 * that is not a non-negative finite number.
 */
export const cofund = (cost: number, rate: number, max?: number) => {
  if (!(cost >= 0 && cost < Infinity)) return undefined;
  const round = (amount: number) => Math.round(+amount.toPrecision(12));
  const grant = round(Math.min(cost * rate, max ?? Infinity));
  return { grant, own: round(cost) - grant };
};

// ---- iCalendar (RFC 5545) ----

/**
 * TEXT value escaping: backslash, semicolon, comma, and line breaks as \n; other control characters (which
 * RFC 5545 §3.3.11 does not allow in TEXT, tab aside) are dropped.
 */
export const icsText = (text: string) =>
  text
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\r\n?|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\0-\x08\x0B-\x1F\x7F]/g, '');

/** Folds a content line at 75 octets (UTF-8), never inside a character; continuation lines start with a space. */
export const foldLine = (line: string) => {
  let folded = '';
  let octets = 0;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      folded += '\r\n ';
      octets = 1;
    }
    folded += char;
    octets += size;
  }
  return folded;
};

/**
 * A UTC date-time (`20270315T160000Z`) and a date (`20270315`) as RFC 5545 writes them: four-digit years, so
 * undefined past 9999 (toISOString writes `+010000`); a data date is at most 9999-12-31, with an offset
 * that can move its instant into year 10000.
 */
const stamp = (instant: number) =>
  new Date(instant).getUTCFullYear() > 9999 ? undefined : new Date(instant).toISOString().replace(/[-:]|\.\d+/g, '');
const ymd = (year: number, month: number, day: number) => stamp(Date.UTC(year, month - 1, day))?.slice(0, 8);

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
  for (const event of events) {
    const [year, month, day] = event.deadline.split(/\D/).map(Number) as [number, number, number];
    // A deadline whose instant is past 9999 in UTC is written as its own calendar day.
    const at = event.deadline.length > 10 && stamp(Date.parse(event.deadline));
    // The day after, unless that is past 9999-12-31: then one day's duration says the same.
    const end = ymd(year, month, day + 1);
    lines.push(
      'BEGIN:VEVENT',
      // The id at the host of the call's page: stable for the same call, apart for calls of other providers;
      // percent-encoded, so that two ids never give one UID and no character needs escaping.
      `UID:${uriComponent(event.id)}@${new URL(event.url).host}`,
      `DTSTAMP:${stamp(now)}`,
      `SUMMARY:${icsText(event.summary)}`,
      `DESCRIPTION:${icsText(event.description)}`,
      `URL:${event.url}`,
      ...(at ? [`DTSTART:${at}`] : [`DTSTART;VALUE=DATE:${ymd(year, month, day)}`, end ? `DTEND;VALUE=DATE:${end}` : 'DURATION:P1D']),
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${icsText(event.summary)}`,
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
export const csv = (rows: (string | number | boolean | undefined)[][]) => {
  const cell = (value: string | number | boolean | undefined) => {
    const text = String(value ?? '').replace(/^[=+\-@\t\r]/, "'$&");
    return `"${text.replace(/"/g, '""')}"`;
  };
  return '\uFEFF' + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
};
