/**
 * `cluster-gateway validate [--json] <file-or-url>…` checks data files with the widgets' own schemas and prints
 * every problem with its path; `cluster-gateway schema` prints the JSON Schema. Exit status: 0 valid, 1 problems
 * in the data, 2 a usage error or a source that could not be read.
 */
import { readFileSync } from 'node:fs';
import { jsonSchema } from './data/json-schema.js';
import { readSource } from './data/read-source.js';
import { FORMAT_VERSION, SECTIONS, type SectionName } from './data/schema.js';
import { validateSection, type Problem } from './data/validate.js';
import { httpHref, Url } from './data/values.js';
import { shapeOf, type Schema } from './data/zod-shape.js';

const USAGE = `Usage:
  cluster-gateway validate [--json] <file-or-url>...   check data files (format version ${FORMAT_VERSION})
  cluster-gateway schema                               print the JSON Schema of the data format
  cluster-gateway --version                            print the version
  cluster-gateway --help                               print this help

validate prints every problem with its path; --json prints one JSON report instead (for pipelines).
Exit status: 0 every file valid, 1 problems in the data, 2 a usage error or a file that could not be read.`;

/** One problem or warning: where (`clusters[3].country`, or '' for the whole file), and what. */
export interface Finding {
  path: string;
  message: string;
}

/** A problem, and what the widgets do about it: skip the record, drop the value, or nothing works. */
export interface DataProblem extends Finding {
  effect: 'record skipped' | 'dropped' | 'fatal';
}

export interface Report {
  errors: DataProblem[];
  warnings: Finding[];
  counts: { section: SectionName; valid: number; total: number }[];
}

/** Checks one parsed document; the same rules as the widgets, plus warnings for unknown field names. */
export function check(doc: unknown): Report {
  const report: Report = { errors: [], warnings: [], counts: [] };
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    report.errors.push({ path: '', message: 'the file must hold a JSON object ({ "version": 1, … })', effect: 'fatal' });
    return report;
  }
  const record = doc as Record<string, unknown>;
  const fatal = (path: string, message: string) => report.errors.push({ path, message, effect: 'fatal' });
  if (record.version === undefined) fatal('version', `missing; write "version": ${FORMAT_VERSION}`);
  else if (record.version !== FORMAT_VERSION) {
    fatal('version', `${JSON.stringify(record.version)} is not supported; this release reads version ${FORMAT_VERSION}`);
    return report;
  }
  const known = new Set(['$schema', 'version', 'updated', ...Object.keys(SECTIONS)]);
  for (const key of Object.keys(record)) if (!known.has(key)) report.warnings.push({ path: key, message: 'unknown section (ignored)' });
  let any = false;
  for (const section of Object.keys(SECTIONS) as SectionName[]) {
    const raw = record[section];
    if (raw === undefined) continue;
    any = true;
    if (!Array.isArray(raw)) {
      fatal(section, 'must be a list ([ … ])');
      continue;
    }
    const result = validateSection(section, raw);
    const as = (effect: DataProblem['effect']) => (p: Problem) => ({ path: p.path, message: p.message, effect });
    report.errors.push(...result.skipped.map(as('record skipped')), ...result.dropped.map(as('dropped')));
    report.counts.push({ section, valid: result.records.length, total: result.total });
    const recordShape = shapeOf(SECTIONS[section]);
    const fields = new Set(recordShape.kind === 'object' ? Object.keys(recordShape.fields) : []);
    raw.forEach((item, index) => {
      if (typeof item !== 'object' || item === null) return;
      for (const key of Object.keys(item)) {
        if (!fields.has(key)) report.warnings.push({ path: `${section}[${index}].${key}`, message: 'unknown field (ignored)' });
      }
      normalised(SECTIONS[section], item, `${section}[${index}]`, report.warnings);
    });
  }
  if (!any) report.warnings.push({ path: '', message: 'the file has no clusters, funding, organisations or quizzes section' });
  return report;
}

/**
 * Warns about each web address (a `Url` field anywhere in `value`) that the widgets read in another form than
 * written, as a browser does: `…/Funding call 2027.pdf` as `…/Funding%20call%202027.pdf`. A slash added after
 * the host alone (`https://example.org` as `https://example.org/`) changes nothing and is not reported.
 */
function normalised(schema: Schema, value: unknown, path: string, warnings: Finding[]): void {
  const shape = shapeOf(schema);
  if (schema === (Url as unknown)) {
    const href = typeof value === 'string' ? httpHref(value) : undefined;
    if (href && href !== value && href !== `${value as string}/`) {
      warnings.push({ path, message: `${JSON.stringify(value)} is read as ${JSON.stringify(href)} (normalised)` });
    }
  } else if (shape.kind === 'optional') {
    normalised(shape.inner, value, path, warnings);
  } else if (shape.kind === 'array' && Array.isArray(value)) {
    value.forEach((item, index) => normalised(shape.element, item, `${path}[${index}]`, warnings));
  } else if (shape.kind === 'object' && typeof value === 'object' && value !== null) {
    for (const [key, field] of Object.entries(shape.fields)) {
      // eslint-disable-next-line cg/no-data-keys -- `key` is a schema field name, read only where the value owns it
      if (Object.hasOwn(value, key)) normalised(field, (value as Record<string, unknown>)[key], `${path}.${key}`, warnings);
    }
  }
}

// C0 and C1 controls, DEL, and the bidi controls (marks, embeddings, overrides, isolates) and line separators.
// eslint-disable-next-line no-control-regex
const unprintable = /[\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/**
 * Prints one line of output with every control character escaped as `\u001b`: a value or a path from the data
 * cannot move the cursor, clear the screen, start a line of its own or reverse the text around it.
 */
const escape = (text: string, which = unprintable): string =>
  text.replace(which, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const print = (line = ''): void => console.log(escape(line));

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const where = ({ path, message }: Finding) => (path ? `${path}: ${message}` : message);

/** What `validate` found in one source: its report, or why it could not be read or parsed. */
interface Checked {
  source: string;
  /** 'unreadable': missing file, network error, HTTP error (exit 2); 'invalid': not JSON or problems (exit 1). */
  outcome: 'valid' | 'invalid' | 'unreadable';
  report: Report;
}

async function checkSource(source: string): Promise<Checked> {
  let text: string;
  try {
    text = await readSource(source);
  } catch (error) {
    const report: Report = {
      errors: [{ path: '', message: `cannot read: ${(error as Error).message}`, effect: 'fatal' }],
      warnings: [],
      counts: [],
    };
    return { source, outcome: 'unreadable', report };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const report: Report = {
      errors: [{ path: '', message: `not valid JSON: ${(error as Error).message}`, effect: 'fatal' }],
      warnings: [],
      counts: [],
    };
    return { source, outcome: 'invalid', report };
  }
  const report = check(doc);
  return { source, outcome: report.errors.length ? 'invalid' : 'valid', report };
}

function printText({ source, report }: Checked): void {
  print(source);
  for (const error of report.errors) print(`  ✗ ${where(error)}${error.effect === 'fatal' ? '' : ` (${error.effect})`}`);
  for (const warning of report.warnings) print(`  ! ${where(warning)}`);
  for (const { section, valid, total } of report.counts) print(`  · ${section}: ${valid} of ${total} valid`);
  const warnings = count(report.warnings.length, 'warning', 'warnings');
  if (report.errors.length) print(`  ${count(report.errors.length, 'problem', 'problems')}, ${warnings}`);
  else print(`  valid${report.warnings.length ? `, ${warnings}` : ''}`);
  print();
}

async function validate(sources: string[], json: boolean): Promise<number> {
  const results: Checked[] = [];
  for (const source of sources) {
    const result = await checkSource(source);
    results.push(result);
    if (!json) printText(result);
  }
  const valid = results.filter((result) => result.outcome === 'valid').length;
  if (json) {
    // JSON.stringify escapes the C0 controls inside strings; the rest of `unprintable` is escaped here, the same
    // `\uXXXX` form, so the output stays valid JSON and still cannot steer a terminal.
    console.log(
      escape(
        JSON.stringify({ valid, total: results.length, files: results }, null, 2),
        /[\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g,
      ),
    );
  } else if (sources.length > 1) {
    print(`${valid} of ${sources.length} files valid`);
  }
  if (results.some((result) => result.outcome === 'unreadable')) return 2;
  return valid === results.length ? 0 : 1;
}

/** The package's version, from the package.json beside dist/. */
const version = (): string =>
  (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--version' || command === '-v') {
    console.log(version());
    return 0;
  }
  if (command === 'schema' && rest.length === 0) {
    console.log(JSON.stringify(jsonSchema(), null, 2));
    return 0;
  }
  if (command === 'validate' && !rest.includes('--help')) {
    const json = rest.includes('--json');
    const sources = rest.filter((arg) => arg !== '--json');
    const unknown = sources.find((arg) => arg.startsWith('--'));
    if (unknown) {
      console.error(escape(`cluster-gateway: unknown option ${unknown}`));
      console.error(`\n${USAGE}`);
      return 2;
    }
    if (sources.length > 0) return validate(sources, json);
  }
  const help = command === undefined || command === '--help' || command === '-h' || rest.includes('--help');
  if (help) {
    console.log(USAGE);
    return 0;
  }
  console.error(escape(`cluster-gateway: unknown command or missing argument: ${args.join(' ')}`));
  console.error(`\n${USAGE}`);
  return 2;
}
