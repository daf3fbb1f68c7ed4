import { expect } from '@open-wc/testing';
import type { Quiz, QuizQuestion } from '../../../src/data/schema.js';
import { decode, encode, score, shown, type Answers } from '../../../src/widgets/readiness-quiz/readiness-quiz.logic.js';

/** Answers written as an object literal, as the Map the logic takes. */
const a = (answers: Record<string, string | string[]>): Answers => new Map(Object.entries(answers));

/** A choice question whose options score the given numbers (option ids o0, o1, …). */
const choice = (
  id: string,
  dimension: string,
  type: 'single' | 'multiple' | 'scale',
  scores: number[],
  extra: Partial<QuizQuestion> = {},
) =>
  ({ id, dimension, type, text: id, options: scores.map((s, i) => ({ id: `o${i}`, label: `o${i}`, score: s })), ...extra }) as QuizQuestion;

const quiz = (questions: QuizQuestion[], extra: Partial<Quiz> = {}): Quiz => ({
  id: 'q',
  version: 1,
  title: 'Q',
  dimensions: [{ id: 'a', title: 'A' }],
  questions,
  bands: [
    { min: 0, label: 'Low' },
    { min: 50, label: 'Mid' },
    { min: 80, label: 'High' },
  ],
  ...extra,
});

describe('readiness-quiz logic: which questions are shown', () => {
  const branching = quiz([
    choice('root', 'a', 'single', [0, 1]),
    choice('child', 'a', 'single', [0, 1], { showIf: { question: 'root', anyOf: ['o1'] } }),
    choice('grandchild', 'a', 'single', [0, 1], { showIf: { question: 'child', anyOf: ['o0', 'o1'] } }),
    { id: 'markets', dimension: 'a', type: 'countries', text: 'Markets', required: false },
    choice('asia', 'a', 'single', [0, 1], { showIf: { question: 'markets', anyOf: ['jp'] } }),
  ]);
  const ids = (answers: Answers) => shown(branching, answers).map((q) => q.id);

  it('asks a question only when its showIf answer was given', () => {
    expect(ids(a({})), 'no answers: only unconditional questions').to.deep.equal(['root', 'markets']);
    expect(ids(a({ root: 'o0' })), 'another answer keeps the branch closed').to.deep.equal(['root', 'markets']);
    expect(ids(a({ root: 'o1' })), 'the branch opens').to.deep.equal(['root', 'child', 'markets']);
    expect(ids(a({ root: 'o1', child: 'o0' })), 'and its own branch').to.deep.equal(['root', 'child', 'grandchild', 'markets']);
  });

  it('hides a question whose showIf names a question that is not shown, even if that was answered earlier', () => {
    expect(ids(a({ root: 'o0', child: 'o1' })), 'child is hidden, so grandchild is too').to.deep.equal(['root', 'markets']);
  });

  it('matches countries in showIf whatever their letter case', () => {
    expect(ids(a({ markets: ['DE', 'JP'] }))).to.deep.equal(['root', 'markets', 'asia']);
  });

  it('never asks a question in a showIf cycle (and does not hang)', () => {
    const cyclic = quiz([
      choice('x', 'a', 'single', [1], { showIf: { question: 'y', anyOf: ['o0'] } }),
      choice('y', 'a', 'single', [1], { showIf: { question: 'x', anyOf: ['o0'] } }),
      choice('z', 'a', 'single', [1]),
    ]);
    expect(shown(cyclic, a({ x: 'o0', y: 'o0' })).map((q) => q.id)).to.deep.equal(['z']);
  });
});

describe('readiness-quiz logic: scoring as the spec defines it', () => {
  it('scores single and scale by the chosen option against the highest option score', () => {
    // single: 2 of max 4 → 50 %; scale: 3 of max 3 → 100 %; dimension: (2+3)/(4+3) = 71.43 % → 71
    const q = quiz([choice('s', 'a', 'single', [0, 2, 4]), choice('c', 'a', 'scale', [0, 1, 2, 3])]);
    const result = score(q, a({ s: 'o1', c: 'o3' }));
    expect(result.dimensions, 'Σscore / Σmax').to.deep.equal(new Map(Object.entries({ a: 71 })));
    expect(result.overall).to.equal(71);
  });

  it('scores multiple by the sum of the chosen scores against the sum of the positive scores', () => {
    // options 2, 3, -1, 0: max = 2 + 3 = 5 (the negative one is left out); chosen 3 and -1 → 2 → 40 %
    const q = quiz([choice('m', 'a', 'multiple', [2, 3, -1, 0])]);
    expect(score(q, a({ m: ['o1', 'o2'] })).dimensions.get('a'), '(3 − 1) / 5').to.equal(40);
    expect(score(q, a({ m: ['o0', 'o1'] })).dimensions.get('a'), 'all positive chosen: full marks').to.equal(100);
  });

  it('applies question weights within a dimension and dimension weights overall', () => {
    // dimension a: q1 weight 3 scores 1/1, q2 weight 1 scores 0/1 → 3/4 = 75 %
    // dimension b (weight 2): 1/4 = 25 %; overall = (1×75 + 2×25) / 3 = 41.67 → 42
    const q = quiz(
      [choice('q1', 'a', 'single', [0, 1], { weight: 3 }), choice('q2', 'a', 'single', [0, 1]), choice('q3', 'b', 'single', [0, 1, 4])],
      {
        dimensions: [
          { id: 'a', title: 'A' },
          { id: 'b', title: 'B', weight: 2 },
        ],
      },
    );
    const result = score(q, a({ q1: 'o1', q2: 'o0', q3: 'o1' }));
    expect(result.dimensions).to.deep.equal(new Map(Object.entries({ a: 75, b: 25 })));
    expect(result.overall, '(75 + 2 × 25) / 3').to.equal(42);
  });

  it('counts skipped optional questions as unanswered, not as zero', () => {
    // answered: 1 of 1; the skipped optional one (max 4) does not lower the dimension
    const q = quiz([choice('q1', 'a', 'single', [0, 1]), choice('opt', 'a', 'scale', [0, 4], { required: false })]);
    expect(score(q, a({ q1: 'o1' })).dimensions.get('a'), 'skipped').to.equal(100);
    expect(score(q, a({ q1: 'o1', opt: 'o0' })).dimensions.get('a'), 'answered with zero: 1 / 5').to.equal(20);
  });

  it('counts only questions that are shown: answers left in a closed branch do not score', () => {
    const q = quiz([
      choice('root', 'a', 'single', [0, 1]),
      choice('child', 'a', 'single', [0, 9], { showIf: { question: 'root', anyOf: ['o1'] } }),
    ]);
    expect(score(q, a({ root: 'o0', child: 'o1' })).dimensions.get('a'), 'child hidden: 0 / 1').to.equal(0);
    expect(score(q, a({ root: 'o1', child: 'o1' })).dimensions.get('a'), 'child shown: (1 + 9) / 10').to.equal(100);
  });

  it('leaves out dimensions without a counted question or whose maxima sum to 0, also from the overall', () => {
    const q = quiz([choice('q1', 'a', 'single', [0, 2]), choice('zero', 'z', 'single', [0, 0]), choice('none', 'n', 'single', [0, 1])], {
      dimensions: [
        { id: 'a', title: 'A' },
        { id: 'z', title: 'Z', weight: 5 },
        { id: 'n', title: 'N', weight: 5 },
      ],
    });
    const result = score(q, a({ q1: 'o1', zero: 'o1' }));
    expect(result.dimensions, 'only a has a percentage').to.deep.equal(new Map(Object.entries({ a: 100 })));
    expect(result.overall, 'the others do not pull it down').to.equal(100);
  });

  it('rounds the overall from unrounded dimension percentages', () => {
    // a: 4/9 = 44.44 % (shown 44), b: 6/11 = 54.55 % (shown 55)
    // overall from unrounded: (44.44 + 54.55) / 2 = 49.49 → 49; from the rounded values it would be 49.5 → 50
    const q = quiz([choice('x', 'a', 'single', [4, 9]), choice('y', 'b', 'single', [6, 11])], {
      dimensions: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
      ],
    });
    const result = score(q, a({ x: 'o0', y: 'o0' }));
    expect(result.dimensions).to.deep.equal(new Map(Object.entries({ a: 44, b: 55 })));
    expect(result.overall).to.equal(49);
    expect(result.band.label, '49 is below the band at 50').to.equal('Low');
  });

  it('rounds halves up and picks the band from the rounded overall', () => {
    // 5/8 = 62.5 % → 63; 1/8 = 12.5 % → 13; 99/200 = 49.5 % → 50 (band Mid); 159/200 = 79.5 → 80 (band High)
    const eighths = quiz([choice('x', 'a', 'single', [0, 1, 5, 8])]);
    expect(score(eighths, a({ x: 'o2' })).overall).to.equal(63);
    expect(score(eighths, a({ x: 'o1' })).overall).to.equal(13);
    const fine = quiz([choice('x', 'a', 'single', [99, 159, 200, 0])]);
    const mid = score(fine, a({ x: 'o0' }));
    expect([mid.overall, mid.band.label], '49.5 rounds to the band edge 50').to.deep.equal([50, 'Mid']);
    const high = score(fine, a({ x: 'o1' }));
    expect([high.overall, high.band.label], '79.5 rounds to the band edge 80').to.deep.equal([80, 'High']);
    expect(score(fine, a({ x: 'o2' })).band.label, '100').to.equal('High');
    expect(score(fine, a({ x: 'o3' })).band.label, '0 is in the band at 0').to.equal('Low');
  });

  it('finds the band in unsorted bands, and gives 0 and the lowest band when nothing is scored', () => {
    const q = quiz([choice('x', 'a', 'single', [0, 7, 10])], {
      bands: [
        { min: 70, label: 'Seventy' },
        { min: 0, label: 'Zero' },
        { min: 30, label: 'Thirty' },
      ],
    });
    expect(score(q, a({ x: 'o1' })).band.label).to.equal('Seventy');
    expect(score(q, a({ x: 'o1' })).overall).to.equal(70);
    const empty = score(q, a({}));
    expect([empty.overall, empty.band.label, empty.dimensions]).to.deep.equal([0, 'Zero', new Map()]);
  });

  it('shows a recommendation when the rounded dimension percentage is below `below`', () => {
    // a: 99/200 = 49.5 → 50: not below 50, but below 51; b has no percentage: no recommendation
    const q = quiz([choice('x', 'a', 'single', [99, 200])], {
      dimensions: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
      ],
      recommendations: [
        { dimension: 'a', below: 50, text: 'below 50' },
        { dimension: 'a', below: 51, text: 'below 51' },
        { dimension: 'b', below: 100, text: 'b' },
      ],
    });
    expect(score(q, a({ x: 'o0' })).recommendations.map((r) => r.text)).to.deep.equal(['below 51']);
  });

  it('carries chosen countries as target markets without scoring them', () => {
    const q = quiz([
      choice('x', 'a', 'single', [0, 1]),
      { id: 'm1', dimension: 'a', type: 'countries', text: 'M1' },
      { id: 'm2', dimension: 'a', type: 'countries', text: 'M2', showIf: { question: 'x', anyOf: ['o1'] } },
    ]);
    const result = score(q, a({ x: 'o0', m1: ['JP', 'KR'], m2: ['US'] }));
    expect(result.targetMarkets, 'm2 is hidden').to.deep.equal(['JP', 'KR']);
    expect(result.dimensions.get('a'), 'countries add nothing to the maximum').to.equal(0);
    expect(score(q, a({ x: 'o1', m1: ['JP'], m2: ['US', 'JP'] })).targetMarkets, 'no repeats').to.deep.equal(['JP', 'US']);
  });

  it('gives the same finite percentages for scores and weights at the ends of the number range', () => {
    // Scores and weights scaled by 2^1000 (and by 2^-1000): products of such numbers overflow (or vanish)
    // unless the scoring scales them first; the percentages are ratios and must not change.
    const scaledQuiz = (factor: number) =>
      quiz(
        [
          choice('s', 'a', 'single', [0, 1 * factor, 3 * factor], { weight: 2 * factor }),
          choice('m', 'b', 'multiple', [2 * factor, -1 * factor, 5 * factor], { weight: 1 * factor }),
        ],
        {
          dimensions: [
            { id: 'a', title: 'A', weight: 3 * factor },
            { id: 'b', title: 'B', weight: 1 * factor },
          ],
        },
      );
    const answers = a({ s: 'o1', m: ['o0', 'o1'] });
    const plain = score(scaledQuiz(1), answers);
    expect([plain.dimensions.get('a'), plain.dimensions.get('b'), plain.overall], 'the unscaled quiz').to.deep.equal([33, 14, 29]);
    for (const factor of [2 ** 1000, 2 ** -1000, Number.MAX_VALUE / 8]) {
      const result = score(scaledQuiz(factor), answers);
      expect([result.dimensions.get('a'), result.dimensions.get('b'), result.overall], `scaled by ${factor}`).to.deep.equal([33, 14, 29]);
      expect(JSON.stringify(result.overall), 'a number JSON keeps').to.equal('29');
    }
  });

  it('keeps every percentage a finite number whatever the scores', () => {
    const extreme = quiz([choice('s', 'a', 'single', [-Number.MAX_VALUE, 1])]);
    const result = score(extreme, a({ s: 'o0' }));
    expect(Number.isFinite(result.overall), `overall ${result.overall}`).to.equal(true);
    expect(Number.isFinite(result.dimensions.get('a')), `dimension ${result.dimensions.get('a')}`).to.equal(true);
  });

  it('ignores an answer that names no option', () => {
    const q = quiz([choice('x', 'a', 'single', [0, 1]), choice('y', 'a', 'single', [0, 1])]);
    expect(score(q, a({ x: 'o1', y: 'gone' })).dimensions.get('a'), 'y does not count').to.equal(100);
  });
});

describe('readiness-quiz logic: answers in a link', () => {
  const q = quiz([
    choice('s', 'a', 'single', [0, 1, 2]),
    choice('m', 'a', 'multiple', [1, 1, 1, 1]),
    { id: 'c', dimension: 'a', type: 'countries', text: 'C', required: false },
    choice('skip', 'a', 'scale', [0, 1], { required: false }),
  ]);

  it('round-trips answers through a compact, fragment-safe code', () => {
    const answers = a({ s: 'o2', m: ['o0', 'o3'], c: ['JP', 'CA'] });
    const code = encode(q, answers);
    expect(code, 'id.version.answers: index 2 → mask 4; options 0 and 3 → mask 9; countries run together').to.equal('q.1.4-9-JPCA-');
    expect(decode(q, code)).to.deep.equal(answers);
    expect(decode(q, encode(q, a({})))).to.deep.equal(new Map());
  });

  it('tells another quiz’s link (undefined) from a stale or invalid one for this quiz (null)', () => {
    expect(decode(q, 'other.1.1-1--'), 'another quiz').to.equal(undefined);
    expect(decode(q, ''), 'no link').to.equal(undefined);
    expect(decode(q, 'q.2.4-9-JPCA-'), 'another version').to.equal(null);
    expect(decode(q, 'q.1.4-9'), 'another number of questions').to.equal(null);
    expect(decode(q, 'q.1.8---'), 'a single option that does not exist').to.equal(null);
    expect(decode(q, 'q.1.3---'), 'two options for a single question').to.equal(null);
    expect(decode(q, 'q.1.-g--'), 'a multiple mask beyond its options').to.equal(null);
    expect(decode(q, 'q.1.--XX-'), 'an unknown country').to.equal(null);
    expect(decode(q, 'q.1.--JPC-'), 'a broken country list').to.equal(null);
    expect(decode(q, 'q.1.garbage!'), 'unreadable').to.equal(null);
  });
});

describe('readiness-quiz logic: ids that are Object.prototype names', () => {
  const reserved = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
  const q = quiz(
    reserved.map((id) => ({
      ...choice(id, id, 'multiple', [1, 1]),
      options: reserved.slice(0, 2).map((o) => ({ id: o, label: o, score: 1 })),
    })),
    { dimensions: reserved.map((id) => ({ id, title: id })) },
  );

  it('scores each dimension by its own answers and leaves Object.prototype alone', () => {
    const before = Object.getOwnPropertyNames(Object.prototype);
    const result = score(
      q,
      new Map([
        ['__proto__', ['constructor']],
        ['valueOf', ['__proto__', 'constructor']],
      ]),
    );
    expect([...result.dimensions], 'unanswered dimensions are left out').to.deep.equal([
      ['__proto__', 50],
      ['valueOf', 100],
    ]);
    expect(Object.getOwnPropertyNames(Object.prototype), 'nothing written onto Object.prototype').to.deep.equal(before);
    expect(({} as Record<number, unknown>)[0]).to.equal(undefined);
    expect(
      shown(q, new Map()).map((x) => x.id),
      'every question asked',
    ).to.deep.equal(reserved);
  });

  it('encodes nothing for questions nobody answered, whatever their names', () => {
    expect(encode(q, new Map())).to.equal('q.1.----');
    expect(decode(q, 'q.1.----')).to.deep.equal(new Map());
  });
});

describe('readiness-quiz logic: codes for every quiz the format allows', () => {
  const many = (n: number) =>
    quiz([
      choice(
        'm',
        'a',
        'multiple',
        Array.from({ length: n }, () => 1),
      ),
    ]);

  it('round-trips any set of options of a question with hundreds of options', () => {
    for (const n of [53, 54, 64, 200, 1100]) {
      const q = many(n);
      for (const picked of [[n - 1], [0, 52, 53], [...Array(n).keys()]]) {
        const answers = a({ m: picked.filter((i) => i < n).map((i) => `o${i}`) });
        expect(decode(q, encode(q, answers)), `${n} options, picking ${picked.length}`).to.deep.equal(answers);
      }
    }
  });

  it('refuses a mask with more digits than the question has options, without reading it', () => {
    const q = many(3);
    expect(decode(q, `q.1.${'z'.repeat(100_000)}`)).to.equal(null);
    expect(decode(q, 'q.1.8'), 'a bit past the options').to.equal(null);
  });

  it('keeps large, negative and exponent-written versions apart', () => {
    for (const version of [0, -3, 2 ** 53, 1e21, 1.5e300]) {
      const q = quiz([choice('x', 'a', 'single', [0, 1])], { version });
      const code = encode(q, a({ x: 'o1' }));
      expect(decode(q, code), `version ${version}`).to.deep.equal(a({ x: 'o1' }));
      expect(decode({ ...q, version: version * 2 || 1 }, code), `another version than ${version}`).to.equal(null);
    }
  });

  it('writes ids with dots, reserved characters and lone surrogates into a code that reads back', () => {
    for (const id of ['a.b.c', 'x y#z%', '\ud800lone', '日本.1.2']) {
      const q = quiz([choice('x', 'a', 'single', [0, 1])], { id });
      const code = encode(q, a({ x: 'o0' }));
      expect(code, 'fragment-safe').to.match(/^[\w.~!*'()%-]+\.\d+\.1$/);
      expect(decode(q, code), id).to.deep.equal(a({ x: 'o0' }));
      expect(decode(quiz(q.questions, { id: `${id}x` }), code), 'another quiz').to.equal(undefined);
    }
  });
});
