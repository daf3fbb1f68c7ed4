/**
 * `cluster-gateway validate <file-or-url>…` checks a data file with the widgets' own schemas and prints
 * every problem with its path; exit status 1 when there is any. `cluster-gateway schema` prints the
 * JSON Schema.
 */
import { jsonSchema } from './data/json-schema.js';
import { readSource } from './data/read-source.js';
import { FORMAT_VERSION, SECTIONS, type SectionName } from './data/schema.js';
import { validateSection, type Problem } from './data/validate.js';
import { httpHref, Url } from './data/values.js';
import { shapeOf, type Schema } from './data/zod-shape.js';

const USAGE = `Usage:
  cluster-gateway validate <file-or-url>...   check data files (format version ${FORMAT_VERSION})
  cluster-gateway schema                      print the JSON Schema of the data format

validate prints every problem with its path and exits with status 1 if a file has any.`;

interface Report {
  errors: string[];
  warnings: string[];
  counts: string[];
}

/** Checks one parsed document; the same rules as the widgets, plus warnings for unknown field names. */
export function check(doc: unknown): Report {
  const report: Report = { errors: [], warnings: [], counts: [] };
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    report.errors.push('the file must hold a JSON object ({ "version": 1, … })');
    return report;
  }
  const record = doc as Record<string, unknown>;
  if (record.version === undefined) report.errors.push(`version: missing; write "version": ${FORMAT_VERSION}`);
  else if (record.version !== FORMAT_VERSION) {
    report.errors.push(`version: ${JSON.stringify(record.version)} is not supported; this release reads version ${FORMAT_VERSION}`);
    return report;
  }
  const known = new Set(['$schema', 'version', 'updated', ...Object.keys(SECTIONS)]);
  for (const key of Object.keys(record)) if (!known.has(key)) report.warnings.push(`${key}: unknown section (ignored)`);
  let any = false;
  for (const section of Object.keys(SECTIONS) as SectionName[]) {
    const raw = record[section];
    if (raw === undefined) continue;
    any = true;
    if (!Array.isArray(raw)) {
      report.errors.push(`${section}: must be a list ([ … ])`);
      continue;
    }
    const result = validateSection(section, raw);
    const line = (kind: string) => (p: Problem) => `${p.path}: ${p.message} (${kind})`;
    report.errors.push(...result.skipped.map(line('record skipped')), ...result.dropped.map(line('dropped')));
    report.counts.push(`${section}: ${result.records.length} of ${result.total} valid`);
    const recordShape = shapeOf(SECTIONS[section]);
    const fields = new Set(recordShape.kind === 'object' ? Object.keys(recordShape.fields) : []);
    raw.forEach((item, index) => {
      if (typeof item !== 'object' || item === null) return;
      for (const key of Object.keys(item)) {
        if (!fields.has(key)) report.warnings.push(`${section}[${index}].${key}: unknown field (ignored)`);
      }
      normalised(SECTIONS[section], item, `${section}[${index}]`, report.warnings);
    });
  }
  if (!any) report.warnings.push('the file has no clusters, funding, organisations or quizzes section');
  return report;
}

/**
 * Warns about each web address (a `Url` field anywhere in `value`) that the widgets read in another form than
 * written, as a browser does: `…/Funding call 2027.pdf` as `…/Funding%20call%202027.pdf`. A slash added after
 * the host alone (`https://example.org` as `https://example.org/`) changes nothing and is not reported.
 */
function normalised(schema: Schema, value: unknown, path: string, warnings: string[]): void {
  const shape = shapeOf(schema);
  if (schema === (Url as unknown)) {
    const href = typeof value === 'string' ? httpHref(value) : undefined;
    if (href && href !== value && href !== `${value as string}/`) {
      warnings.push(`${path}: ${JSON.stringify(value)} is read as ${JSON.stringify(href)} (normalised)`);
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
const print = (line = ''): void => console.log(line.replace(unprintable, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));

async function validate(sources: string[]): Promise<number> {
  let failed = 0;
  for (const source of sources) {
    let doc: unknown;
    try {
      const text = await readSource(source);
      doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
      const message = error instanceof SyntaxError ? `not valid JSON: ${error.message}` : `cannot read: ${(error as Error).message}`;
      print(source);
      print(`  ✗ ${message}`);
      print();
      failed++;
      continue;
    }
    const report = check(doc);
    print(source);
    for (const error of report.errors) print(`  ✗ ${error}`);
    for (const warning of report.warnings) print(`  ! ${warning}`);
    for (const count of report.counts) print(`  · ${count}`);
    const problems = report.errors.length;
    print(
      problems
        ? `  ${problems} ${problems === 1 ? 'problem' : 'problems'}, ${report.warnings.length} ${report.warnings.length === 1 ? 'warning' : 'warnings'}`
        : `  valid${report.warnings.length ? `, ${report.warnings.length} ${report.warnings.length === 1 ? 'warning' : 'warnings'}` : ''}`,
    );
    print();
    if (problems) failed++;
  }
  if (sources.length > 1) console.log(`${sources.length - failed} of ${sources.length} files valid`);
  return failed ? 1 : 0;
}

export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'schema') {
    console.log(JSON.stringify(jsonSchema(), null, 2));
    return 0;
  }
  if (command === 'validate' && rest.length > 0) return validate(rest);
  console.log(USAGE);
  return command === undefined || command === '--help' || command === '-h' ? 0 : 2;
}
