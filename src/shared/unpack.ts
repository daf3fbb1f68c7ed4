/**
 * The interface-string tables as the bundles ship them (build/pack-strings.js): one text per table, its first
 * line the languages (`en|da|de|fr|es`, LANGS as the build found it), then a line per string, `path|en|da|…`.
 * The path names the key (`errors.http`; `facets.0` is an array's item); an empty cell is a key that language
 * leaves out (a plural form, say). This rebuilds the tables, one object per language. No imports: the build
 * runs it in Node to check every packed table against its source.
 */
/* eslint-disable cg/no-data-keys -- the keys are the paths of our own string tables, written by the build, never data */
type Branch = Record<string, unknown> | unknown[];

export const unpack = (text: string): Record<string, Record<string, unknown>> => {
  const tables: Record<string, Record<string, unknown>> = {};
  const [header = '', ...rows] = text.split('\n');
  const langs = header.split('|');
  for (const row of rows) {
    const [path = '', ...cells] = row.split('|');
    const keys = path.split('.');
    const leaf = keys.pop()!;
    langs.forEach((lang, column) => {
      const value = cells[column];
      if (!value) return;
      // Walk (and make) the branches down to the leaf: an array where the next key is an index.
      let branch: Branch = (tables[lang] ??= {});
      keys.forEach((key, depth) => {
        const next = keys[depth + 1] ?? leaf;
        branch = ((branch as Record<string, unknown>)[key] ??= /^\d+$/.test(next) ? [] : {}) as Branch;
      });
      (branch as Record<string, unknown>)[leaf] = value;
    });
  }
  return tables;
};
