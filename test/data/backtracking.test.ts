/**
 * Every regular expression and every check that reads data or page input, run on inputs of 100,000
 * characters shaped to make a backtracking pattern retry (near-misses: long runs that fail at the last
 * character). A linear check takes a few milliseconds on such an input; the patterns these tests replaced
 * took 3 to 4 s (a web address, an e-mail address), and narrowing a 20,000-word search by its previous words
 * took 7 s. The bound is generous, so that a loaded machine passes, and far below what a quadratic check needs.
 */
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { Country, Currency, Email, Id, IsoDate, mailto, Text, Url } from '../../src/data/values.js';
import { fold, matchesQuery, narrows, queryWords, resolveText, searchText } from '../../src/data/text.js';
import { decode } from '../../src/widgets/readiness-quiz/readiness-quiz.logic.js';
import { readAmount } from '../../src/widgets/funding-list/funding-list.logic.js';
import type { Quiz } from '../../src/data/schema.js';
import { validateSection } from '../../src/data/validate.js';

const N = 100_000;
const BOUND_MS = 250;

/** The slowest run of `check` over `inputs`, in milliseconds, with the input that took it. */
function slowest<T>(check: (input: T) => unknown, inputs: T[]): { ms: number; input: string } {
  let worst = { ms: 0, input: '' };
  for (const input of inputs) {
    const start = performance.now();
    check(input);
    const ms = performance.now() - start;
    if (ms > worst.ms) worst = { ms, input: JSON.stringify(input).slice(0, 40) };
  }
  return worst;
}

const expectLinear = <T>(what: string, check: (input: T) => unknown, inputs: T[]) => {
  expect(inputs.length, `${what}: inputs to run`).to.be.above(0);
  for (const input of inputs) expect(JSON.stringify(input).length, `${what}: inputs of about ${N} characters`).to.be.at.least(N);
  const { ms, input } = slowest(check, inputs);
  expect(ms, `${what}: ${ms.toFixed(1)} ms for ${input}…`).to.be.below(BOUND_MS);
};

const parse = (schema: z.core.$ZodType) => (value: unknown) => z.safeParse(schema, value);
const a = (n: number) => 'a'.repeat(n);
const half = N / 2;

describe('linear time: every check on data or page input', () => {
  it('web addresses (Url)', () => {
    expectLinear('Url', parse(Url), [
      `http://${a(N)} `,
      `https://${'a.'.repeat(half)}-`,
      `https://${'a-'.repeat(half)}_`,
      `https://${'xn--'.repeat(N / 4)}`,
      `https://a/${'/'.repeat(N)} `,
      `https://a/${'a '.repeat(half)}`,
      `https://${'ä'.repeat(N)}`,
      `https://${'a:'.repeat(half)}`,
      ` ${'https://'.repeat(N / 8)}`,
    ]);
  });

  it('e-mail addresses (Email) and the mailto: link', () => {
    expectLinear('Email', parse(Email), [
      `a@${'a.'.repeat(half)} `,
      `${a(N)}@${a(N)}`,
      `a@${'a-'.repeat(half)}`,
      `${'a.'.repeat(half)}@x.example `,
      `${'a@'.repeat(half)}`,
      `a@${'ä.'.repeat(half)}?`,
    ]);
    expectLinear('mailto', mailto, [`${a(N)}@${a(N)}.example`, `${'ä?'.repeat(half)}@x.example`]);
  });

  it('texts, ids, language tags, countries, currencies and dates', () => {
    expectLinear('Text', parse(Text), [
      ' '.repeat(N),
      { [`en${'-a'.repeat(half)}!`]: 'x' },
      { [`en${'-abcdefgh1'.repeat(N / 10)}`]: 'x', da: 3 },
      { en: ' '.repeat(N) },
    ]);
    expectLinear('Id', parse(Id), [`${' '.repeat(N)}x`, ' '.repeat(N)]);
    expectLinear('Country', parse(Country), [` ${' '.repeat(N)}dk${' '.repeat(N)}`, a(N)]);
    expectLinear('Currency', parse(Currency), [` ${' '.repeat(N)}eur${' '.repeat(N)}`, a(N)]);
    expectLinear('IsoDate', parse(IsoDate), [
      `2026-01-01T10:00:00.${'1'.repeat(N)}x`,
      `2026-01-01${'0'.repeat(N)}`,
      '2026-01-01T'.repeat(Math.ceil(N / 11)),
    ]);
  });

  it('search text, folding and the language of a Text', () => {
    expectLinear('fold', fold, ['ä'.repeat(N), 'é '.repeat(half), `${'a\u0301'.repeat(half)}`]);
    expectLinear('searchText', (s: string) => searchText([s, { en: s, da: s }]), ['Ø'.repeat(N)]);
    expectLinear('queryWords', queryWords, [' a'.repeat(half), ' '.repeat(N), `${a(N)} `]);
    expectLinear('resolveText', (lang: string) => resolveText({ [`en${'-'.repeat(N)}`]: 'x', [`da${'_'.repeat(N)}`]: 'y' }, lang), [
      `da${'-_'.repeat(half)}`,
    ]);
  });

  it('page input: a saved quiz code and a typed amount', () => {
    const quiz = { id: 'q', version: 1, questions: [{ id: 'a', type: 'single', options: [{ id: 'x' }] }] } as unknown as Quiz;
    expectLinear('quiz code', (code: string) => decode(quiz, code), [
      `q.${'1.'.repeat(half)}!`,
      '.'.repeat(N),
      `${a(N)}.1.${'-'.repeat(N)}.`,
      `q.${'1'.repeat(N)}`,
      `q.1.${'-1'.repeat(half)}`,
    ]);
    expectLinear('amount', (text: string) => readAmount(text, ','), [
      `${'1.'.repeat(half)}x`,
      `${'1'.repeat(N)},`,
      ' '.repeat(N),
      `${"1'".repeat(half)}.`,
    ]);
  });
});

describe('linear time: the checks of a quiz', () => {
  it('settles long showIf chains and loops once per question', () => {
    const n = 5000;
    const option = [{ id: 'a', label: 'A', score: 1 }];
    const question = (i: number, shownAfter?: string) => ({
      id: `q${i}`,
      dimension: 'd',
      text: 'Q?',
      type: 'single',
      options: option,
      ...(shownAfter ? { showIf: { question: shownAfter, anyOf: ['a'] } } : {}),
    });
    const quiz = (id: string, questions: unknown[]) => ({
      id,
      version: 1,
      title: 'Q',
      dimensions: [{ id: 'd', title: 'D' }],
      questions: [question(-1), ...questions],
      bands: [{ min: 0, label: 'Start' }],
    });
    const quizzes = [
      // Each question shown after the next one, the last after a question that does not exist: dropped one by one.
      quiz(
        'backwards',
        Array.from({ length: n }, (_, i) => question(i, `q${i + 1}`)),
      ),
      // Each after the one before: all kept.
      quiz(
        'forwards',
        Array.from({ length: n }, (_, i) => question(i, `q${i - 1}`)),
      ),
      // One loop through every question.
      quiz(
        'loop',
        Array.from({ length: n }, (_, i) => question(i, `q${(i + 1) % n}`)),
      ),
    ];
    const start = performance.now();
    const result = validateSection('quizzes', quizzes);
    const ms = performance.now() - start;
    expect(ms, `${ms.toFixed(0)} ms for three quizzes of ${n} questions`).to.be.below(BOUND_MS * 4);
    expect(
      result.records.map((q) => q.questions.length),
      'what each quiz keeps',
    ).to.deep.equal([1, n + 1, 1]);
    const said = (what: string) => result.dropped.filter((p) => p.message.includes(what)).length;
    expect([said('is not a question'), said('cycle'), said('which was dropped')], 'one cause each, the rest depend on it').to.deep.equal([
      1,
      1,
      2 * n - 2,
    ]);
  });
});

describe('linear time: a search of thousands of words', () => {
  // A long shared ?pf-query= link, or a pasted page: 20,000 words, repeated and distinct.
  const distinct = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}x`);
  const repeated = Array.from({ length: 20_000 }, (_, i) => ['energy', 'cluster', 'denmark'][i % 3]!);

  it('narrowing a long query by its previous words', () => {
    for (const words of [distinct, repeated]) {
      const query = words.join(' ');
      const before = queryWords(query);
      const typedOn = queryWords(`${query}s`);
      const { ms } = slowest(() => narrows(before, typedOn), [0]);
      expect(ms, `narrowing ${words.length} words: ${ms.toFixed(1)} ms`).to.be.below(BOUND_MS);
      expect(narrows(before, typedOn), 'typing on narrows').to.equal(true);
      // Every earlier word is found only in the last new word: the case a pairwise comparison pays most for.
      const late = [...before.map((_, i) => `n${i}`), before.join('')];
      const { ms: lateMs } = slowest(() => narrows(before, late), [0]);
      expect(lateMs, `earlier words inside one long new word: ${lateMs.toFixed(1)} ms`).to.be.below(BOUND_MS);
    }
  });

  it('matching a long query against 3,000 records', () => {
    const haystacks = Array.from({ length: 3000 }, (_, i) => searchText([`Energy cluster ${i}`, `A cluster in Denmark for energy ${i}`]));
    for (const words of [distinct, repeated]) {
      const query = words.join(' ');
      const start = performance.now();
      const hits = haystacks.filter((h) => matchesQuery(h, query)).length;
      const ms = performance.now() - start;
      expect(ms, `matching ${words.length} words: ${ms.toFixed(1)} ms`).to.be.below(BOUND_MS);
      expect(hits, 'the repeated words match every record, the distinct ones none').to.equal(words === repeated ? 3000 : 0);
    }
  });
});
