// @ts-check
/**
 * `@property()` and `@state()` on class fields become a `static properties` block in the bundle, as Lit's own
 * TypeScript transformer for idiomatic output (@lit/ts-transformers) does. `createProperty` gets the same
 * options: none stay Lit's defaults, `@state()` is `{ state: true }` (Lit adds `attribute: false` to it, as its
 * decorator does); it runs when the element is defined instead of when the class is, before any instance
 * exists. Neither Lit's decorator module nor TypeScript's decorator helper then ships (about 0.5 kB gzip). The
 * sources, their tests and the custom-elements manifest keep the decorators.
 *
 * Depends on: `useDefineForClassFields: false` (tsconfig.json), so that a field with no initialiser is no own
 * property shadowing Lit's accessor, and one with an initialiser is assigned in the constructor, through it;
 * running before TypeScript is compiled (`enforce: 'pre'`), while the decorators are still there; decorators
 * imported by name from lit/decorators.js, one per field, with at most one argument. Anything else is left as
 * written, and a class with both decorated fields and its own `static properties` fails the build.
 */
import { parseSync, Visitor } from 'vite';
import { applyEdits, lineMap } from './edits.js';

/**
 * The module with its decorated fields moved into `static properties`; null when there are none.
 * @param {string} code a TypeScript module
 * @param {string} id its file name, for messages
 */
export function toStaticProperties(code, id) {
  if (!code.includes("from 'lit/decorators.js'")) return null;
  const parsed = parseSync(id, code, { lang: 'ts' });
  if (parsed.errors.length) throw new Error(`${id}: ${parsed.errors[0].message}`);
  /** The local names of `property` and `state` imported from lit/decorators.js, with what they are. */
  const kinds = new Map();
  for (const node of parsed.program.body) {
    if (node.type !== 'ImportDeclaration' || node.source.value !== 'lit/decorators.js') continue;
    for (const s of node.specifiers) {
      if (s.type === 'ImportSpecifier' && s.imported.type === 'Identifier') kinds.set(s.local.name, s.imported.name);
    }
  }
  /** @type {[number, number, string][]} */
  const edits = [];
  new Visitor({
    ClassBody(body) {
      const entries = [];
      for (const member of body.body) {
        if (member.type !== 'PropertyDefinition' || member.decorators.length !== 1) continue;
        const decorator = member.decorators[0];
        const call = decorator.expression;
        if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.arguments.length > 1) continue;
        const kind = kinds.get(call.callee.name);
        if ((kind !== 'property' && kind !== 'state') || member.static || member.computed || member.key.type !== 'Identifier') continue;
        const options = call.arguments[0] ? code.slice(call.arguments[0].start, call.arguments[0].end) : '';
        const declaration =
          kind === 'property' ? options || '{}' : options ? `{ ...${options}, state: true, attribute: false }` : '{ state: true }';
        entries.push(`${member.key.name}: ${declaration}`);
        edits.push([decorator.start, decorator.end, '']);
      }
      if (!entries.length) return;
      if (
        body.body.some((m) => m.type === 'PropertyDefinition' && m.static && m.key.type === 'Identifier' && m.key.name === 'properties')
      ) {
        throw new Error(`${id}: a class with both decorated properties and static properties`);
      }
      edits.push([body.start + 1, body.start + 1, `static properties = { ${entries.join(', ')} };`]);
    },
  }).visit(parsed.program);
  return applyEdits(code, edits);
}

/** @returns {import('vite').Plugin} Lines do not move, so a line-accurate map is enough. */
export const staticLitProperties = () => ({
  name: 'static-lit-properties',
  enforce: 'pre',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) return null;
    const out = toStaticProperties(code, id);
    return out === null ? null : { code: out, map: lineMap(id, out) };
  },
});
