/**
 * Pure functions of cg-funding-list: status and countdown from an injected "now", order, filters and
 * facet counts, the co-funding calculator, and the iCalendar (RFC 5545) and CSV (RFC 4180) builders.
 */
import { endOfDeadline, startOfOpening } from '../../data/dates.js';
import type { Funding } from '../../data/schema.js';
import { fold, resolveText, searchText, tagKey } from '../../data/text.js';

export type Status = 'open' | 'forthcoming' | 'closed';
export const STATUSES: Status[] = ['open', 'forthcoming', 'closed'];

const times = new WeakMap<Funding, [number, number]>();

/** `forthcoming` before `opens`, `closed` after `deadline` unless `rolling`, else `open`. */
export const statusOf = (f: Funding, now: number): Status => {
  // Filters ask for the status of every item several times a keystroke: parse its dates once.
  let t = times.get(f);
  if (!t) times.set(f, (t = [f.opens ? startOfOpening(f.opens) : -Infinity, f.deadline ? endOfDeadline(f.deadline) : Infinity]));
  return now < t[0] ? 'forthcoming' : !f.rolling && now > t[1] ? 'closed' : 'open';
};

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
  const s = statusOf(f, now);
  if (s === 'forthcoming') return { verb: 'opens', days: daysUntil(startOfOpening(f.opens!), now) };
  if (f.rolling || !f.deadline) return undefined;
  return {
    verb: s === 'closed' ? 'closed' : 'closes',
    days: daysUntil(endOfDeadline(f.deadline), now),
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

/** Sort key: open by nearest deadline, then rolling or no deadline, then forthcoming by opening, then closed (latest first). */
const rank = (f: Funding, now: number): [number, number] => {
  const s = statusOf(f, now);
  if (s === 'forthcoming') return [2, startOfOpening(f.opens!)];
  if (s === 'closed') return [3, -endOfDeadline(f.deadline!)];
  return f.rolling || !f.deadline ? [1, 0] : [0, endOfDeadline(f.deadline)];
};

/** The records in display order (a new array; stable within equal keys). */
export const sortFunding = (list: Funding[], now: number) =>
  [...list].sort((a, b) => {
    const [x, y] = rank(a, now);
    const [u, v] = rank(b, now);
    return x - u || y - v;
  });

export interface Filters {
  query: string;
  /** '' = every status but closed (closed too when `showClosed`). */
  status: string;
  kind: string;
  /** Eligible country (`eligibleCountries`; absent = anywhere). */
  country: string;
  /** Target markets, any of them (`targetMarkets`; absent = any). */
  market: string[];
  /** A sector's `en` form. */
  sector: string;
  showClosed?: boolean;
}

export type Facet = 'status' | 'kind' | 'country' | 'market' | 'sector';

const cache = new WeakMap<Funding, string>();
const words = (f: Funding) => {
  let w = cache.get(f);
  if (w === undefined) cache.set(f, (w = searchText([f.name, f.provider, f.description, ...(f.sectors ?? [])])));
  return w;
};

const sectorKeys = new WeakMap<Funding, string[]>();
let lastQuery: string | undefined;
let lastWords: string[] = [];

/** True when `f` passes every filter but `skip`. Every word of the query must match. */
export const matches = (f: Funding, x: Filters, now: number, skip?: Facet) => {
  const s = statusOf(f, now);
  if (x.query !== lastQuery) lastWords = fold((lastQuery = x.query)).split(/\s+/).filter(Boolean);
  let keys = sectorKeys.get(f);
  if (!keys) sectorKeys.set(f, (keys = (f.sectors ?? []).map(tagKey)));
  return (
    (skip === 'status' || (x.status ? s === x.status : s !== 'closed' || !!x.showClosed)) &&
    (skip === 'kind' || !x.kind || f.kind === x.kind) &&
    (skip === 'country' || !x.country || !f.eligibleCountries || f.eligibleCountries.includes(x.country)) &&
    (skip === 'market' || !x.market.length || !f.targetMarkets || x.market.some((m) => f.targetMarkets!.includes(m))) &&
    (skip === 'sector' || !x.sector || keys.includes(fold(x.sector))) &&
    lastWords.every((w) => words(f).includes(w))
  );
};

/** The values one record offers for a facet (`undefined` = matches every value). */
const values = (f: Funding, facet: Facet, now: number): string[] | undefined =>
  facet === 'status'
    ? [statusOf(f, now)]
    : facet === 'kind'
      ? [f.kind]
      : facet === 'country'
        ? f.eligibleCountries
        : facet === 'market'
          ? f.targetMarkets
          : (f.sectors ?? []).map((t) => resolveText(t, 'en'));

/**
 * Options of a facet with counts under the other filters: each value in the data (and the selected ones in
 * `keep`) → how many records would show with it. A record without countries counts for every country.
 */
export const facetCounts = (list: Funding[], x: Filters, facet: Facet, now: number, keep: string[] = []) => {
  const counts = new Map<string, number>();
  for (const v of [...keep, ...list.flatMap((f) => values(f, facet, now) ?? [])]) if (v) counts.set(v, 0);
  for (const f of list) {
    const v = matches(f, x, now, facet) && values(f, facet, now);
    if (v !== false) for (const [k, n] of counts) if (!v || v.includes(k)) counts.set(k, n + 1);
  }
  return counts;
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

const stamp = (t: number) => new Date(t).toISOString().replace(/[-:]|\.\d+/g, '');
const ymd = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10).replace(/-/g, '');

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
    const timed = e.deadline.length > 10;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsText(e.id)}@cluster-gateway`,
      `DTSTAMP:${stamp(now)}`,
      `SUMMARY:${icsText(e.summary)}`,
      `DESCRIPTION:${icsText(e.description)}`,
      `URL:${e.url}`,
      ...(timed
        ? [`DTSTART:${stamp(Date.parse(e.deadline))}`]
        : [`DTSTART;VALUE=DATE:${ymd(y, m, d)}`, `DTEND;VALUE=DATE:${ymd(y, m, d + 1)}`]),
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
