import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { FAIL, quick } from '../../src/data/quick.js';
import { Cluster, Funding, Organisation, Quiz, QuizQuestion } from '../../src/data/schema.js';
import { validateSection } from '../../src/data/validate.js';
import { generateClusters, generateFunding, random } from '../helpers/generate.js';

type Schema = z.core.$ZodType;

/**
 * Equal values, where an object's own keys must match too (a key present as undefined is not a missing key).
 * A list is compared by its items: the fast path keeps a valid list as it is, with any other property a
 * script may have set on it, where zod copies the items only.
 */
const same = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, i) => same(item, (b as unknown[])[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && same((a as never)[k], (b as never)[k]));
};

/** Where two values first differ, for the failure message. */
const where = (a: unknown, b: unknown, path = ''): string => {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${path}: ${String(a)} / ${String(b)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys)
    if (!same((a as never)[k], (b as never)[k]) || Object.hasOwn(a, k) !== Object.hasOwn(b, k))
      return where((a as never)[k], (b as never)[k], `${path}.${k}`);
  return `${path}: prototypes ${Object.getPrototypeOf(a) === Object.getPrototypeOf(b) ? 'equal' : 'differ'}`;
};

// Values that are valid somewhere and invalid elsewhere, the kinds of mistakes webmasters make, and values
// only a script's `data` property can hold.
const TRICKY: unknown[] = [
  undefined,
  null,
  '',
  '   ',
  'x',
  ' dk ',
  'dk',
  'DK',
  'ZZ',
  'eur',
  ' EUR',
  'XXX',
  0,
  -1,
  1,
  0.5,
  1.5,
  100,
  101,
  1e21,
  NaN,
  Infinity,
  -Infinity,
  true,
  false,
  [],
  [''],
  ['DK', 'zz'],
  ['DK'],
  {},
  { en: '' },
  { en: 'Energy', da: 'Energi' },
  { '': 'x' },
  { en: 1 },
  { 'en-GB': 'Colour' },
  'https://example.org/a?b#c',
  'http://x',
  'javascript:alert(1)',
  ' https://example.org',
  'https://',
  'info@example.org',
  'a@b',
  '2026-02-28',
  '2026-02-30',
  '2026-11-01T10:00:00Z',
  '2026-11-01T10:00:00',
  'gold',
  'national',
  'single',
  'countries',
  { smes: 3 },
  { smes: -3 },
  { min: 2, max: 1 },
  { min: 1, max: 2, currency: 'dkk' },
  { href: 'https://example.org', label: 'More' },
  { question: 'q1', anyOf: [] },
  { question: 'q1', anyOf: ['a'] },
  Object.create(null),
  new Date(0),
  // Web addresses that are read in another form (the href): a transform in both paths.
  'https://example.org/Funding call 2027.pdf',
  'HTTPS://Example.ORG',
  'https:example.org/x',
  'https://fund ing.example/',
  'a@b.org?bcc=x@y.example',
];

/** A copy of `value` with one random change somewhere inside: a value replaced, a key deleted or added. */
function mutate(value: unknown, next: () => number): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  if (typeof value !== 'object' || value === null) return pick(TRICKY);
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...value };
  const keys = Object.keys(copy);
  const roll = next();
  if (!keys.length || roll < 0.08) {
    (copy as Record<string, unknown>)[pick(['extra', 'website', 'amount', 'options', 'toString', '__proto__'])] = pick(TRICKY);
  } else if (roll < 0.16 && !Array.isArray(copy)) {
    delete copy[pick(keys)];
  } else {
    const key = pick(keys);
    (copy as Record<string, unknown>)[key] = next() < 0.5 ? pick(TRICKY) : mutate((copy as Record<string, unknown>)[key], next);
  }
  return copy;
}

const quiz = {
  id: 'q',
  version: 1,
  title: 'Quiz',
  dimensions: [{ id: 'd', title: 'D' }],
  questions: [{ id: 'q1', dimension: 'd', text: 'Q?', type: 'single', options: [{ id: 'a', label: 'A', score: 1 }] }],
  bands: [{ min: 0, label: 'Start' }],
};

describe('quick: the fast path for valid records', () => {
  it('knows the record schemas of clusters, funding and organisations', () => {
    for (const schema of [Cluster, Funding, Organisation]) expect(quick(schema), 'a fast function').to.be.a('function');
    expect(quick(QuizQuestion), 'a length check (showIf.anyOf) is not known: zod does all').to.equal(undefined);
    expect(quick(Quiz), 'nor anything containing it').to.equal(undefined);
  });

  it('takes every valid generated record, and gives exactly what zod gives', async () => {
    const doors = (await (await fetch('/test/fixtures/doors-basic.json')).json()) as { organisations: unknown[] };
    const cases: [Schema, unknown[]][] = [
      [Cluster, generateClusters(300, 7)],
      [Funding, generateFunding(300, 7)],
      [Organisation, doors.organisations],
    ];
    for (const [schema, records] of cases) {
      expect(records.length, 'records to compare').to.be.above(0);
      for (const record of records) {
        const fast = quick(schema)!(record);
        const zod = z.safeParse(schema, record);
        expect(zod.success, 'the generated record is valid').to.equal(true);
        expect(fast, 'the fast path takes it').not.to.equal(FAIL);
        expect(same(fast, zod.data), `same output for ${JSON.stringify(record).slice(0, 80)}`).to.equal(true);
      }
    }
  });

  it('agrees with zod on 20,000 mutated records: what it takes, zod takes the same way; what it refuses, zod refuses', () => {
    const next = random(42);
    const bases: [Schema, unknown[]][] = [
      [Cluster, generateClusters(50, 3)],
      [Funding, generateFunding(50, 3)],
    ];
    let taken = 0;
    let refused = 0;
    const disagree: string[] = [];
    for (let round = 0; round < 10_000; round++) {
      for (const [schema, records] of bases) {
        let value = records[round % records.length];
        const changes = 1 + Math.floor(next() * 3);
        for (let c = 0; c < changes; c++) value = mutate(value, next);
        const fast = quick(schema)!(value);
        const zod = z.safeParse(schema, value);
        if (fast !== FAIL) {
          taken++;
          if (!zod.success || !same(fast, zod.data))
            disagree.push(`taken but zod says ${zod.success ? `other output at ${where(fast, zod.data)}` : zod.error.issues[0]?.message}`);
        } else {
          refused++;
          // The one case the fast path leaves to zod on purpose: an optional key present as undefined.
          const undefinedKey = (v: unknown): boolean =>
            typeof v === 'object' && v !== null && Object.entries(v).some(([, x]) => x === undefined || undefinedKey(x));
          if (zod.success && !undefinedKey(value)) disagree.push(`refused but zod takes ${JSON.stringify(value).slice(0, 200)}`);
        }
      }
    }
    expect(disagree.slice(0, 3), `${disagree.length} disagreements`).to.deep.equal([]);
    expect(taken, 'many mutated records are still valid').to.be.greaterThan(1000);
    expect(refused, 'many are not').to.be.greaterThan(1000);
  });

  it('gives a valid record itself, and a copy only where zod changes something', () => {
    const record = { id: 'a', name: 'A', country: 'DK', sectors: ['Energy'], members: { smes: 3 } };
    expect(quick(Cluster)!(record), 'nothing to change: the record itself').to.equal(record);
    const lower = { ...record, targetCountries: ['se'] };
    const copied = quick(Cluster)!(lower) as typeof lower;
    expect(copied, 'a country code upper-cased: a copy').not.to.equal(lower);
    expect(copied.targetCountries).to.deep.equal(['SE']);
    expect(copied.members, 'unchanged parts are not copied').to.equal(record.members);
    expect(lower.targetCountries, 'the input is left as it was').to.deep.equal(['se']);
    const extra = { ...record, comment: 'ours' };
    expect(quick(Cluster)!(extra), 'an unknown key is stripped, as zod does').to.deep.equal(record);
  });

  it('never keeps a value it did not check: a getter that answers differently the second time goes to zod', () => {
    let reads = 0;
    const record = {
      id: 'a',
      name: 'A',
      country: 'dk',
      get city() {
        return reads++ ? 42 : 'Aarhus';
      },
    };
    const result = validateSection('clusters', [record]);
    expect(result.records, 'the record is kept').to.have.length(1);
    expect(result.records[0]!.country).to.equal('DK');
    expect(result.records[0], 'the value read last is checked, and dropped').not.to.have.property('city');
    expect(result.dropped.map((p) => p.path)).to.deep.equal(['clusters[0].city']);
  });

  it('leaves the messages to zod: a bad record is still reported with its path, and its valid fields kept', () => {
    const result = validateSection('clusters', [
      { id: 'a', name: 'A', country: 'dk', website: 'javascript:alert(1)', targetCountries: ['se', 'ZZ'] },
      { id: 'b', name: 'B', country: 'ZZ' },
      { ...quiz, id: 'not-a-cluster-but-valid-enough', name: 'C', country: 'SE', extra: 1 },
    ]);
    expect(result.records.map((r) => [r.id, r.country, r.website, r.targetCountries])).to.deep.equal([
      ['a', 'DK', undefined, ['SE']],
      ['not-a-cluster-but-valid-enough', 'SE', undefined, undefined],
    ]);
    expect(result.records[1], 'unknown keys are stripped, as zod does').not.to.have.property('extra');
    expect(result.skipped).to.deep.equal([{ path: 'clusters[1].country', message: '"ZZ" is not a country code' }]);
    expect(result.dropped).to.deep.equal([
      { path: 'clusters[0].website', message: '"javascript:alert(1)" is not an http(s) web address' },
      { path: 'clusters[0].targetCountries[1]', message: '"ZZ" is not a country code' },
    ]);
  });

  it('still validates a quiz through zod alone', () => {
    const result = validateSection('quizzes', [quiz, { ...quiz, id: 'q2', bands: [] }]);
    expect(result.records.map((q) => q.id)).to.deep.equal(['q']);
    expect(result.skipped).to.deep.equal([{ path: 'quizzes[1].bands', message: 'needs at least one band' }]);
  });
});
