/** A fatal data problem in plain words: the one message the error panel shows and `cg-data-error` carries. */
import type { DataError } from '../data/errors.js';
import { fill, formatList, formatNumber, type Lang } from './i18n.js';
import type { SharedStrings } from './strings.js';

/** The message for a fatal problem, in plain words, naming the source; `mark` marks each value in it (`iso` for the panel). */
export const errorMessage = (strings: SharedStrings, error: DataError, lang: Lang, mark = (value: string) => value): string => {
  const kind = error.kind as keyof SharedStrings['errors'];
  const details = error.details;
  return fill(strings.errors[kind] ?? strings.errors.unexpected, {
    src: error.src ? mark(error.src) : strings.givenData,
    status: [details.status, details.statusText].filter(Boolean).join(' '),
    seconds: formatNumber(lang, details.seconds ?? 10),
    version: JSON.stringify(details.version ?? null),
    section: details.section ?? '',
    wanted: mark(details.wanted ?? ''),
    available: formatList(
      lang,
      (details.available ?? []).map((name) => `"${mark(name)}"`),
    ),
  });
};
