/**
 * From a parsed document to one section's records: the document-level checks (an object, a supported
 * `version`, the section present and a list), then lenient record validation, cached per document.
 */
import { DataError } from './errors.js';
import { FORMAT_VERSION, type SectionName, type SectionRecord } from './schema.js';
import { summarise, validateSectionInSlices, type SectionResult } from './validate.js';

const results = new WeakMap<object, Map<SectionName, Promise<SectionResult<unknown>>>>();

/**
 * The valid records of `section` in `doc` (rejects with a `DataError` for a fatal problem). Validated once
 * per document and section, however many widgets read it, in slices that leave the page responsive; the
 * first validation warns once in the console.
 */
export function readSection<S extends SectionName>(doc: unknown, section: S, src: string): Promise<SectionResult<SectionRecord<S>>> {
  try {
    const raw = sectionOf(doc, section, src);
    let perDoc = results.get(doc as object);
    if (!perDoc) results.set(doc as object, (perDoc = new Map()));
    let result = perDoc.get(section) as Promise<SectionResult<SectionRecord<S>>> | undefined;
    if (!result) {
      result = validateSectionInSlices(section, raw).then((done) => {
        if (done.skipped.length || done.dropped.length) console.warn(`Cluster Gateway: ${src || 'data'}: ${summarise(done, Infinity)}`);
        return done;
      });
      perDoc.set(section, result);
    }
    return result;
  } catch (error) {
    return Promise.reject(error);
  }
}

/** The document-level checks; returns the section's raw list or throws a `DataError`. */
export function sectionOf(doc: unknown, section: SectionName, src: string): unknown[] {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new DataError('not-object', src);
  const record = doc as Record<string, unknown>;
  if (record.version === undefined) throw new DataError('no-version', src);
  if (record.version !== FORMAT_VERSION) throw new DataError('unsupported-version', src, { version: record.version });
  const raw = record[section];
  if (raw === undefined) throw new DataError('missing-section', src, { section });
  if (!Array.isArray(raw)) throw new DataError('not-a-list', src, { section });
  return raw;
}
