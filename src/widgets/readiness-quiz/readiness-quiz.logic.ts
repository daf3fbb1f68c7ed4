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
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  // `depth` stops a showIf cycle (validation drops them) from recursing forever: such a question is never asked.
  const asked = (q: QuizQuestion, depth = 0): boolean => {
    const rule = q.showIf;
    const on = rule && byId.get(rule.question);
    return (
      !rule ||
      (!!on &&
        depth < byId.size &&
        asked(on, depth + 1) &&
        rule.anyOf.some((id) => chosen(answers.get(on.id)).includes(on.type === 'countries' ? id.toUpperCase() : id)))
    );
  };
  return quiz.questions.filter((q) => asked(q));
}

/** Scores the answers to the letter of the spec (see the module comment). */
export function score(quiz: Quiz, answers: Answers): Score {
  const sums = new Map<string, number[]>();
  const targetMarkets: string[] = [];
  for (const q of shown(quiz, answers)) {
    const given = chosen(answers.get(q.id));
    if (q.type === 'countries') {
      for (const code of given) if (!targetMarkets.includes(code)) targetMarkets.push(code);
      continue;
    }
    const options = q.options ?? [];
    const picked = options.filter((o) => given.includes(o.id));
    if (!picked.length) continue; // unanswered (or an answer that names no option): not counted
    const max =
      q.type === 'multiple' ? options.reduce((sum, o) => sum + Math.max(0, o.score), 0) : Math.max(...options.map((o) => o.score));
    const weight = q.weight ?? 1;
    const sum = sums.get(q.dimension) ?? sums.set(q.dimension, [0, 0]).get(q.dimension)!;
    sum[0]! += weight * picked.reduce((total, o) => total + o.score, 0);
    sum[1]! += weight * max;
  }
  const dimensions = new Map<string, number>();
  let weighted = 0;
  let weights = 0;
  for (const d of quiz.dimensions) {
    const [got, max] = sums.get(d.id) ?? [];
    if (!max) continue;
    const percent = (100 * got!) / max;
    dimensions.set(d.id, Math.round(percent));
    weighted += (d.weight ?? 1) * percent;
    weights += d.weight ?? 1;
  }
  const overall = Math.round(weights ? weighted / weights : 0);
  const bands = [...quiz.bands].sort((a, b) => a.min - b.min);
  return {
    overall,
    band: bands.filter((b) => b.min <= overall).pop() ?? bands[0]!,
    dimensions,
    recommendations: (quiz.recommendations ?? []).filter((r) => dimensions.get(r.dimension)! < r.below),
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
    .map((q) => {
      const given = chosen(answers.get(q.id));
      const mask = (q.options ?? []).reduce((sum, o, i) => (given.includes(o.id) ? sum | (1n << BigInt(i)) : sum), 0n);
      return q.type === 'countries' ? given.join('') : mask ? mask.toString(36) : '';
    })
    .join('-')}`;

/** A base-36 number of any length. */
const base36 = (digits: string) => [...digits].reduce((n, d) => n * 36n + BigInt(parseInt(d, 36)), 0n);

/**
 * The answers in `code` (made by `encode`) for `quiz`: `undefined` when the code is for another quiz,
 * `null` when it is for this one but stale (another version) or invalid.
 */
export function decode(quiz: Quiz, code: string): Answers | null | undefined {
  const mine = uriComponent(quiz.id);
  // The id may hold dots; the version and the answers cannot (found from the end: linear, whatever the hash).
  const end = code.lastIndexOf('.');
  const at = code.lastIndexOf('.', end - 1);
  const rest = code.slice(end + 1);
  const version = code.slice(at + 1, end);
  const id = at > 0 && version && /^[\dA-Za-z-]*$/.test(rest) ? code.slice(0, at) : undefined;
  if (id !== mine) return id || !code.startsWith(`${mine}.`) ? undefined : null;
  const parts = rest.split('-');
  if (version !== String(BigInt(quiz.version)) || parts.length !== quiz.questions.length) return null;
  const answers = new Map<string, Answer>();
  for (const [i, q] of quiz.questions.entries()) {
    const part = parts[i]!;
    const options = q.options ?? [];
    // A mask has at most one digit per option (a digit holds 5 bits): a longer part is not read at all.
    const n = q.type === 'countries' || part.length > options.length ? 0n : base36(part);
    const given =
      q.type === 'countries'
        ? (part.toUpperCase().match(/../g) ?? [])
        : options.filter((_, j) => (n >> BigInt(j)) & 1n).map((o) => o.id);
    if (
      q.type === 'countries'
        ? part.length % 2 || !given.every(isCountryCode)
        : part.length > options.length || n >> BigInt(options.length) || (q.type !== 'multiple' && given.length > 1)
    ) {
      return null;
    }
    if (given.length) answers.set(q.id, q.type === 'single' || q.type === 'scale' ? given[0]! : given);
  }
  return answers;
}
