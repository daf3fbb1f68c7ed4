// build/pack-strings.js: tables → packed text, input → expected; every packed table unpacks, with the unpack
// that ships (src/shared/unpack.ts), to exactly its source; what the format cannot hold fails the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { I18N_MODULE, UNPACK_MODULE, packStringsModule, packTable } from '../../build/pack-strings.js';
import { importTs } from '../../build/ts-module.js';

const { unpack } = await importTs(UNPACK_MODULE);
const { LANGS } = await importTs(I18N_MODULE);
const LANGS3 = ['en', 'da', 'de'];

const table = {
  en: { title: 'Funding', facets: ['Country', 'Sector'], count: { one: '{n} item', other: '{n} items' } },
  da: { title: 'Støtte', facets: ['Land', 'Sektor'], count: { other: '{n} poster' } },
  de: { title: 'Förderung', facets: ['Land', 'Branche'], count: { one: '{n} Eintrag', other: '{n} Einträge' } },
};

test('a table packs to its languages, then a line per string with its languages side by side, an empty cell where one has none', () => {
  const expected = [
    'en|da|de',
    'title|Funding|Støtte|Förderung',
    'facets.0|Country|Land|Land',
    'facets.1|Sector|Sektor|Branche',
    'count.one|{n} item||{n} Eintrag',
    'count.other|{n} items|{n} poster|{n} Einträge',
  ].join('\n');
  assert.equal(packTable(table, LANGS3, 't'), expected);
  assert.deepEqual(unpack(expected), table, 'and unpacks to it (arrays stay arrays)');
});

test('what the format cannot hold fails, naming the table', () => {
  assert.throws(
    () => packTable({ en: { a: 'x|y' }, da: { a: 'x' }, de: { a: 'x' } }, LANGS3, 'm.ts: export t'),
    /m\.ts: export t has a string with \| or a line break: "x\|y"/,
  );
  assert.throws(() => packTable({ en: { a: 'x\ny' }, da: { a: 'x' }, de: { a: 'x' } }, LANGS3, 't'), /line break/);
  assert.throws(
    () => packTable({ en: { a: 'x' }, da: { a: 'x' } }, LANGS3, 'm.ts: export t'),
    /m\.ts: export t is not a table of en, da, de/,
  );
});

const module = (body) => `import type { Table } from '../shared/i18n.js';\n${body}`;
const five = (en, da = en) => `{ en: ${en}, da: ${da}, de: ${en}, fr: ${en}, es: ${en} }`;

test('a strings module becomes its packed tables, in the order of LANGS, unpacked on load', async () => {
  const code = await packStringsModule(
    module(`export const t: Table<{ a: string }> = ${five("{ a: 'A' }", "{ a: 'Å' }")};`),
    '/p/src/x.strings.ts',
  );
  assert.equal(
    code,
    [
      `import { unpack } from ${JSON.stringify(UNPACK_MODULE)};`,
      `export const t = /* @__PURE__ */ unpack(\`${LANGS.join('|')}\na|A|Å|A|A|A\`);`,
    ].join('\n'),
  );
});

test('a string the packed text cannot give back fails the build', async () => {
  await assert.rejects(
    packStringsModule(module(`export const t = ${five("{ a: 'A', b: '' }")};`), '/p/src/x.strings.ts'),
    /x\.strings\.ts: t does not survive packing/,
  );
  await assert.rejects(
    packStringsModule(module(`export const t = ${five("{ a: 'A' }", "{ a: 'A', extra: 'E' }")};`), '/p/src/x.strings.ts'),
    /t does not survive packing/,
    'a key English lacks',
  );
  await assert.rejects(
    packStringsModule(module("export const t = { en: { a: 'A' } };"), '/p/src/x.strings.ts'),
    /export t is not a table of en, da, de, fr, es/,
  );
});

test('every strings module in src packs and unpacks to exactly its tables', async () => {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('strings.ts'));
  assert.ok(files.length >= 6, `found ${files.length} strings modules`);
  for (const file of files) {
    const source = readFileSync(`src/${file}`, 'utf8');
    const code = await packStringsModule(source, `${process.cwd()}/src/${file}`);
    const tables = await importTs(`src/${file}`, source);
    assert.ok(Object.keys(tables).length > 0, `${file}: exports tables`);
    for (const [name, table] of Object.entries(tables)) {
      const text = code.match(new RegExp(`export const ${name} = /\\* @__PURE__ \\*/ unpack\\(\`([^\`]*)\`\\);`))?.[1];
      assert.ok(text, `${file}: ${name} is packed`);
      assert.deepEqual(unpack(text.replace(/\\(.)/g, '$1')), table, `${file}: ${name}`);
    }
  }
});
