// Strict readers for the files cg-funding-list offers: CSV (RFC 4180, as the widget promises it: UTF-8 BOM,
// every cell quoted, CRLF) and iCalendar (RFC 5545: CRLF, lines folded at 75 octets, TEXT escaped). They
// throw on anything malformed, so a test that reads a file has also checked its form.
import assert from 'node:assert/strict';

/** A cell a spreadsheet would run as a formula: it starts with = + - @, a tab or a carriage return. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** What the widget must write for `value`: a formula-like start gets a leading apostrophe. */
export const neutralised = (value) => (FORMULA_START.test(value) ? `'${value}` : value);

/** Parses the CSV; returns its rows (arrays of cells). */
export function parseCsv(text) {
  assert.equal(text[0], '\uFEFF', 'the CSV starts with a UTF-8 byte-order mark');
  const rows = [];
  let row = [];
  let i = 1;
  while (i < text.length) {
    assert.equal(text[i], '"', `row ${rows.length + 1}, cell ${row.length + 1} is quoted`);
    let cell = '';
    i++;
    for (;;) {
      const quote = text.indexOf('"', i);
      assert.ok(quote >= 0, `row ${rows.length + 1}, cell ${row.length + 1} ends`);
      cell += text.slice(i, quote);
      if (text[quote + 1] === '"') {
        cell += '"';
        i = quote + 2;
      } else {
        i = quote + 1;
        break;
      }
    }
    row.push(cell);
    if (text[i] === ',') {
      i++;
      continue;
    }
    assert.equal(text.slice(i, i + 2), '\r\n', `row ${rows.length + 1} ends with CRLF`);
    i += 2;
    rows.push(row);
    row = [];
  }
  const width = rows[0]?.length;
  rows.forEach((r, n) => assert.equal(r.length, width, `row ${n + 1} has ${width} cells`));
  return rows;
}

/** The CSV as objects keyed by the header row. */
export const csvRecords = (text) => {
  const [head, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(head.map((key, i) => [key, row[i]])));
};

const TEXT_PROPERTIES = new Set(['SUMMARY', 'DESCRIPTION', 'UID', 'LOCATION', 'COMMENT', 'PRODID']);
const unescapeText = (value) => value.replace(/\\([\\;,nN])/g, (_, c) => (c === 'n' || c === 'N' ? '\n' : c));

/**
 * Checks the form of an iCalendar file and returns its events, each a map of property name (with its
 * parameters, e.g. `DTSTART;VALUE=DATE`) to the unescaped value, plus `ALARM` for its VALARM's properties.
 * `controls` lists the TEXT values that hold control characters (RFC 5545 allows none but HTAB).
 */
export function parseIcs(text) {
  assert.ok(text.endsWith('\r\n'), 'the file ends with CRLF');
  assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/, 'every line ends with CRLF, no bare CR or LF');
  const physical = text.slice(0, -2).split('\r\n');
  for (const [n, line] of physical.entries()) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `line ${n + 1} is at most 75 octets: ${JSON.stringify(line)}`);
  }
  const lines = text
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.equal(lines.at(-1), 'END:VCALENDAR');
  assert.ok(lines.includes('VERSION:2.0'), 'VERSION:2.0');
  assert.ok(
    lines.some((l) => l.startsWith('PRODID:')),
    'a PRODID',
  );
  const events = [];
  const controls = [];
  const stack = [];
  let event;
  let target;
  for (const [n, line] of lines.entries()) {
    const match = /^([A-Z][A-Z0-9-]*)((?:;[A-Z0-9-]+=(?:"[^"]*"|[^";:,]*))*):(.*)$/s.exec(line);
    assert.ok(match, `content line ${n + 1} is NAME[;PARAM=…]:value: ${JSON.stringify(line)}`);
    const [, name, params, value] = match;
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') events.push((event = target = {}));
      if (value === 'VALARM') target = event.ALARM = {};
      continue;
    }
    if (name === 'END') {
      assert.equal(stack.pop(), value, `END:${value} closes what is open`);
      if (value === 'VALARM') target = event;
      continue;
    }
    if (TEXT_PROPERTIES.has(name)) {
      assert.doesNotMatch(
        value.replace(/\\[\\;,nN]/g, ''),
        /[\\;,]/,
        `${name} escapes backslash, semicolon and comma: ${JSON.stringify(value)}`,
      );
      // eslint-disable-next-line no-control-regex -- control characters are what this looks for
      if (/[\0-\x08\x0A-\x1F\x7F]/.test(value)) controls.push(`${name}:${JSON.stringify(value).slice(0, 60)}`);
    }
    if (target) target[name + params] = TEXT_PROPERTIES.has(name) ? unescapeText(value) : value;
  }
  assert.deepEqual(stack, [], 'every BEGIN has its END');
  return { events, controls };
}
