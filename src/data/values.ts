/**
 * The shared value types of data format v1 (Text, Country, Url, Email, Date, Tag) as zod/mini schemas.
 * Each schema carries its own plain-words message, which the validator prefixes with the field's path.
 */
import * as z from 'zod/mini';

// zod probes for runtime code generation (the Function constructor) unless told not to; a strict CSP would report it.
z.config({ jitless: true });

/** ISO 3166-1 alpha-2, officially assigned codes (249), as one string to keep the bundle small. */
const ISO_COUNTRIES =
  'ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW';

const countrySet = new Set<string>(ISO_COUNTRIES.match(/../g) ?? []);

/**
 * How schemas that are plain checks to zod (z.custom) look in the published JSON Schema; read only by the
 * command line's schema generator.
 */
export const jsonShapes = new Map<unknown, Record<string, unknown>>();

/** Every ISO 3166-1 alpha-2 code this build knows, upper case. */
export const COUNTRY_CODES: readonly string[] = [...countrySet];

/** True for an assigned ISO 3166-1 alpha-2 code, in any letter case. */
export const isCountryCode = (value: string): boolean => countrySet.has(value) || countrySet.has(value.toUpperCase());

const show = (value: unknown): string => {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/** Names what kind of value a field holds, for messages such as "expected text, got 42". */
const got = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : show(value);

/**
 * The JSON types as plain checks: `z.custom(isString, …)` refuses what `z.string(…)` refuses, with the same
 * message and as the first issue, for about 0.35 kB less of zod in the bundle. The JSON Schema generator
 * (json-schema.ts) writes their `type`.
 */
export const isString = (value: unknown): value is string => typeof value === 'string';
/** As `z.number()`: finite numbers only (so the refines after it need not ask). */
export const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

const nonEmptyString = (what: string) =>
  z
    .custom<string>(isString, { error: (issue) => `expected ${what}, got ${got(issue.input)}` })
    .check(z.refine((s) => s.trim().length > 0, { error: `expected ${what}, got an empty string` }));

/** A plain identifier (record ids, question ids…). */
export const Id = nonEmptyString('an id (text)');

/** A plain string (acronym, city). */
export const PlainString = nonEmptyString('text');

const languageTag = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

const isText = (value: unknown): value is string | Record<string, string> => {
  if (typeof value === 'string') return value.trim().length > 0;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  // eslint-disable-next-line cg/no-data-keys -- own keys (Object.keys)
  for (const key of keys) if (!languageTag.test(key) || typeof (value as Record<string, unknown>)[key] !== 'string') return false;
  return keys.length > 0;
};

/** `Text`: a string, or an object of BCP 47 language tags to strings with at least one entry. */
export const Text = z.custom<string | Record<string, string>>(isText, {
  error: (issue) => {
    const input = issue.input;
    if (input === '' || (typeof input === 'string' && !input.trim())) return 'expected text, got an empty string';
    if (typeof input !== 'object' || input === null || Array.isArray(input))
      return `expected text or an object of language codes to text, got ${got(input)}`;
    const entries = Object.entries(input);
    if (!entries.length) return 'expected at least one language, got an empty object';
    const badKey = entries.find(([key]) => !languageTag.test(key));
    if (badKey) return `${show(badKey[0])} is not a language code (use BCP 47 tags such as "en" or "da")`;
    const badText = entries.find(([, text]) => typeof text !== 'string')!;
    return `${badKey ?? badText[0]}: expected text, got ${got(badText[1])}`;
  },
});
export type Text = z.infer<typeof Text>;
jsonShapes.set(Text, {
  anyOf: [
    { type: 'string', minLength: 1 },
    { type: 'object', minProperties: 1, additionalProperties: { type: 'string' } },
  ],
  description: 'Text, or an object of language tags to text: {"en": "Energy", "da": "Energi"}',
});

/** `Tag`: a short Text from the webmaster's vocabulary. */
export const Tag = Text;

/** `Country`: ISO 3166-1 alpha-2, upper-cased on input. */
export const Country = z
  .custom<string>(isString, { error: (issue) => `expected a country code such as "DK", got ${got(issue.input)}` })
  .check(z.trim(), z.toUpperCase(), z.refine(isCountryCode, { error: (issue) => `${show(issue.input)} is not a country code` }));

let last: [string, string | undefined] = ['', undefined];

/**
 * The address as browsers read it (spaces escaped, host in lower case: `new URL(value).href`) when `value` is
 * an http(s) URL that the platform's URL parser takes; undefined for anything else. Nothing may precede the
 * scheme (the parser would drop leading spaces and control characters). Linear: no pattern here can backtrack.
 */
export const httpHref = (value: string): string | undefined => {
  // The refine and the overwrite of `Url` ask about the same value in turn: the parser runs once.
  if (value === last[0]) return last[1];
  let href: string | undefined;
  if (/^https?:/i.test(value)) {
    try {
      const url = new URL(value);
      // Chromium takes a host with a space or "*" (escaped), which the URL standard and Node refuse.
      if (!/[%*]/.test(url.hostname)) href = url.href;
    } catch {
      // not a URL
    }
  }
  last = [value, href];
  return href;
};

/** True for an absolute http(s) URL that the platform's URL parser takes. */
export const isHttpUrl = (value: string): boolean => httpHref(value) !== undefined;

/** `Url`: an absolute http(s) URL, nothing before the scheme, read as its normalised `href`. */
export const Url = z.custom<string>(isString, { error: (issue) => `expected a web address, got ${got(issue.input)}` }).check(
  z.refine(isHttpUrl, {
    error: (issue) => `${show(issue.input)} is not an http(s) web address`,
  }),
  z.overwrite((value) => httpHref(value) ?? value),
);

/**
 * A plain address and nothing more: one `@`; before it letters, digits and the signs HTML's `type=email`
 * takes, less `%`, `?` and `#` (which a `mailto:` reads as more than an address); after it two or more labels
 * of letters, digits and `-`, separated by dots. No part can match in two ways, so the check is linear.
 */
const email = /^[\p{L}\p{N}.!$&'*+/=^_`{|}~-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;

/** True for a plain e-mail address (see `email`). */
export const isEmail = (value: string): boolean => value.length <= 254 && email.test(value);

/** `Email`: an address, rendered only as a `mailto:` link (see `mailto`). */
export const Email = z
  .custom<string>(isString, { error: (issue) => `expected an e-mail address, got ${got(issue.input)}` })
  .check(z.refine(isEmail, { error: (issue) => `${show(issue.input)} is not an e-mail address` }));

/** The `mailto:` link of an address: the address percent-encoded as a URI component (its `@` kept), so that nothing but the address reaches it. */
export const mailto = (address: string): string => `mailto:${encodeURIComponent(address).replace('%40', '@')}`;

const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTime = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;

/** True when `value` is a real calendar date (no 30 February) in ISO 8601, date-only or with offset. */
export const isIsoDate = (value: string): boolean => {
  const match = dateOnly.exec(value) ?? dateTime.exec(value);
  if (!match) return false;
  const [year, month, day] = [+match[1]!, +match[2]!, +match[3]!];
  // Days in the month (Gregorian leap years); years before 100 are refused, as Date reads them as 19xx.
  const days = month === 2 ? (year % 4 || (year % 100 === 0 && year % 400) ? 28 : 29) : 30 + ((month + (month >> 3)) & 1);
  return year > 99 && month > 0 && month < 13 && day > 0 && day <= days;
};

/** True when an ISO date string has no time part. */
export const isDateOnly = (value: string): boolean => dateOnly.test(value);

/** `Date`: `YYYY-MM-DD`, or a date-time with an offset. */
export const IsoDate = z
  .custom<string>(isString, { error: (issue) => `expected a date such as "2026-11-01", got ${got(issue.input)}` })
  .check(
    z.refine(isIsoDate, {
      error: (issue) => `${show(issue.input)} is not a date (use YYYY-MM-DD, or a date-time with an offset)`,
    }),
  );

export const NonNegativeInt = z
  .custom<number>(isNumber, { error: (issue) => `expected a whole number, got ${got(issue.input)}` })
  .check(z.refine((n) => Number.isInteger(n) && n >= 0, { error: (issue) => `expected a whole number ≥ 0, got ${got(issue.input)}` }));

export const NonNegativeNumber = z
  .custom<number>(isNumber, { error: (issue) => `expected a number, got ${got(issue.input)}` })
  .check(z.refine((n) => n >= 0, { error: (issue) => `expected a number ≥ 0, got ${got(issue.input)}` }));

export const FiniteNumber = z.custom<number>(isNumber, { error: (issue) => `expected a number, got ${got(issue.input)}` });

/** A number that is not whole gets the same message as any other value: one check says both. */
export const Integer = z.custom<number>(Number.isInteger, { error: (issue) => `expected a whole number, got ${got(issue.input)}` });

export const Bool = z.custom<boolean>(isBoolean, { error: (issue) => `expected true or false, got ${got(issue.input)}` });

/** A closed vocabulary of string codes. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => {
  const schema = z.custom<T[number]>((value) => values.includes(value as string), {
    error: (issue) => `${got(issue.input)} is not one of ${values.map((v) => `"${v}"`).join(', ')}`,
  });
  jsonShapes.set(schema, { enum: values });
  return schema;
};

let currencies: Set<string> | undefined;
/** ISO 4217 codes the platform knows (Intl.supportedValuesOf), checked lazily. */
export const isCurrencyCode = (value: string): boolean => {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies.has(value);
};

export const Currency = z
  .custom<string>(isString, { error: (issue) => `expected a currency code such as "EUR", got ${got(issue.input)}` })
  .check(
    z.trim(),
    z.toUpperCase(),
    z.refine(isCurrencyCode, { error: (issue) => `${show(issue.input)} is not an ISO 4217 currency code` }),
  );

export { got, show };
