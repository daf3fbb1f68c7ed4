/**
 * Interface languages. Each widget keeps its strings in one typed table per language (English is the
 * complete one, the others are checked against its type); numbers, dates, plurals and country names come
 * from `Intl`, which already knows them for every language.
 */

/** The languages of the interface; content (`Text`) may be in any language. */
export const LANGS = ['en', 'da', 'de', 'fr', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** A table of interface strings in every language, shaped like the English one. */
export type Table<T> = { en: T } & Record<Exclude<Lang, 'en'>, T>;

/** The interface language for a BCP 47 tag: its primary language when we have it, else English. */
export const uiLang = (tag: string): Lang => {
  const primary = tag.toLowerCase().split(/[-_]/)[0] as Lang;
  return (LANGS as readonly string[]).includes(primary) ? primary : 'en';
};

/** Tags already read: a page has a few `lang` values, read at every render. */
const tags = new Map<string, string>();

/**
 * `value` as a well-formed BCP 47 tag in canonical case ("en_US", " da " → "en-US", "da"), or '' when it is
 * not one ("x", "123", "en-"): a page's `lang` is whatever its CMS wrote, and `Intl` throws on a bad tag.
 */
export const languageTag = (value: string): string => {
  let tag = tags.get(value);
  if (tag === undefined) {
    try {
      tag = Intl.getCanonicalLocales(String(value).trim().replace(/_/g, '-'))[0] ?? '';
    } catch {
      tag = '';
    }
    tags.set(value, tag);
  }
  return tag;
};

/** The strings of `table` for `tag`, falling back to English. */
export const pick = <T>(table: Table<T>, tag: string): T => table[uiLang(tag)] ?? table.en;

const pluralRules = new Map<string, Intl.PluralRules>();
const formats = new Map<string, { format(value: never): string }>();

/** One formatter per kind, language and options: creating an Intl formatter costs far more than using it. */
const cached = <F extends { format(value: never): string }>(
  kind: string,
  tag: string,
  options: object | undefined,
  make: (locale: string) => F,
): F => {
  const key = `${kind}|${tag}|${JSON.stringify(options ?? {})}`;
  let format = formats.get(key) as F | undefined;
  if (!format) formats.set(key, (format = make(safeLocale(tag))));
  return format;
};

const safeLocale = (tag: string): string => languageTag(tag) || 'en';

/** A number in `tag`'s conventions ("1.234" in Danish, "1,234" in English). */
export const formatNumber = (tag: string, value: number, options?: Intl.NumberFormatOptions): string =>
  cached('n', tag, options, (locale) => new Intl.NumberFormat(locale, options)).format(value);

/** Plural forms by CLDR category; `other` is required. `{n}` stands for the formatted number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** "1 cluster", "42 clusters", "1.234 klynger": the right plural form with the number formatted. */
export const plural = (tag: string, count: number, forms: PluralForms): string => {
  let rules = pluralRules.get(tag);
  if (!rules) pluralRules.set(tag, (rules = new Intl.PluralRules(safeLocale(tag))));
  const form = (count === 0 ? forms.zero : undefined) ?? forms[rules.select(count)] ?? forms.other;
  return form.replace('{n}', formatNumber(tag, count));
};

/** A calendar date in `tag`'s conventions, e.g. "1 Nov 2026" / "1. nov. 2026". */
export const formatDate = (tag: string, date: Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string =>
  cached('d', tag, options, (locale) => new Intl.DateTimeFormat(locale, options)).format(date);

/** A list in `tag`'s conventions: "Japan, Canada and Korea". */
export const formatList = (tag: string, items: string[], type: Intl.ListFormatType = 'conjunction'): string =>
  cached('l', tag, { type }, (locale) => new Intl.ListFormat(locale, { style: 'long', type })).format(items as never);

/** Fills `{name}` placeholders. Values are inserted as text; the result is still rendered as text. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  // eslint-disable-next-line cg/no-data-keys -- the keys are the placeholders of our own string tables
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
