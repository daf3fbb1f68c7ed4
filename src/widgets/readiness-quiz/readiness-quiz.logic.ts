/**
 * The quiz without a DOM: which questions are asked under the answers given (`showIf`), the scores exactly as
 * data-format.md "Quiz" defines them, and the compact form of answers used in links and in localStorage.
 */
import type { Quiz, QuizBand, QuizQuestion, QuizRecommendation } from '../../data/schema.js';
import { isCountryCode } from '../../data/values.js';

/** An option id (`single`, `scale`), or a list of option ids (`multiple`) or country codes (`countries`). */
export type Answer = string | string[];
export type Answers = Record<string, Answer>;

export interface Score {
  /** Overall percentage, rounded (0 when no dimension has a percentage). */
  overall: number;
  band: QuizBand;
  /** Rounded percentage by dimension id; dimensions without one are left out. */
  dimensions: Record<string, number>;
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
        rule.anyOf.some((id) => chosen(answers[on.id]).includes(on.type === 'countries' ? id.toUpperCase() : id)))
    );
  };
  return quiz.questions.filter((q) => asked(q));
}

/** Scores the answers to the letter of the spec (see the module comment). */
export function score(quiz: Quiz, answers: Answers): Score {
  const sums: Record<string, number[]> = {};
  const targetMarkets: string[] = [];
  for (const q of shown(quiz, answers)) {
    const given = chosen(answers[q.id]);
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
    const sum = (sums[q.dimension] ??= [0, 0]);
    sum[0]! += weight * picked.reduce((total, o) => total + o.score, 0);
    sum[1]! += weight * max;
  }
  const dimensions: Record<string, number> = {};
  let weighted = 0;
  let weights = 0;
  for (const d of quiz.dimensions) {
    const [got, max] = sums[d.id] ?? [];
    if (!max) continue;
    const percent = (100 * got!) / max;
    dimensions[d.id] = Math.round(percent);
    weighted += (d.weight ?? 1) * percent;
    weights += d.weight ?? 1;
  }
  const overall = Math.round(weights ? weighted / weights : 0);
  const bands = [...quiz.bands].sort((a, b) => a.min - b.min);
  return {
    overall,
    band: bands.filter((b) => b.min <= overall).pop() ?? bands[0]!,
    dimensions,
    recommendations: (quiz.recommendations ?? []).filter((r) => dimensions[r.dimension]! < r.below),
    targetMarkets,
  };
}

/**
 * Answers as `<quiz id>.<version>.<answers>`, safe in a URL fragment: per question in quiz order, separated
 * by `-`, nothing when unanswered, else a bit mask of the chosen options in base 36 (bit i: the i-th option),
 * or the country codes run together for a `countries` question.
 */
export const encode = (quiz: Quiz, answers: Answers): string =>
  `${encodeURIComponent(quiz.id)}.${quiz.version}.${quiz.questions
    .map((q) => {
      const given = chosen(answers[q.id]);
      const mask = (q.options ?? []).reduce((sum, o, i) => sum + (given.includes(o.id) ? 2 ** i : 0), 0);
      return q.type === 'countries' ? given.join('') : mask ? mask.toString(36) : '';
    })
    .join('-')}`;

/**
 * The answers in `code` (made by `encode`) for `quiz`: `undefined` when the code is for another quiz,
 * `null` when it is for this one but stale (another version) or invalid.
 */
export function decode(quiz: Quiz, code: string): Answers | null | undefined {
  const mine = encodeURIComponent(quiz.id);
  const [, id, version, rest] = /^(.+)\.(-?\d+)\.([\dA-Za-z-]*)$/.exec(code) ?? [];
  if (id !== mine) return id || !code.startsWith(`${mine}.`) ? undefined : null;
  const parts = rest!.split('-');
  if (+version! !== quiz.version || parts.length !== quiz.questions.length) return null;
  const answers: Answers = {};
  for (const [i, q] of quiz.questions.entries()) {
    const part = parts[i]!;
    const options = q.options ?? [];
    const n = parseInt(part, 36);
    const given =
      q.type === 'countries'
        ? (part.toUpperCase().match(/../g) ?? [])
        : options.filter((_, j) => Math.floor(n / 2 ** j) % 2).map((o) => o.id);
    if (
      q.type === 'countries'
        ? part.length % 2 || !given.every(isCountryCode)
        : n >= 2 ** options.length || (q.type !== 'multiple' && given.length > 1)
    ) {
      return null;
    }
    if (given.length) answers[q.id] = q.type === 'single' || q.type === 'scale' ? given[0]! : given;
  }
  return answers;
}
