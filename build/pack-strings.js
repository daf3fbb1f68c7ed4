// @ts-check
/**
 * The interface-string tables (`*.strings.ts`, src/shared/strings.ts), one object per language, spell every key
 * five times and put a string's five translations far apart. In the bundle each table is one text instead, a
 * line per string with its key and its five languages side by side (unpacked on load by src/shared/unpack.ts),
 * which gzip compresses better (about 0.65 kB over the suite). The sources stay typed tables, and the tests on
 * the sources see them as written; every packed table is checked to unpack to exactly the original with the
 * shipped `unpack`, or the build fails. The languages and their order are LANGS (src/shared/i18n.ts).
 *
 * Depends on: a strings module exporting only tables of every language in LANGS, with no side effects and no
 * imports but types (it is run at build time); no string holding `|` or a line break; no empty string.
 */
import { fileURLToPath } from 'node:url';
import { importTs } from './ts-module.js';

const SRC = fileURLToPath(new URL('../src/shared/', import.meta.url));
export const UNPACK_MODULE = `${SRC}unpack.ts`;
export const I18N_MODULE = `${SRC}i18n.ts`;

/**
 * Every leaf of `value` as `[path, string]`, in order: `errors.http`, `facets.0`…
 * @param {unknown} value
 * @param {string} [prefix]
 * @returns {[string, string | undefined][]}
 */
const leaves = (value, prefix = '') =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => leaves(child, `${prefix}.${key}`))
    : [[prefix.slice(1), /** @type {string | undefined} */ (value)]];

/**
 * `value` at `path` in `table`, or undefined.
 * @param {unknown} table
 * @param {string} path
 */
const at = (table, path) => path.split('.').reduce((/** @type {any} */ node, key) => node?.[key], table);

/**
 * The packed text of one table: a first line of `langs`, then a line per string of the English table,
 * `path|en|da|…` in the order of `langs`; an empty cell where a language has no string. Throws on a cell that would break the format.
 * @param {Record<string, unknown>} table
 * @param {readonly string[]} langs
 * @param {string} where for messages: the module and the export
 */
export function packTable(table, langs, where) {
  if (Object.keys(table).sort().join() !== [...langs].sort().join()) throw new Error(`${where} is not a table of ${langs.join(', ')}`);
  const rows = leaves(table[langs[0]]).map(([path]) => [path, ...langs.map((lang) => at(table[lang], path) ?? '')]);
  for (const cell of rows.flat()) {
    if (typeof cell !== 'string' || /[|\n]/.test(cell))
      throw new Error(`${where} has a string with | or a line break: ${JSON.stringify(cell)}`);
  }
  return [langs, ...rows].map((row) => row.join('|')).join('\n');
}

/**
 * True when `a` and `b` hold the same strings in the same shape.
 * @param {unknown} a
 * @param {unknown} b
 * @returns {boolean}
 */
export const sameStrings = (a, b) =>
  typeof a === 'object' && a !== null && typeof b === 'object' && b !== null
    ? Array.isArray(a) === Array.isArray(b) &&
      Object.keys(a).length === Object.keys(b).length &&
      Object.entries(a).every(([k, v]) => sameStrings(v, /** @type {Record<string, unknown>} */ (b)[k]))
    : a === b;

/** A template literal holding `text` as it is. */
const literal = (/** @type {string} */ text) => `\`${text.replace(/[`\\]|\$\{/g, (c) => `\\${c}`)}\``;

/**
 * The module that replaces a strings module: each exported table packed and unpacked on load.
 * @param {string} source the strings module's TypeScript
 * @param {string} id its file name
 */
export async function packStringsModule(source, id) {
  const [{ unpack }, { LANGS }, tables] = await Promise.all([importTs(UNPACK_MODULE), importTs(I18N_MODULE), importTs(id, source)]);
  const out = [`import { unpack } from ${JSON.stringify(UNPACK_MODULE)};`];
  for (const [name, table] of Object.entries(tables)) {
    const text = packTable(table, LANGS, `${id}: export ${name}`);
    if (!sameStrings(unpack(text), table)) {
      throw new Error(`${id}: ${name} does not survive packing (an empty string, or a key English lacks?)`);
    }
    out.push(`export const ${name} = /* @__PURE__ */ unpack(${literal(text)});`);
  }
  return out.join('\n');
}

/** @returns {import('vite').Plugin} */
export const packStrings = () => ({
  name: 'pack-strings',
  async transform(source, id) {
    if (!/\/src\/.*strings\.ts$/.test(id)) return null;
    const code = await packStringsModule(source, id);
    // Every line maps to the start of the source file, so that the bundle's source map still names it.
    return { code, map: { version: 3, sources: [id], names: [], mappings: code.split('\n').fill('AAAA').join(';') } };
  },
});
