// @ts-check
/** What the source transforms in build/ share: text edits and the source map that goes with them. */

/**
 * `code` with each `[from, to, text]` replacement made (they must not overlap); null for no edits.
 * @param {string} code
 * @param {[number, number, string][]} edits
 */
export function applyEdits(code, edits) {
  if (!edits.length) return null;
  let out = code;
  for (const [from, to, text] of [...edits].sort((a, b) => b[0] - a[0])) out = out.slice(0, from) + text + out.slice(to);
  return out;
}

/**
 * A source map from each line of `code` to the start of the same line of `id`: enough for a transform whose
 * edits stay within lines (a stack trace still names the right line).
 * @param {string} id
 * @param {string} code
 */
export const lineMap = (id, code) => ({
  version: 3,
  sources: [id],
  names: [],
  mappings: code
    .split('\n')
    .map((_, i) => (i ? 'AACA' : 'AAAA'))
    .join(';'),
});
