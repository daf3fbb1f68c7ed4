// @ts-check
/** Runs a TypeScript module of src/ in Node at build time (Node 20 cannot import .ts itself). */
import { readFileSync } from 'node:fs';
import { transformWithOxc } from 'vite';

/**
 * The exports of `source` (the text of a TypeScript module at `file`), types stripped. The module must not
 * import anything: it runs from a data: URL, where a relative import has nothing to resolve against.
 * @param {string} file
 * @param {string} [source] read from `file` when not given
 * @returns {Promise<Record<string, any>>}
 */
export async function importTs(file, source = readFileSync(file, 'utf8')) {
  const js = (await transformWithOxc(source, file, { lang: 'ts' })).code;
  return import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`);
}
