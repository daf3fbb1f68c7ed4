/**
 * From a parsed document to one section's records: the document-level checks (an object, a supported
 * `version`, the section present and a list), then lenient record validation, cached per document.
 */
import { DataError } from './errors.js';
import { FORMAT_VERSION, type SectionName, type SectionRecord } from './schema.js';
import { summarise, validateSection, type SectionResult } from './validate.js';

const results = new WeakMap<object, Map<SectionName, SectionResult<unknown>>>();

/**
 * The valid records of `section` in `doc` (throws a `DataError` for a fatal problem). Validated once per
 * document and section, however many widgets read it; the first validation warns once in the console.
 */
export function readSection<S extends SectionName>(doc: unknown, section: S, src: string): SectionResult<SectionRecord<S>> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new DataError('not-object', src);
  const record = doc as Record<string, unknown>;
  if (record.version === undefined) throw new DataError('no-version', src);
  if (record.version !== FORMAT_VERSION) throw new DataError('unsupported-version', src, { version: record.version });
  const raw = record[section];
  if (raw === undefined) throw new DataError('missing-section', src, { section });
  if (!Array.isArray(raw)) throw new DataError('not-a-list', src, { section });
  let perDoc = results.get(doc);
  if (!perDoc) results.set(doc, (perDoc = new Map()));
  let result = perDoc.get(section) as SectionResult<SectionRecord<S>> | undefined;
  if (!result) {
    result = validateSection(section, raw);
    perDoc.set(section, result);
    if (result.skipped.length || result.dropped.length) {
      console.warn(`Cluster Gateway: ${src || 'data'}: ${summarise(result, Infinity)}`);
    }
  }
  return result;
}
