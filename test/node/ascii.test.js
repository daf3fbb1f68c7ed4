// build/ascii.js: Lit templates escaped in the source, input → expected; and a module with every kind of
// non-ASCII text built as the bundles are (Rolldown's `charset: 'ascii'` plus this step), run, and compared
// with the same module run unbuilt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { build } from 'vite';
import { asciiLitTemplates, escapeLitTemplates, escapeTemplateRaw, firstNonAscii } from '../../build/ascii.js';

const isAscii = (text) => /^[\0-\x7f]*$/.test(text);
/** The cooked strings of a tagged template with this raw text, as V8 reads it; undefined if it does not parse. */
const cooked = (raw) => {
  try {
    return Function(`return ((strings) => [...strings])\`${raw}\`;`)();
  } catch {
    return undefined;
  }
};

test('escapeTemplateRaw: input → expected', () => {
  const cases = [
    ['plain ASCII', 'plain ASCII'],
    ['Henter data…', 'Henter data\\u2026'],
    ['Prøv ×', 'Pr\\u00F8v \\u00D7'],
    // Beyond U+FFFF: the two surrogates, each escaped.
    ['😀', '\\uD83D\\uDE00'],
    // An escaped character keeps its meaning: `\é` cooks to é; `\\é` is a backslash and é.
    ['\\é', '\\u00E9'],
    ['\\\\é', '\\\\\\u00E9'],
    ['\\\\\\é', '\\\\\\u00E9'],
    // A backslash before U+2028 continues the line: it cooks to nothing, as a backslash before a line feed does
    // (dropping it would turn `$\<U+2028>{` into a substitution).
    ['a\\\u2028b', 'a\\\nb'],
    ['$\\\u2028{', '$\\\n{'],
    ['a\u2028b', 'a\\u2028b'],
  ];
  for (const [raw, expected] of cases) assert.equal(escapeTemplateRaw(raw), expected, JSON.stringify(raw));
});

test('escapeTemplateRaw: any template text cooks to the same string, in ASCII', () => {
  const unit = fc.constantFrom('a', 'u', 'x', '0', '{', '}', '$', '\\', '\n', 'é', '…', '×', '😀', '\u2028', '\u2029', '\ud83d');
  fc.assert(
    fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
      const raw = units.join('');
      const before = cooked(raw);
      fc.pre(before !== undefined && before.length === 1);
      const escaped = escapeTemplateRaw(raw);
      assert.ok(isAscii(escaped), escaped);
      assert.deepEqual(cooked(escaped), before, `${JSON.stringify(raw)} → ${JSON.stringify(escaped)}`);
    }),
    // Seeded, so that every run checks the same cases (an unseeded run found the `$\<U+2028>{` case by chance).
    { numRuns: 5000, seed: 20261204 },
  );
});

test("escapeLitTemplates: the text of Lit's html, css and svg templates, under any local name, nested too", () => {
  const input = [
    "import { html, css as style, svg } from 'lit';",
    '// a comment with … stays (the minifier drops comments)',
    "const a = html`<p>Henter data…</p><b>${'ø string'}</b>${html`<i>×</i>`}`;",
    'const b = style`.x::before{content:"→"}`;',
    'const c = svg`<text>≥</text>`;',
    'const d = `untagged … (Rolldown escapes it)`;',
  ].join('\n');
  const expected = [
    "import { html, css as style, svg } from 'lit';",
    '// a comment with … stays (the minifier drops comments)',
    "const a = html`<p>Henter data\\u2026</p><b>${'ø string'}</b>${html`<i>\\u00D7</i>`}`;",
    'const b = style`.x::before{content:"\\u2192"}`;',
    'const c = svg`<text>\\u2265</text>`;',
    'const d = `untagged … (Rolldown escapes it)`;',
  ].join('\n');
  assert.equal(escapeLitTemplates(input, '/src/x.ts'), expected);
});

test('escapeLitTemplates: nothing to do gives null', () => {
  assert.equal(escapeLitTemplates("import { html } from 'lit';\nconst a = html`<p>ASCII</p>`;", '/src/x.ts'), null);
  assert.equal(escapeLitTemplates("const a = 'é';", '/src/x.ts'), null, 'no template');
  assert.equal(
    escapeLitTemplates("import { html } from 'lit';\nconst a = html`<p>${'é'}</p>`;", '/src/x.ts'),
    null,
    'a string inside a template is not template text',
  );
});

test('escapeLitTemplates: any other tag with non-ASCII text fails, naming the place', () => {
  assert.throws(
    () => escapeLitTemplates('const a = 1;\nconst b = String.raw`C:\\é`;', '/src/x.ts'),
    /^Error: \/src\/x\.ts:2:25: a tagged template that is not Lit's html/,
  );
  assert.throws(
    () => escapeLitTemplates("import { html } from './my-html.js';\nhtml`é`;", '/src/y.ts'),
    /\/src\/y\.ts:2:6:/,
    "an html that is not Lit's",
  );
  assert.equal(escapeLitTemplates('String.raw`C:\\u00e9`;', '/src/x.ts'), null, 'escaped in the source: fine');
});

test('firstNonAscii: the line, the column and some context of the first character above U+007F', () => {
  assert.equal(firstNonAscii('const a = "ok";\n'), undefined);
  assert.deepEqual(firstNonAscii('a\nbc "×"'), { line: 2, column: 5, context: 'a\nbc "×"' });
});

test('a module with every kind of non-ASCII text, built as the bundles are: ASCII, and it computes the same', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cg-ascii-'));
  try {
    // A stand-in for Lit's tags (they read the cooked strings), so the module runs in Node.
    writeFileSync(
      join(dir, 'lit.js'),
      'export const html = (strings, ...values) => strings.map((s, i) => s + (values[i] ?? "")).join("");\n',
    );
    const source = [
      "import { html } from 'lit';",
      'const café = { ø: "o", "Łódź": 1, [`…`]: 2 };',
      'const surrogates = "😀";',
      'export const result = {',
      '  keys: Object.keys(café),',
      '  strings: ["Henter data…", \'Prøv igen\', surrogates, "\\u00e9", "\u2028"],',
      '  templates: [`Søg ${café.ø} ×`, html`<p>Målmarked · ${"–"} 😀</p>`],',
      '  raw: String.raw`C:\\u00e9\\n`,',
      // (A regular expression's `.source` does change: the escapes show in it. Nothing in src reads it.)
      '  regexes: ["æble œuvre".replace(/[øæœ]/g, "_"), "Øresund".replace(/[øØ]/g, "o"), /^😀$/u.test("😀"), /^[😀-😂]$/u.test("😁"), /^.$/u.test("😀"), /^..$/.test("😀"), "æ".match(/\\p{L}/u)[0]],',
      '};',
    ].join('\n');
    writeFileSync(join(dir, 'entry.js'), source);
    await build({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      resolve: { alias: { lit: join(dir, 'lit.js') } },
      plugins: [asciiLitTemplates()],
      build: {
        outDir: join(dir, 'out'),
        minify: true,
        lib: { entry: join(dir, 'entry.js'), formats: ['es'], fileName: () => 'built.js' },
        rollupOptions: { output: { charset: 'ascii' } },
      },
    });
    const built = readFileSync(join(dir, 'out/built.js'), 'utf8');
    assert.equal(firstNonAscii(built), undefined, built);
    // The same module, unbuilt (with the stand-in imported by path).
    writeFileSync(join(dir, 'unbuilt.js'), source.replace("from 'lit'", "from './lit.js'"));
    const { result: expected } = await import(join(dir, 'unbuilt.js'));
    const { result } = await import(join(dir, 'out/built.js'));
    assert.deepEqual(result, expected);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
