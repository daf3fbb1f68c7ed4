/**
 * Dates of data format v1. A date-only `opens` means the start of that day and a date-only `deadline` the
 * end of that day, both in the visitor's time zone; a date-time carries its own offset.
 */
import { isDateOnly } from './values.js';

const parts = (date: string): [number, number, number] => {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  return [y, m, d];
};

/** Epoch milliseconds at which something that opens on `date` opens. */
export const startOfOpening = (date: string): number => {
  if (!isDateOnly(date)) return Date.parse(date);
  const [y, m, d] = parts(date);
  return new Date(y, m - 1, d).getTime();
};

/** Epoch milliseconds up to which a deadline of `date` is still open (end of day, local). */
export const endOfDeadline = (date: string): number => {
  if (!isDateOnly(date)) return Date.parse(date);
  const [y, m, d] = parts(date);
  return new Date(y, m - 1, d + 1).getTime() - 1;
};

/** A `Date` for display: a date-only value is that calendar day at local noon (never shifts a day). */
export const toDisplayDate = (date: string): Date => {
  if (!isDateOnly(date)) return new Date(Date.parse(date));
  const [y, m, d] = parts(date);
  return new Date(y, m - 1, d, 12);
};

/** Months after which a record's `lastVerified` counts as stale ("Not verified since …"). */
export const STALE_MONTHS = 18;

/** True when `lastVerified` is more than 18 months before `now`. */
export const isStale = (lastVerified: string | undefined, now = new Date()): boolean =>
  !!lastVerified && startOfOpening(lastVerified) < new Date(now.getFullYear(), now.getMonth() - STALE_MONTHS, now.getDate()).getTime();
