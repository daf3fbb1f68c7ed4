// @ts-check
/**
 * ASCII-only bundles (issue 21). A browser reads a classic script that its server sends without a charset
 * (`Content-Type: text/javascript`, the default of many hosts) in the encoding of the page, so a bundle with
 * UTF-8 bytes in it breaks on a windows-1252 page: a SyntaxError, or garbled text. Escaped, it reads the same
 * in any encoding that keeps ASCII.
 *
 * Rolldown does most of it (`output.charset: 'ascii'`): strings, untagged templates, regular expressions and
 * identifiers. It leaves the text of tagged templates alone, because a tag can read that text as written
 * (`strings.raw`, as `String.raw` does). Lit's `html`, `css` and `svg` read only the cooked strings, so for
 * them `asciiLitTemplates` writes every non-ASCII character of the source as a `\uXXXX` escape, which cooks to
 * the same string. Any other tagged template with non-ASCII text fails the build, naming the place: escape the
 * character in the source, where the author can decide what the raw text should be. `firstNonAscii` is the
 * check on the finished file.
 */
import { parseSync, Visitor } from 'vite';
import { applyEdits, lineMap } from './edits.js';

/** The modules whose `html`, `css` and `svg` tags read only the cooked strings of a template. */
const LIT_MODULES = new Set(['lit', 'lit-html', 'lit-element']);
const LIT_TAGS = new Set(['html', 'css', 'svg']);

/** `\uXXXX` for one UTF-16 code unit (a character beyond U+FFFF is two: its surrogates, as a template allows). */
const escapeUnit = (/** @type {string} */ unit) => `\\u${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The raw text of a template part with every non-ASCII character escaped, cooking to the same string. A
 * character after an odd run of backslashes was itself escaped (`\é` cooks to `é`; `\` before U+2028 or
 * U+2029 continues the line and cooks to nothing): that backslash goes with it, and such a line continuation
 * becomes `\` before a line feed, which also cooks to nothing; dropping it instead could join a `$` before it
 * and a `{` after it into a substitution.
 */
export const escapeTemplateRaw = (/** @type {string} */ raw) =>
  raw.replace(/(\\*)([^\0-\x7f])/g, (_whole, /** @type {string} */ slashes, /** @type {string} */ char) => {
    if (slashes.length % 2 === 0) return slashes + escapeUnit(char);
    const kept = slashes.slice(1);
    return char === '\u2028' || char === '\u2029' ? `${kept}\\\n` : kept + escapeUnit(char);
  });

const NON_ASCII = /[^\0-\x7f]/;

/** Line and column (1-based, in UTF-16 units) of `index` in `text`. */
const lineAndColumn = (/** @type {string} */ text, /** @type {number} */ index) => {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
};

/**
 * The source of a module with the non-ASCII text of its Lit templates escaped; null when nothing changes.
 * Throws on a template with any other tag whose text is not ASCII.
 * @param {string} code
 * @param {string} id the module's file name, for the parser and for messages
 */
export function escapeLitTemplates(code, id) {
  if (!NON_ASCII.test(code) || !code.includes('`')) return null;
  const ts = /\.[cm]?tsx?$/.test(id);
  const parsed = parseSync(id, code, { lang: ts ? 'ts' : 'js' });
  if (parsed.errors.length) throw new Error(`${id}: ${parsed.errors[0].message}`);
  /** Local names of Lit's tags. */
  const litTags = new Set();
  for (const node of parsed.program.body) {
    if (node.type !== 'ImportDeclaration' || !LIT_MODULES.has(String(node.source.value))) continue;
    for (const s of node.specifiers) {
      if (s.type === 'ImportSpecifier' && s.imported.type === 'Identifier' && LIT_TAGS.has(s.imported.name)) litTags.add(s.local.name);
    }
  }
  /** @type {[number, number, string][]} */
  const edits = [];
  new Visitor({
    TaggedTemplateExpression(node) {
      for (const quasi of node.quasi.quasis) {
        const raw = quasi.value.raw;
        if (!NON_ASCII.test(raw)) continue;
        // A template part's span starts at its delimiter (` or }) in TypeScript's syntax tree, as in
        // typescript-estree, and after it in JavaScript's, as in acorn.
        const start = quasi.start + (ts ? 1 : 0);
        if (code.slice(start, start + raw.length) !== raw) throw new Error(`${id}: template text not where expected`);
        if (node.tag.type !== 'Identifier' || !litTags.has(node.tag.name)) {
          const at = lineAndColumn(code, start + raw.search(NON_ASCII));
          throw new Error(
            `${id}:${at.line}:${at.column}: a tagged template that is not Lit's html, css or svg holds a non-ASCII character; its tag may read the raw text, so write the character as an escape (\\uXXXX) in the source`,
          );
        }
        edits.push([start, start + raw.length, escapeTemplateRaw(raw)]);
      }
    },
  }).visit(parsed.program);
  return applyEdits(code, edits);
}

/** @returns {import('vite').Plugin} The source step: Lit templates escaped (see `escapeLitTemplates`). */
export const asciiLitTemplates = () => ({
  name: 'ascii-lit-templates',
  transform(code, id) {
    if (id.startsWith('\0')) return null;
    const code2 = escapeLitTemplates(code, id);
    return code2 === null ? null : { code: code2, map: lineMap(id, code2) };
  },
});

/**
 * The first character of `text` above U+007F, with its line, column and a little context; undefined when
 * `text` is ASCII. Read a file as latin1 to check its bytes.
 * @param {string} text
 */
export function firstNonAscii(text) {
  const index = text.search(NON_ASCII);
  if (index < 0) return undefined;
  return { ...lineAndColumn(text, index), context: text.slice(Math.max(0, index - 40), index + 20) };
}
