/**
 * The quiz without a DOM: which questions are asked under the answers given (`showIf`), the scores exactly as
 * data-format.md "Quiz" defines them, and the compact form of answers used in links and in localStorage.
 */
import type { Quiz, QuizBand, QuizQuestion, QuizRecommendation } from '../../data/schema.js';
import { isCountryCode } from '../../data/values.js';
import { uriComponent } from '../../shared/uri.js';

/** An option id (`single`, `scale`), or a list of option ids (`multiple`) or country codes (`countries`). */
export type Answer = string | string[];
/** Answers by question id: a Map, as ids come from the data (`constructor` or `__proto__` are ids too). */
export type Answers = ReadonlyMap<string, Answer>;

export interface Score {
  /** Overall percentage, rounded (0 when no dimension has a percentage). */
  overall: number;
  band: QuizBand;
  /** Rounded percentage by dimension id; dimensions without one are left out. */
  dimensions: Map<string, number>;
  /** The recommendations whose dimension's rounded percentage is below `below`. */
  recommendations: QuizRecommendation[];
  /** Countries chosen in the questions shown, in the order given, without repeats. */
  targetMarkets: string[];
}

/** An answer as a list (empty when unanswered). */
export const chosen = (answer: Answer | undefined): string[] => [answer ?? []].flat();

/**
 * The questions asked under `answers`, in quiz order: those without `showIf`, and those whose `showIf`
 * question is itself asked and was given one of `anyOf`.
 */
export function shown(quiz: Quiz, answers: Answers): QuizQuestion[] {
  const byId = new Map(quiz.questions.map((question) => [question.id, question]));
  // `depth` stops a showIf cycle (validation drops them) from recursing forever: such a question is never asked.
  const isAsked = (question: QuizQuestion, depth = 0): boolean => {
    const rule = question.showIf;
    if (!rule) return true;
    const condition = byId.get(rule.question);
    if (!condition || depth >= byId.size || !isAsked(condition, depth + 1)) return false;
    const given = chosen(answers.get(condition.id));
    return rule.anyOf.some((id) => given.includes(condition.type === 'countries' ? id.toUpperCase() : id));
  };
  return quiz.questions.filter((question) => isAsked(question));
}

/**
 * A divisor for scaling `values` down to at most 2: the power of two at or just below the largest of them (1 when
 * none is above 0). Dividing by a power of two is exact, so scaled sums and ratios are the very same numbers.
 */
const largest = (values: number[]) => {
  const most = values.reduce((max, value) => Math.max(max, value), 0);
  if (!(most > 0)) return 1;
  const exponent = Math.floor(Math.log2(most));
  // log2 rounds up just below a power of two (log2 of the largest number is 1024): step back one then.
  return 2 ** exponent > most ? 2 ** (exponent - 1) : 2 ** exponent;
};

/** Scores the answers to the letter of the spec (see the module comment). */
export function score(quiz: Quiz, answers: Answers): Score {
  // The data format allows any finite score and weight (1e308 among them), and products of such numbers overflow
  // to Infinity. Every score and weight is therefore scaled down by a power of two near the largest of its kind:
  // the percentages, which are ratios, stay exactly the same, and no sum can overflow.
  const scoreScale = largest(quiz.questions.flatMap((question) => question.options ?? []).map((option) => Math.abs(option.score)));
  const questionWeightScale = largest(quiz.questions.map((question) => question.weight ?? 1));
  const dimensionWeightScale = largest(quiz.dimensions.map((dimension) => dimension.weight ?? 1));
  /** Per dimension id: the weighted points earned and the most that could have been earned. */
  const points = new Map<string, { earned: number; possible: number }>();
  const targetMarkets: string[] = [];
  for (const question of shown(quiz, answers)) {
    const given = chosen(answers.get(question.id));
    if (question.type === 'countries') {
      for (const code of given) if (!targetMarkets.includes(code)) targetMarkets.push(code);
      continue;
    }
    const options = question.options ?? [];
    const picked = options.filter((option) => given.includes(option.id));
    if (!picked.length) continue; // unanswered (or an answer that names no option): not counted
    const scaled = (option: { score: number }) => option.score / scoreScale;
    const best =
      question.type === 'multiple'
        ? options.reduce((sum, option) => sum + Math.max(0, scaled(option)), 0)
        : options.reduce((most, option) => Math.max(most, scaled(option)), -Infinity);
    const weight = (question.weight ?? 1) / questionWeightScale;
    const sums = points.get(question.dimension) ?? points.set(question.dimension, { earned: 0, possible: 0 }).get(question.dimension)!;
    sums.earned += weight * picked.reduce((total, option) => total + scaled(option), 0);
    sums.possible += weight * best;
  }
  const dimensions = new Map<string, number>();
  let weightedSum = 0;
  let totalWeight = 0;
  for (const dimension of quiz.dimensions) {
    const sums = points.get(dimension.id);
    if (!sums?.possible) continue;
    // At most 100 with sensible data; bounded so that odd scores (large negative ones) still give a number.
    const percent = Math.min(Math.max((100 * sums.earned) / sums.possible, -Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER);
    dimensions.set(dimension.id, Math.round(percent));
    const weight = (dimension.weight ?? 1) / dimensionWeightScale;
    weightedSum += weight * percent;
    totalWeight += weight;
  }
  const overall = Math.round(totalWeight ? weightedSum / totalWeight : 0);
  const bands = [...quiz.bands].sort((a, b) => a.min - b.min);
  return {
    overall,
    band: bands.filter((band) => band.min <= overall).pop() ?? bands[0]!,
    dimensions,
    recommendations: (quiz.recommendations ?? []).filter(
      (recommendation) => dimensions.get(recommendation.dimension)! < recommendation.below,
    ),
    targetMarkets,
  };
}

/**
 * Answers as `<quiz id>.<version>.<answers>`, safe in a URL fragment: per question in quiz order, separated
 * by `-`, nothing when unanswered, else a bit mask of the chosen options in base 36 (bit i: the i-th option;
 * a BigInt, so that a question may have any number of options), or the country codes run together for a
 * `countries` question. The version is written in full digits (`1e21` as 22 of them; no dot, no exponent).
 */
export const encode = (quiz: Quiz, answers: Answers): string =>
  `${uriComponent(quiz.id)}.${BigInt(quiz.version)}.${quiz.questions
    .map((question) => {
      const given = chosen(answers.get(question.id));
      if (question.type === 'countries') return given.join('');
      const mask = (question.options ?? []).reduce((bits, option, i) => (given.includes(option.id) ? bits | (1n << BigInt(i)) : bits), 0n);
      return mask ? mask.toString(36) : '';
    })
    .join('-')}`;

/** A base-36 number of any length. */
const base36 = (digits: string) => [...digits].reduce((n, d) => n * 36n + BigInt(parseInt(d, 36)), 0n);

/**
 * The answers in `code` (made by `encode`) for `quiz`: `undefined` when the code is for another quiz,
 * `null` when it is for this one but stale (another version) or invalid.
 */
export function decode(quiz: Quiz, code: string): Answers | null | undefined {
  const ownId = uriComponent(quiz.id);
  // The id may hold dots; the version and the answers cannot (found from the end: linear, whatever the hash).
  const lastDot = code.lastIndexOf('.');
  const versionDot = code.lastIndexOf('.', lastDot - 1);
  const encoded = code.slice(lastDot + 1);
  const version = code.slice(versionDot + 1, lastDot);
  const id = versionDot > 0 && version && /^[\dA-Za-z-]*$/.test(encoded) ? code.slice(0, versionDot) : undefined;
  if (id !== ownId) return id || !code.startsWith(`${ownId}.`) ? undefined : null;
  const parts = encoded.split('-');
  if (version !== String(BigInt(quiz.version)) || parts.length !== quiz.questions.length) return null;
  const answers = new Map<string, Answer>();
  for (const [index, question] of quiz.questions.entries()) {
    const part = parts[index]!;
    const options = question.options ?? [];
    if (question.type === 'countries') {
      const codes = part.toUpperCase().match(/../g) ?? [];
      if (part.length % 2 || !codes.every(isCountryCode)) return null;
      if (codes.length) answers.set(question.id, codes);
      continue;
    }
    // A mask has at most one digit per option (a digit holds 5 bits): a longer part is not read at all.
    if (part.length > options.length) return null;
    const mask = base36(part);
    const given = options.filter((_, bit) => (mask >> BigInt(bit)) & 1n).map((option) => option.id);
    if (mask >> BigInt(options.length) || (question.type !== 'multiple' && given.length > 1)) return null;
    if (given.length) answers.set(question.id, question.type === 'multiple' ? given : given[0]!);
  }
  return answers;
}
