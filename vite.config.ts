/**
 * One config, several jobs, chosen by `--mode`:
 * - (serve)    `npm start`: the demo pages in demo/ on the sources, with the built-in data.
 * - `es`       dist/cluster-gateway.js: one self-registering ES module, no chunks to fetch.
 * - `iife`     dist/cluster-gateway.iife.js: one classic script for a `<script>` tag.
 * - `widgets`  dist/widgets/*.js: one entry per widget (shared code in chunks) for npm users' bundlers.
 * - `cli`      dist/cli.js: the `cluster-gateway validate` command for Node.
 * scripts/build.js runs the builds in order.
 */
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { defineConfig, parseSync, transformWithOxc, Visitor, type Plugin, type UserConfig } from 'vite';
import { asciiLitTemplates } from './build/ascii.js';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

export const WIDGETS = ['readiness-quiz', 'partner-finder', 'funding-list', 'door-openers', 'insights'] as const;

const demoAtRoot: Plugin = {
  name: 'demo-at-root',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
        return;
      }
      next();
    });
  },
};

/** A TypeScript module's syntax tree; a syntax error fails the build. */
const parse = (id: string, code: string) => {
  const parsed = parseSync(id, code);
  if (parsed.errors.length) throw new Error(`${id}: ${parsed.errors[0]!.message}`);
  return parsed;
};

/** `code` with each `[from, to, text]` replacement made (none overlap), and a line map; null for no edits. */
const applyEdits = (id: string, code: string, edits: [number, number, string][]) => {
  if (!edits.length) return null;
  let out = code;
  for (const [from, to, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, from) + text + out.slice(to);
  return { code: out, map: lineMap(id, out) };
};

/** A source map from each line of `code` to the start of the same line of `id` (for changes within lines). */
const lineMap = (id: string, code: string) => ({
  version: 3,
  sources: [id],
  names: [],
  mappings: code.split('\n').map((_, i) => (i ? 'AACA' : 'AAAA')).join(';'),
});

/** Every file below `dir` whose name ends with one of `endings`, as a path relative to `dir`, sorted. */
const filesBelow = (dir: string, endings: string[]): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.replaceAll('\\', '/'))
    .filter((file) => endings.some((ending) => file.endsWith(ending)))
    .sort();

/**
 * The one-file bundles put like with like: every string table and style sheet first (Lit comes with the styles),
 * then zod, then the rest of our code. The entry imports those modules before anything else; they are free of
 * side effects, so nothing runs differently, but with the translations and the CSS in one stretch instead of
 * among the code gzip compresses the bundle about 0.35 kB smaller, and with zod ahead of our code 0.05 kB more.
 */
const textFirst: Plugin = {
  name: 'text-first',
  transform(code, id) {
    if (!id.endsWith('/src/index.ts')) return null;
    const first = filesBelow(dirname(id), ['strings.ts', 'styles.ts']).map((file) => `import './${file.replace(/\.ts$/, '.js')}';`);
    // Strings before styles: the tables need nothing, the styles import Lit.
    first.sort((a, b) => Number(a.includes('styles')) - Number(b.includes('styles')));
    // zod/mini declares itself free of side effects: the import costs nothing should the schemas ever go.
    first.push(`import 'zod/mini';`);
    return { code: `${first.join('')}${code}`, map: lineMap(id, code) };
  },
};

/**
 * `@property()` and `@state()` on class fields become a `static properties` block in the bundle, as Lit's own
 * TypeScript transformer for idiomatic output (@lit/ts-transformers) does. `createProperty` gets the same
 * options: none stay Lit's defaults, `@state()` is `{ state: true }` (Lit adds `attribute: false` to it, as its
 * decorator does); it runs when the element is defined instead of when the class is, before any instance
 * exists. Neither Lit's decorator module nor TypeScript's decorator helper then ships (about 0.5 kB gzip). The
 * sources, their tests and the custom-elements manifest keep the decorators. Runs before TypeScript's transform
 * (which would lower the decorators); lines do not move, so a line-accurate map is enough.
 */
const staticLitProperties: Plugin = {
  name: 'static-lit-properties',
  enforce: 'pre',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes("from 'lit/decorators.js'")) return null;
    const parsed = parse(id, code);
    // The local names of `property` and `state` imported from lit/decorators.js.
    const kinds = new Map<string, string>();
    for (const node of parsed.program.body) {
      if (node.type !== 'ImportDeclaration' || node.source.value !== 'lit/decorators.js') continue;
      for (const s of node.specifiers) {
        if (s.type === 'ImportSpecifier' && s.imported.type === 'Identifier') kinds.set(s.local.name, s.imported.name);
      }
    }
    const edits: [number, number, string][] = [];
    new Visitor({
      ClassBody(body) {
        const entries: string[] = [];
        for (const member of body.body) {
          if (member.type !== 'PropertyDefinition' || member.decorators.length !== 1) continue;
          const [decorator] = member.decorators;
          const call = decorator!.expression;
          if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.arguments.length > 1) continue;
          const kind = kinds.get(call.callee.name);
          if ((kind !== 'property' && kind !== 'state') || member.static || member.computed || member.key.type !== 'Identifier') continue;
          const options = call.arguments[0] ? code.slice(call.arguments[0].start, call.arguments[0].end) : '';
          entries.push(`${member.key.name}: ${kind === 'state' ? (options ? `{ ...${options}, state: true, attribute: false }` : '{ state: true }') : options || '{}'}`);
          edits.push([decorator!.start, decorator!.end, '']);
        }
        if (!entries.length) return;
        if (body.body.some((m) => m.type === 'PropertyDefinition' && m.static && m.key.type === 'Identifier' && m.key.name === 'properties')) {
          throw new Error(`${id}: a class with both decorated properties and static properties`);
        }
        edits.push([body.start + 1, body.start + 1, `static properties = { ${entries.join(', ')} };`]);
      },
    }).visit(parsed.program);
    return applyEdits(id, code, edits);
  },
};

/** The interface languages in the order of `LANGS` (src/shared/i18n.ts): the columns of a packed table. */
const TABLE_LANGS = ['en', 'da', 'de', 'fr', 'es'] as const;

type Shape = 0 | Shape[] | { [key: string]: Shape };
type Strings = string | Strings[] | { [key: string]: Strings };

/**
 * Rebuilds a string table from its packed text: a line per string, `path|en|da|de|fr|es`, in the order of the
 * English table; the path names the key (`errors.http`, `facets.0` for an array's item); an empty cell is a key
 * that language leaves out (a plural form, say). Runs in the browser: shipped in the bundle as written here.
 */
const unpack = (text: string) => {
  const table: Record<string, Record<string, unknown>> = {};
  for (const row of text.split('\n')) {
    const [path, ...cells] = row.split('|');
    const keys = path!.split('.');
    ['en', 'da', 'de', 'fr', 'es'].forEach((lang, c) => {
      if (!cells[c]) return;
      let o: Record<string, unknown> = (table[lang] ??= {});
      keys.slice(0, -1).forEach((k, j) => (o = (o[k] ??= /^\d+$/.test(keys[j + 1]!) ? [] : {}) as Record<string, unknown>));
      o[keys.at(-1)!] = cells[c];
    });
  }
  return table;
};

const literal = (text: string) => `\`${text.replace(/[`\\]|\$\{/g, (c) => `\\${c}`)}\``;
const shapeOf = (value: Strings): Shape =>
  typeof value === 'string' ? 0 : Array.isArray(value) ? value.map(shapeOf) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeOf(v)]));
const paths = (shape: Shape, prefix = ''): string[] =>
  !shape ? [prefix.slice(1)] : Object.entries(shape).flatMap(([k, s]) => paths(s, `${prefix}.${k}`));
const leaves = (value: Strings | undefined, shape: Shape): (string | undefined)[] =>
  !shape
    ? [value as string | undefined]
    : Array.isArray(shape)
      ? shape.flatMap((s, i) => leaves((value as Strings[] | undefined)?.[i], s))
      : Object.entries(shape).flatMap(([k, s]) => leaves((value as Record<string, Strings> | undefined)?.[k], s));
const sameStrings = (a: unknown, b: unknown): boolean =>
  typeof a === 'object' && a !== null && typeof b === 'object' && b !== null
    ? Array.isArray(a) === Array.isArray(b) &&
      Object.keys(a).length === Object.keys(b).length &&
      Object.entries(a).every(([k, v]) => sameStrings(v, (b as Record<string, unknown>)[k]))
    : a === b;

const UNPACK_ID = '\0cg-unpack-strings';

/**
 * The interface-string tables (`*.strings.ts`, src/shared/strings.ts), one object per language, spell every key
 * five times and put a string's five translations far apart. In the bundle each table is one text instead, a line
 * per string with its key and its five languages side by side (see `unpack`), which gzip compresses better (about
 * 0.65 kB over the suite). The sources stay typed tables, and the tests on the sources see them as written; every
 * packed table is checked here to unpack to exactly the original, or the build fails.
 */
const packStrings: Plugin = {
  name: 'pack-strings',
  resolveId: (id) => (id === UNPACK_ID ? id : null),
  load: (id) => (id === UNPACK_ID ? `export const unpack = ${unpack.toString()};` : null),
  async transform(source, id) {
    if (!/\/src\/.*strings\.ts$/.test(id)) return null;
    const js = (await transformWithOxc(source, id, { lang: 'ts' })).code;
    const module = (await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`)) as Record<string, Record<string, Strings>>;
    const out = [`import { unpack } from ${JSON.stringify(UNPACK_ID)};`];
    for (const [name, table] of Object.entries(module)) {
      if (Object.keys(table).join() !== TABLE_LANGS.join()) throw new Error(`${id}: export ${name} is not a table of ${TABLE_LANGS.join(', ')}`);
      const shape = shapeOf(table.en!);
      const columns = TABLE_LANGS.map((lang) => leaves(table[lang], shape));
      const keys = paths(shape);
      const rows = columns[0]!.map((_, i) => [keys[i], ...columns.map((column) => column[i] ?? '')]);
      for (const cell of rows.flat()) {
        if (/[|\n]/.test(cell)) throw new Error(`${id}: ${name} has a string with | or a line break: ${JSON.stringify(cell)}`);
      }
      const text = rows.map((row) => row.join('|')).join('\n');
      if (!sameStrings(unpack(text), table)) {
        throw new Error(`${id}: ${name} does not survive packing (an empty string, or a key English lacks?)`);
      }
      out.push(`export const ${name} = /* @__PURE__ */ unpack(${literal(text)});`);
    }
    // Every line maps to the start of the source file, so that the bundle's source map still names it.
    const code = out.join('\n');
    return { code, map: { version: 3, sources: [id], names: [], mappings: code.split('\n').fill('AAAA').join(';') } };
  },
};

/**
 * Every browser build is ASCII (build/ascii.js): the classic script must be, since a page that is not UTF-8
 * reads it in its own encoding; the ES builds are too, as they come out smaller that way (gzip, measured:
 * −0.06 kB for each one-file bundle, −0.13 kB over dist/widgets/).
 */
const browserBuild = ({ rollupOptions, ...extra }: NonNullable<UserConfig['build']>): UserConfig => ({
  plugins: [staticLitProperties, textFirst, // Lit's minifier for html`…` and css`…`; a css`…` with expressions is left as written: the minifier takes an
    // expression only as a whole value, and tokens() (src/shared/styles.ts) puts one inside custom-property names.
    minifyHTML({ include: ['**/src/**/*.ts'], failOnError: true, options: { shouldMinifyCSS: (t) => !!t.tag?.includes('css') && t.parts.length === 1 } }), packStrings, asciiLitTemplates()],
  build: {
    target: 'es2022',
    minify: true,
    sourcemap: true,
    emptyOutDir: false,
    outDir: 'dist',
    reportCompressedSize: false,
    ...extra,
    rollupOptions: { ...rollupOptions, output: { ...(rollupOptions?.output as object), charset: 'ascii' } },
  },
});

export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve' || mode === 'development') {
    return { plugins: [demoAtRoot], server: { port: 5173, host: '127.0.0.1' }, preview: { port: 4173, host: '127.0.0.1' } };
  }
  switch (mode) {
    case 'es':
      return browserBuild({
        lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'cluster-gateway.js' },
        // `/* @__PURE__ */` marks help a bundler drop what is unused; nothing in a file that registers every
        // widget on load is unused, so this one ships without them (about 0.25 kB gzip).
        rollupOptions: { output: { codeSplitting: false, minify: true, comments: { annotation: false } } },
      });
    case 'iife':
      return browserBuild({
        lib: { entry: 'src/index.ts', formats: ['iife'], name: 'ClusterGateway', fileName: () => 'cluster-gateway.iife.js' },
      });
    case 'widgets':
      return browserBuild({
        outDir: 'dist/widgets',
        lib: {
          entry: Object.fromEntries(WIDGETS.map((w) => [w, `src/widgets/${w}/${w}.ts`])),
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true } },
      });
    case 'cli':
      return {
        build: {
          ssr: 'src/cli.ts',
          target: 'node20',
          outDir: 'dist',
          emptyOutDir: false,
          minify: false,
          rollupOptions: { output: { entryFileNames: 'cli.js', format: 'es' } },
        },
        ssr: { noExternal: true },
      };
    default:
      // Any other mode (Storybook's production build among them) gets Vite's defaults.
      return {};
  }
});
