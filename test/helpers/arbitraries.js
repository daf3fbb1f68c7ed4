// fast-check generators for the fuzz test (test/e2e/fuzz.test.js): whole data documents of every section and
// the attributes a host page can give the widgets. Records are built valid or invalid on purpose, so each
// generated case knows which records of each section the widgets and `validate` must keep (`ids`):
// every id, tag and text is an arbitrary string (reserved names, lone surrogates, control and bidi characters,
// long strings), optional fields hold anything at all (an invalid one is dropped, never the record), and
// numbers and dates go to the ends of what the format allows.
import fc from 'fast-check';

/** Names that are properties of every plain object: a map keyed by data must not trip on them. */
export const RESERVED = [
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
  'valueOf',
  'isPrototypeOf',
  '__defineGetter__',
  'length',
  '0',
  'prototype',
];

/** Strings that break naive code: controls, terminal escapes, bidi overrides, lone surrogates, markup. */
export const NASTY = [
  '\u202Eevil\u202C',
  '\u2066isolate\u2069',
  '\u200F\u200E',
  '\u001b[2J\u001b[H valid',
  '\u0000',
  '\u0007\u0008\u007f\u0085\u009b',
  '\r\n',
  '\uD800',
  '\uDC00x',
  'x\uDBFF',
  '👩‍👩‍👧‍👦',
  '<b>x</b>',
  '${x}',
  'a'.repeat(5000),
  'ٴ'.repeat(300) + ' ' + 'word '.repeat(400),
];

const anyString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 3, arbitrary: fc.constantFrom(...RESERVED) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...RESERVED, ...NASTY), fc.string({ unit: 'binary', maxLength: 4 })).map(([a, b]) => a + b),
  },
);

/** A string that is not blank: what an id, a required string or a required Text must be. */
export const nonBlank = anyString.map((s) => (s.trim() ? s : `${s}_`));

/** Language tags the format accepts as Text keys, and a few it does not. */
const LANGS = ['en', 'da', 'de', 'fr', 'es', 'en-US', 'da-DK', 'pt-BR', 'zh-Hant-TW', 'EN', 'ja'];
const BAD_LANG_KEYS = ['__proto__', 'constructor', 'en_US', '', 'toString', 'e'];

/** A valid Text: a non-blank string, or an object of valid language tags to any strings. */
export const text = fc.oneof(nonBlank, fc.dictionary(fc.constantFrom(...LANGS), anyString, { minKeys: 1, maxKeys: 3 }));

/** Any value at all, for an optional field: an invalid one must only be dropped. */
const junk = fc.oneof(
  anyString,
  fc.constantFrom(null, true, 0, -1, 1e308, -0, [], {}, { __proto__: null, constructor: 'x' }, ['x']),
  fc.dictionary(fc.constantFrom(...BAD_LANG_KEYS, ...LANGS), anyString, { minKeys: 1, maxKeys: 2 }),
);
const optional = (arb) => fc.option(fc.oneof({ weight: 3, arbitrary: arb }, { weight: 1, arbitrary: junk }), { nil: undefined, freq: 3 });

const COUNTRIES = ['DK', 'de', ' jp ', 'US', 'FR', 'GB', 'SE', 'BR', 'AQ', 'ZW'];
const country = fc.constantFrom(...COUNTRIES);
/** Lists whose entries are mostly valid and sometimes not (a bad entry is dropped, the list kept). */
const listOf = (arb) => fc.array(fc.oneof({ weight: 5, arbitrary: arb }, { weight: 1, arbitrary: junk }), { maxLength: 5 });

const pad = (n, width) => String(n).padStart(width, '0');
/** A real calendar day from year 100 to 9999, date-only or a date-time with an offset. */
const date = fc
  .record({
    year: fc.oneof(fc.integer({ min: 100, max: 9999 }), fc.constantFrom(100, 1970, 2026, 2027, 9999)),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    time: fc.option(
      fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom('Z', '+14:00', '-12:00', '+0530')),
      { nil: undefined },
    ),
  })
  .map(({ year, month, day, time }) => {
    const d = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    return time ? `${d}T${pad(time[0], 2)}:${pad(time[1], 2)}${time[2]}` : d;
  });
const badDate = fc.constantFrom('2027-02-30', '2027-02-15T17:00', '0099-01-01', '99999-01-01', '2027-13-01', 'tomorrow');

const number = fc.oneof(
  fc.constantFrom(0, -0, 1, 0.5, 1e-7, 5e-324, Number.MAX_SAFE_INTEGER, 1e21, 1.7976931348623157e308, -1),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);
const URLS = [
  'https://example.org/call',
  'http://a.b',
  'https://example.org/Funding call 2027.pdf',
  'https://xn--bcher-kva.example/',
  'https://[::1]:8080/x',
  'HTTPS://EXAMPLE.ORG/ÆØÅ?q=1#f',
  'https://example.org/' + 'a'.repeat(3000),
];
const url = fc.oneof(
  fc.constantFrom(...URLS),
  nonBlank.map((s) => `https://example.org/${s}`),
);
const email = fc.oneof(
  fc.constantFrom('info@cluster.example', 'a@b.c', 'x@y.z?bcc=spy@evil.example', `${'a'.repeat(2000)}@x`),
  nonBlank.map((s) => `${s}@example.org`),
);

/**
 * A section: records that are valid by construction (`valid`) mixed with records that must be skipped
 * (`invalid`: a required field broken, or not an object). `ids` are those of the records the widgets keep: the
 * first valid record of each id, as the format says.
 */
const section = (valid, invalid, maxLength = 6) =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: valid.map((record) => ({ record, ok: true })) },
        { weight: 1, arbitrary: invalid.map((record) => ({ record, ok: false })) },
      ),
      { maxLength },
    )
    .map((entries) => {
      const ids = new Set();
      for (const { record, ok } of entries) if (ok) ids.add(record.id);
      return { records: entries.map((e) => e.record), ids: [...ids] };
    });

/** A record with one required field broken: `field` set to an invalid value, or the record not an object. */
const breaking = (valid, fields) =>
  fc.oneof(
    fc
      .tuple(valid, fc.constantFrom(...fields), fc.constantFrom(undefined, '', '  \t', null, {}, [], 4.5, true))
      .map(([record, field, value]) => {
        const copy = { ...record };
        if (value === undefined) delete copy[field];
        else copy[field] = value;
        return copy;
      }),
    fc.constantFrom(null, 'a record', 7, []),
  );

const cluster = fc.record(
  {
    id: nonBlank,
    name: text,
    country,
    acronym: optional(nonBlank),
    region: optional(text),
    city: optional(nonBlank),
    website: optional(url),
    email: optional(email),
    description: optional(text),
    sectors: optional(listOf(text)),
    collaborationInterests: optional(listOf(text)),
    targetCountries: optional(listOf(country)),
    keyServices: optional(listOf(text)),
    label: optional(fc.constantFrom('bronze', 'silver', 'gold')),
    members: optional(
      fc.record({
        smes: optional(fc.nat()),
        large: optional(number),
        research: optional(fc.constant(Number.MAX_SAFE_INTEGER)),
        other: optional(fc.nat()),
      }),
    ),
    founded: optional(fc.integer()),
    lastVerified: optional(fc.oneof(date, badDate)),
  },
  { requiredKeys: ['id', 'name', 'country'] },
);

const FUNDING_KINDS = ['cluster-programme', 'member-fee', 'eu-programme', 'national', 'regional', 'private', 'other'];
const funding = fc
  .record(
    {
      id: nonBlank,
      name: text,
      provider: text,
      kind: fc.constantFrom(...FUNDING_KINDS),
      url,
      description: optional(text),
      eligibleCountries: optional(listOf(country)),
      targetMarkets: optional(listOf(country)),
      sectors: optional(listOf(text)),
      amount: optional(
        fc.record({
          min: optional(number),
          max: optional(number),
          currency: optional(fc.constantFrom('EUR', 'dkk', ' usd ', 'JPY', 'XXX', 'BHD', 'CLF', '__proto__')),
        }),
      ),
      cofundingRate: optional(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), number)),
      opens: optional(fc.oneof(date, badDate)),
      deadline: optional(fc.oneof(date, badDate)),
      rolling: optional(fc.boolean()),
      lastVerified: optional(fc.oneof(date, badDate)),
    },
    { requiredKeys: ['id', 'name', 'provider', 'kind', 'url'] },
  )
  // `opens` after `deadline` skips a record: keep valid records clear of it by a year or more (whatever the offsets).
  .map((f) => {
    const year = (d) => (typeof d === 'string' && /^\d{4}-\d\d-\d\d(T|$)/.test(d) ? +d.slice(0, 4) : undefined);
    const [o, d] = [year(f.opens), year(f.deadline)];
    return o !== undefined && d !== undefined && o >= d
      ? {
          ...f,
          opens: `${pad(Math.max(100, d - 1), 4)}${f.opens.slice(4)}`,
          ...(d === 100 ? { deadline: `0101${f.deadline.slice(4)}` } : {}),
        }
      : f;
  });

const ORG_TYPES = [
  'trade-promotion-agency',
  'investment-promotion-agency',
  'innovation-office',
  'chamber-of-commerce',
  'embassy',
  'cluster',
  'other',
];
const organisation = fc.record(
  {
    id: nonBlank,
    name: text,
    type: fc.constantFrom(...ORG_TYPES),
    country,
    servesMarkets: optional(listOf(country)),
    city: optional(nonBlank),
    website: optional(url),
    email: optional(email),
    description: optional(text),
    services: optional(listOf(text)),
    lastVerified: optional(fc.oneof(date, badDate)),
  },
  { requiredKeys: ['id', 'name', 'type', 'country'] },
);

/**
 * A quiz that is valid as a whole: questions name existing dimensions, each choice question has an option,
 * `showIf` names only earlier questions (no circles), one band starts at 0. Ids are arbitrary and may repeat
 * (a repeated one is dropped, as the format says, and the first stays).
 */
const quiz = fc
  .record({
    id: nonBlank,
    version: fc.oneof(fc.integer(), fc.constantFrom(0, 1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e21)),
    title: text,
    intro: optional(text),
    dimensions: fc.array(
      fc.record({ id: nonBlank, title: text, description: optional(text), weight: optional(number) }, { requiredKeys: ['id', 'title'] }),
      { minLength: 1, maxLength: 3 },
    ),
    questions: fc.array(
      fc.record(
        {
          id: nonBlank,
          dimension: fc.nat(),
          type: fc.constantFrom('single', 'multiple', 'scale', 'countries'),
          text,
          help: optional(text),
          options: fc.array(fc.record({ id: nonBlank, label: text, score: number }), { minLength: 1, maxLength: 4 }),
          weight: optional(number),
          required: optional(fc.boolean()),
          showIf: fc.option(fc.tuple(fc.nat(), fc.nat()), { nil: undefined }),
        },
        { requiredKeys: ['id', 'dimension', 'type', 'text', 'options'] },
      ),
      { minLength: 1, maxLength: 5 },
    ),
    bands: fc.array(
      fc.record({
        min: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(0, 100, 5e-324)),
        label: text,
        summary: optional(text),
      }),
      { maxLength: 3 },
    ),
    recommendations: fc.array(
      fc.record(
        { dimension: fc.nat(), below: fc.double({ min: 0, max: 100, noNaN: true }), text, widget: optional(nonBlank) },
        { requiredKeys: ['dimension', 'below', 'text'] },
      ),
      { maxLength: 3 },
    ),
  })
  .map((q) => {
    const dims = q.dimensions;
    const questions = q.questions.map((question, i) => {
      const { showIf, dimension, ...rest } = question;
      const out = { ...rest, dimension: dims[dimension % dims.length].id };
      if (out.type === 'countries') delete out.options;
      const earlier = q.questions.slice(0, i).filter((e) => e.type !== 'countries');
      if (showIf && earlier.length) {
        const target = earlier[showIf[0] % earlier.length];
        out.showIf = { question: target.id, anyOf: [target.options[showIf[1] % target.options.length].id] };
      }
      return out;
    });
    const bands = [{ min: 0, label: q.bands[0]?.label ?? 'Start' }, ...q.bands];
    const recommendations = q.recommendations.map((r) => ({ ...r, dimension: dims[r.dimension % dims.length].id }));
    return { ...q, version: Number.isInteger(q.version) ? q.version : 1, questions, bands, recommendations };
  });

/** One whole document (`doc`) and, per section, the ids of the records that are valid (`ids`). */
export const documentArb = fc
  .record({
    clusters: section(cluster, breaking(cluster, ['id', 'name', 'country'])),
    funding: section(funding, breaking(funding, ['id', 'name', 'provider', 'kind', 'url'])),
    organisations: section(organisation, breaking(organisation, ['id', 'name', 'type', 'country'])),
    quizzes: section(quiz, breaking(quiz, ['id', 'title', 'version', 'dimensions', 'bands']), 3),
    updated: optional(date),
  })
  .map(({ clusters, funding, organisations, quizzes, updated }) => ({
    doc: {
      version: 1,
      updated,
      clusters: clusters.records,
      funding: funding.records,
      organisations: organisations.records,
      quizzes: quizzes.records,
    },
    ids: { clusters: clusters.ids, funding: funding.ids, organisations: organisations.ids, quizzes: quizzes.ids },
  }));

/** Values a page gives an attribute: typos, reserved names, odd numbers; `undefined` leaves it out. */
const attr = (...values) => fc.option(fc.constantFrom(...values, ...RESERVED.slice(0, 5), '', ' '), { nil: undefined });

/**
 * The host page's attributes: `<html lang>` and, per widget, the common and the widget's own attributes.
 * Filters get only values that match no record (`Denmark`, `lottery`), which the README says are ignored, so
 * every valid record must still be shown; the finder's `home` may name a real cluster (then it is left out).
 */
export const pageArb = fc.record({
  htmlLang: fc.constantFrom(
    'en',
    'da',
    'de-DE',
    'fr',
    'es',
    'en_US',
    'x',
    '',
    'zz-ZZ',
    'i-klingon',
    'de-CH-1996',
    '123',
    '__proto__',
    'en-',
  ),
  lang: attr('da-DK', 'en_US', 'e', 'ja', 'pt_BR'),
  timeout: attr('10000', '0.5', 'Infinity', '1e20', '-1', '0', 'abc', '1e400', 'NaN', ' 20000 ', '0x10'),
  theme: attr('dark', 'auto', 'DARK', 'blue'),
  quiz: fc.option(fc.nat(), { nil: undefined }),
  noPersist: fc.boolean(),
  home: fc.option(
    fc.oneof(
      fc.nat().map((n) => ({ pick: n })),
      fc.constantFrom(...RESERVED),
    ),
    { nil: undefined },
  ),
  finderCountry: attr('Denmark', 'ZZ', 'dk ', 'EU'),
  sector: attr('No such sector', '\u202E'),
  kind: attr('lottery', 'Other', 'eu programme'),
  fundingCountry: attr('Denmark', 'ZZ', 'EU'),
  showClosed: fc.boolean(),
  followQuiz: fc.boolean(),
  market: attr('Japan', 'ZZ', 'UK'),
  facet: attr('sectors', 'targetCountries', 'colour', 'keyServices'),
});
