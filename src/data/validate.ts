/**
 * Lenient validation, per section and per record: a record whose required field is invalid is skipped,
 * an invalid optional field (or list item) is dropped, and everything valid is kept. Each problem is
 * reported with its full path, e.g. `clusters[12].targetCountries[1]: "ZZ" is not a country code`.
 */
import * as z from 'zod/mini';
import { SECTIONS, type Quiz, type SectionName, type SectionRecord } from './schema.js';
import { got } from './values.js';
import { endOfDeadline, startOfOpening } from './dates.js';
import { drain, inSlices } from './yield.js';
import { FAIL, quick } from './quick.js';
import { shapeOf, type Schema } from './zod-shape.js';

/** One problem in a data file: where, and what, in plain words. */
export interface Problem {
  path: string;
  message: string;
}

/** What a section yields: the valid records, and what was skipped or dropped on the way. */
export interface SectionResult<T> {
  records: T[];
  /** Records left out because a required field was invalid (or a record-level rule failed). */
  skipped: Problem[];
  /** Optional fields or list items removed from records that were kept. */
  dropped: Problem[];
  /** How many records the section held. */
  total: number;
}

type Outcome = { ok: true; value: unknown } | { ok: false; problem: Problem };

const join = (path: string, key: string | number): string => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

const firstProblem = (error: z.core.$ZodError, path: string): Problem => {
  const issue = error.issues[0];
  return {
    path: (issue?.path ?? []).reduce<string>((p, key) => join(p, key as string | number), path),
    message: issue?.message ?? 'is invalid',
  };
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validates `value` against `schema`; where a whole-value parse fails, walks objects and arrays so that
 * an invalid optional field or list item is dropped (and recorded in `dropped`) instead of failing all.
 */
export function lenient(schema: Schema, value: unknown, path: string, dropped: Problem[]): Outcome {
  // Most records are valid: the fast path takes them, and zod sees only what it may have to explain.
  const fast = quick(schema)?.(value) ?? FAIL;
  if (fast !== FAIL) return { ok: true, value: fast };
  const whole = z.safeParse(schema, value);
  if (whole.success) return { ok: true, value: whole.data };
  const shape = shapeOf(schema);
  if (shape.kind === 'object') {
    if (!isPlainObject(value)) return { ok: false, problem: { path, message: `expected an object, got ${got(value)}` } };
    const kept: Record<string, unknown> = {};
    const local: Problem[] = [];
    // The keys are the schema's field names, not data.
    /* eslint-disable cg/no-data-keys */
    for (const [key, fieldSchema] of Object.entries(shape.fields)) {
      const field = shapeOf(fieldSchema);
      const optional = field.kind === 'optional';
      const at = join(path, key);
      if (value[key] === undefined) {
        if (optional) continue;
        return { ok: false, problem: { path: at, message: 'is missing (required)' } };
      }
      const outcome = lenient(optional ? field.inner : fieldSchema, value[key], at, local);
      if (outcome.ok) kept[key] = outcome.value;
      else if (optional) local.push(outcome.problem);
      else return { ok: false, problem: outcome.problem };
    }
    /* eslint-enable cg/no-data-keys */
    // Object-level rules (such as min ≤ max) run again on what was kept.
    const again = z.safeParse(schema, kept);
    if (!again.success) return { ok: false, problem: firstProblem(again.error, path) };
    dropped.push(...local);
    return { ok: true, value: again.data };
  }
  if (shape.kind === 'array' && Array.isArray(value)) {
    const kept: unknown[] = [];
    const local: Problem[] = [];
    value.forEach((item, index) => {
      const outcome = lenient(shape.element, item, join(path, index), local);
      if (outcome.ok) kept.push(outcome.value);
      else local.push(outcome.problem);
    });
    const again = z.safeParse(schema, kept);
    if (!again.success) return { ok: false, problem: firstProblem(again.error, path) };
    dropped.push(...local);
    return { ok: true, value: again.data };
  }
  return { ok: false, problem: firstProblem(whole.error, path) };
}

/**
 * Validates one section of a document. `raw` must already be known to be an array; the caller reports
 * a missing section or a section that is not a list as a fatal problem.
 */
export const validateSection = <S extends SectionName>(section: S, raw: readonly unknown[]): SectionResult<SectionRecord<S>> =>
  drain(validating(section, raw));

/**
 * The same, in slices with a turn for the page between them, so that validating 50,000 records never blocks
 * the page in one long task.
 */
export const validateSectionInSlices = <S extends SectionName>(
  section: S,
  raw: readonly unknown[],
  signal?: AbortSignal,
): Promise<SectionResult<SectionRecord<S>>> => inSlices(validating(section, raw), signal);

/** Validates record after record, yielding after every 16; returns the section's result. */
function* validating<S extends SectionName>(section: S, raw: readonly unknown[]): Generator<void, SectionResult<SectionRecord<S>>> {
  const schema = SECTIONS[section] as unknown as Schema;
  const records: SectionRecord<S>[] = [];
  const skipped: Problem[] = [];
  const dropped: Problem[] = [];
  const firstIndexById = new Map<string, number>();
  for (let index = 0; index < raw.length; index++) {
    // A step is 16 records: small enough for 25 ms slices, few enough that stepping costs little.
    if (index && !(index & 15)) yield;
    const path = `${section}[${index}]`;
    const local: Problem[] = [];
    const outcome = lenient(schema, raw[index], path, local);
    if (!outcome.ok) {
      skipped.push(outcome.problem);
      continue;
    }
    const record = outcome.value as SectionRecord<S> & { id: string };
    const first = firstIndexById.get(record.id);
    if (first !== undefined) {
      skipped.push({ path: `${path}.id`, message: `duplicate id "${record.id}" (first used by ${section}[${first}])` });
      continue;
    }
    const rule = recordRule(section, record, raw[index], path, local);
    if (rule) {
      skipped.push(rule);
      continue;
    }
    firstIndexById.set(record.id, index);
    dropped.push(...local);
    records.push(record);
  }
  return { records, skipped, dropped, total: raw.length };
}

/** Record-level rules that a field schema cannot express; returns why the record is skipped. */
function recordRule(section: SectionName, record: unknown, input: unknown, path: string, dropped: Problem[]): Problem | undefined {
  if (section === 'funding') {
    const funding = record as SectionRecord<'funding'>;
    if (funding.opens && funding.deadline && startOfOpening(funding.opens) > endOfDeadline(funding.deadline)) {
      return { path: `${path}.opens`, message: `opens (${funding.opens}) after its deadline (${funding.deadline})` };
    }
  }
  if (section === 'quizzes') return checkQuiz(record as Quiz, input as RawQuiz, path, dropped);
  return undefined;
}

/**
 * The quiz's cross-references: duplicate ids, questions naming a missing dimension or question, showIf
 * cycles, choice questions without options, and bands that do not start at 0. Bad questions are dropped
 * (with everything that depends on them); a quiz left without questions or a band at 0 is skipped.
 * Mutates `quiz` to remove what is dropped, and sorts its bands by `min`.
 */
function checkQuiz(quiz: Quiz, input: RawQuiz, path: string, dropped: Problem[]): Problem | undefined {
  // Invalid entries were already removed from the lists: paths must count positions in the file.
  const dimensionAt = positions(quiz.dimensions, input.dimensions, (d) => d.id);
  const questionAt = positions(quiz.questions, input.questions, (q) => q.id);
  const recommendationAt = positions(quiz.recommendations ?? [], input.recommendations, (r) => r.dimension);
  const dimensionIds = new Set<string>();
  quiz.dimensions = quiz.dimensions.filter((dimension, kept) => {
    const index = dimensionAt[kept];
    if (dimensionIds.has(dimension.id)) {
      dropped.push({ path: `${path}.dimensions[${index}].id`, message: `duplicate dimension id "${dimension.id}"` });
      return false;
    }
    dimensionIds.add(dimension.id);
    return true;
  });

  const byId = new Map<string, number>();
  const gone = new Set<number>();
  const drop = (index: number, field: string, message: string) => {
    if (gone.has(index)) return;
    gone.add(index);
    dropped.push({ path: `${path}.questions[${questionAt[index]}]${field ? `.${field}` : ''}`, message });
  };
  quiz.questions.forEach((question, index) => {
    if (byId.has(question.id)) return drop(index, 'id', `duplicate question id "${question.id}"`);
    byId.set(question.id, index);
    if (!dimensionIds.has(question.dimension)) {
      return drop(
        index,
        'dimension',
        `"${question.dimension}" is not a dimension of this quiz (it has ${[...dimensionIds].map((d) => `"${d}"`).join(', ')})`,
      );
    }
    if (question.type === 'countries') {
      delete question.options;
      return;
    }
    const optionIds = new Set<string>();
    const optionAt = positions(question.options ?? [], input.questions?.[questionAt[index]!]?.options, (o) => o.id);
    question.options = (question.options ?? []).filter((option, kept) => {
      if (!optionIds.has(option.id)) return optionIds.add(option.id);
      dropped.push({
        path: `${path}.questions[${questionAt[index]}].options[${optionAt[kept]}].id`,
        message: `duplicate option id "${option.id}"`,
      });
      return false;
    });
    if (question.options.length === 0) drop(index, 'options', `a "${question.type}" question needs options with scores`);
  });
  // showIf: the named question must exist, must not lead back to this one, and must itself be kept. Each
  // question is settled once, with every question its showIf chain passes: linear in the questions (checking
  // every question again after each drop took minutes for a chain of 1,000).
  const settled = new Set<number>();
  quiz.questions.forEach((_, start) => {
    const chain: number[] = [];
    const onChain = new Set<number>();
    let at = start;
    // Along the named questions to one that is settled, has no showIf, was dropped, names none, or is met again.
    while (!settled.has(at) && !onChain.has(at)) {
      const showIf = quiz.questions[at]!.showIf;
      if (gone.has(at) || !showIf) break;
      const next = byId.get(showIf.question);
      if (next === undefined) {
        drop(at, 'showIf.question', `"${showIf.question}" is not a question of this quiz`);
        break;
      }
      chain.push(at);
      onChain.add(at);
      at = next;
    }
    const cycle = onChain.has(at);
    if (cycle) {
      // The first question of the loop is where it is reported; the others depend on it.
      const first = chain.slice(chain.indexOf(at)).reduce((a, b) => Math.min(a, b));
      drop(first, 'showIf', `showIf forms a cycle through "${quiz.questions[first]!.showIf!.question}"`);
    }
    // Every question of the chain leads to `at`: all are kept with it, or depend on a dropped question.
    if (cycle || gone.has(at)) {
      for (const index of chain)
        drop(index, 'showIf.question', `depends on "${quiz.questions[index]!.showIf!.question}", which was dropped`);
    }
    for (const index of [...chain, at]) settled.add(index);
  });
  quiz.questions = quiz.questions.filter((_, index) => !gone.has(index));
  if (quiz.questions.length === 0) return { path: `${path}.questions`, message: 'no valid question remains' };

  quiz.bands = [...quiz.bands].sort((a, b) => a.min - b.min);
  if (quiz.bands[0]!.min !== 0) {
    return { path: `${path}.bands`, message: `no band starts at 0 (the lowest "min" is ${quiz.bands[0]!.min})` };
  }
  quiz.recommendations = quiz.recommendations?.filter((recommendation, kept) => {
    if (dimensionIds.has(recommendation.dimension)) return true;
    dropped.push({
      path: `${path}.recommendations[${recommendationAt[kept]}].dimension`,
      message: `"${recommendation.dimension}" is not a dimension of this quiz`,
    });
    return false;
  });
  return undefined;
}

type RawList = { id?: unknown; options?: RawList; dimension?: unknown }[] | undefined;
type RawQuiz = { dimensions?: RawList; questions?: RawList; recommendations?: RawList };

/**
 * For each kept entry of a list, its position in the file's list: the kept entries are in file order, so
 * each is the next raw entry with the same key.
 */
function positions<T>(kept: T[], raw: RawList, key: (item: T) => unknown): number[] {
  const list: unknown[] = Array.isArray(raw) ? raw : [];
  let at = 0;
  return kept.map((item) => {
    const wanted = key(item);
    while (at < list.length && !(typeof list[at] === 'object' && list[at] !== null && key(list[at] as T) === wanted)) at++;
    return at++;
  });
}

/** The sentence of a notice or console warning: "3 of 120 records were skipped: …; 2 fields were dropped: …". */
export function summarise(result: SectionResult<unknown>, limit = 3): string {
  const parts: string[] = [];
  const list = (problems: Problem[]) =>
    problems
      .slice(0, limit)
      .map((p) => `${p.path}: ${p.message}`)
      .join('; ') + (problems.length > limit ? `; and ${problems.length - limit} more` : '');
  if (result.skipped.length) {
    parts.push(
      `${result.skipped.length} of ${result.total} records ${result.skipped.length === 1 ? 'was' : 'were'} skipped: ${list(result.skipped)}`,
    );
  }
  if (result.dropped.length) {
    parts.push(`${result.dropped.length} ${result.dropped.length === 1 ? 'field was' : 'fields were'} dropped: ${list(result.dropped)}`);
  }
  return parts.join('; ');
}
