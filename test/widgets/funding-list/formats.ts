/** Parsers for the widget's downloads, written from RFC 5545 and RFC 4180, so tests read the files back field by field. */
import { expect } from '@open-wc/testing';

/** Unfolds and splits an iCalendar text into [name-with-params, value] pairs, checking line endings. */
export const parseIcs = (text: string) => {
  expect(text.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
  expect(text.replace(/\r\n/g, ''), 'no bare LF or CR').not.to.match(/[\r\n]/);
  for (const line of text.split('\r\n')) {
    expect(new TextEncoder().encode(line).length, `line within 75 octets: ${line}`).to.be.at.most(75);
  }
  return text
    .replace(/\r\n /g, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon), line.slice(colon + 1)] as [string, string];
    });
};
/** TEXT value unescaping (RFC 5545 §3.3.11). */
export const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
/** The VEVENTs of a parsed calendar, each as a map of property → value. */
export const events = (lines: [string, string][]) => {
  const out: Map<string, string>[] = [];
  let current: Map<string, string> | undefined;
  let inAlarm = false;
  for (const [name, value] of lines) {
    if (name === 'BEGIN' && value === 'VEVENT') out.push((current = new Map()));
    else if (name === 'BEGIN' && value === 'VALARM') inAlarm = true;
    else if (name === 'END' && value === 'VALARM') inAlarm = false;
    else if (current && !(name === 'END' && value === 'VEVENT')) current.set(inAlarm ? `VALARM.${name}` : name, value);
  }
  return out;
};

/** An RFC 4180 parser: quoted fields, doubled quotes, CRLF records. */
export const parseCsv = (text: string) => {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (rows.at(-1)!.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') (rows.at(-1)!.push(field), (field = ''), rows.push([]), i++);
    else field += c;
  }
  expect(rows.at(-1), 'the last record ends with CRLF').to.deep.equal([]);
  return rows.slice(0, -1);
};
