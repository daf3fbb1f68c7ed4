import { expect } from '@open-wc/testing';
import { events, parseCsv, parseIcs, unescapeText } from './formats.js';
import type { Funding } from '../../../src/data/schema.js';
import {
  closingSoon,
  cofund,
  countdown,
  csv,
  foldLine,
  ics,
  prepareSearch,
  readAmount,
  relative,
  searcher,
  statusOf,
  type Facet,
  type Filters,
  icsText,
} from '../../../src/widgets/funding-list/funding-list.logic.js';
import { generateFunding } from '../../helpers/generate.js';

const f = (extra: Partial<Funding> & { id: string }): Funding => ({
  name: extra.id,
  provider: 'P',
  kind: 'national',
  url: 'https://f.example',
  ...extra,
});
/** Local wall-clock time, so the date-only rules (start/end of day in the visitor's zone) are tested as such. */
const local = (y: number, m: number, d: number, h = 0, min = 0, s = 0, ms = 0) => new Date(y, m - 1, d, h, min, s, ms).getTime();
const NOW = local(2026, 11, 29, 10);
const none: Filters = {
  query: '',
  status: '',
  kind: '',
  country: '',
  market: [],
  sector: '',
};
/** The ids a visitor sees, in order. */
const shown = (list: Funding[], x: Filters, now = NOW) => searcher(list)(x, now).list.map((i) => i.id);

describe('funding-list logic', () => {
  describe('status', () => {
    it('a date-only deadline is open through the whole deadline day (local), closed a millisecond after', () => {
      const item = f({ id: 'd', deadline: '2026-11-29' });
      expect(statusOf(item, local(2026, 11, 29, 0)), 'start of the day').to.equal('open');
      expect(statusOf(item, local(2026, 11, 29, 23, 59, 59, 999)), 'last millisecond').to.equal('open');
      expect(statusOf(item, local(2026, 11, 30)), 'next day').to.equal('closed');
    });

    it('a date-only opens is forthcoming until the start of that day (local)', () => {
      const item = f({ id: 'o', opens: '2026-12-01', deadline: '2026-12-31' });
      expect(statusOf(item, local(2026, 11, 30, 23, 59, 59, 999))).to.equal('forthcoming');
      expect(statusOf(item, local(2026, 12, 1))).to.equal('open');
    });

    it('date-times with offsets are exact instants, whatever the visitor’s time zone', () => {
      const item = f({
        id: 't',
        opens: '2026-11-01T09:00:00+09:00',
        deadline: '2026-11-29T23:00:00-05:00',
      });
      expect(statusOf(item, Date.UTC(2026, 10, 1, 0) - 1), 'before 09:00 in Tokyo').to.equal('forthcoming');
      expect(statusOf(item, Date.UTC(2026, 10, 1, 0)), 'at 09:00 in Tokyo').to.equal('open');
      expect(statusOf(item, Date.UTC(2026, 10, 30, 4)), 'at 23:00 in New York').to.equal('open');
      expect(statusOf(item, Date.UTC(2026, 10, 30, 4) + 1), 'after 23:00 in New York').to.equal('closed');
      expect(
        statusOf(f({ id: 'c', deadline: '2026-11-29T10:00+0100' }), Date.UTC(2026, 10, 29, 9, 0, 1)),
        'offset without a colon',
      ).to.equal('closed');
    });

    it('rolling items never close; items without dates are open', () => {
      expect(statusOf(f({ id: 'r', rolling: true, deadline: '2020-01-01' }), NOW)).to.equal('open');
      expect(statusOf(f({ id: 'r', rolling: true, opens: '2027-01-01' }), NOW), 'rolling but not yet open').to.equal('forthcoming');
      expect(statusOf(f({ id: 'n' }), NOW)).to.equal('open');
    });
  });

  describe('countdown', () => {
    it('counts calendar days: the deadline day itself is "closes today"', () => {
      const item = f({ id: 'd', deadline: '2026-11-29' });
      expect(countdown(item, local(2026, 11, 29, 23, 59))).to.deep.equal({
        verb: 'closes',
        days: 0,
      });
      expect(relative('en', 0)).to.equal('today');
      expect(countdown(item, local(2026, 11, 28, 23, 59)), 'late the day before').to.deep.equal({ verb: 'closes', days: 1 });
      expect(countdown(item, local(2026, 11, 30, 0, 0, 1))).to.deep.equal({
        verb: 'closed',
        days: -1,
      });
    });

    it('speaks in days up to 14, then weeks, then months, through Intl.RelativeTimeFormat', () => {
      expect(relative('en', 12)).to.equal('in 12 days');
      expect(relative('en', 1)).to.equal('tomorrow');
      expect(relative('en', 14)).to.equal('in 14 days');
      expect(relative('en', 21)).to.equal('in 3 weeks');
      expect(relative('en', -30)).to.equal('4 weeks ago');
      expect(relative('en', 90)).to.equal('in 3 months');
      expect(relative('de', 12)).to.equal('in 12 Tagen');
      expect(relative('da', 0)).to.equal('i dag');
    });

    it('forthcoming items count to their opening; rolling and undated items have no countdown', () => {
      expect(countdown(f({ id: 'o', opens: '2026-12-20' }), NOW)).to.deep.equal({ verb: 'opens', days: 21 });
      expect(countdown(f({ id: 'r', rolling: true, deadline: '2026-12-01' }), NOW)).to.equal(undefined);
      expect(countdown(f({ id: 'n' }), NOW)).to.equal(undefined);
    });

    it('a timed deadline counts in the visitor’s calendar days', () => {
      const at = local(2026, 12, 3, 12);
      const item = f({ id: 't', deadline: new Date(at).toISOString() });
      expect(countdown(item, NOW)).to.deep.equal({ verb: 'closes', days: 4 });
    });

    it('closing soon: open, not rolling, deadline within 14 days', () => {
      expect(closingSoon(f({ id: 'a', deadline: '2026-12-13' }), NOW), '14 days').to.equal(true);
      expect(closingSoon(f({ id: 'b', deadline: '2026-12-14' }), NOW), '15 days').to.equal(false);
      expect(closingSoon(f({ id: 'c', deadline: '2026-11-29' }), NOW), 'today').to.equal(true);
      expect(closingSoon(f({ id: 'd', deadline: '2026-11-28' }), NOW), 'closed').to.equal(false);
      expect(closingSoon(f({ id: 'e', deadline: '2026-12-01', rolling: true }), NOW), 'rolling').to.equal(false);
    });
  });

  it('sorts open by nearest deadline, then rolling and undated, then forthcoming by opening, then closed latest first', () => {
    const list = [
      f({ id: 'closed-old', deadline: '2025-01-01' }),
      f({ id: 'forth-late', opens: '2027-02-01' }),
      f({ id: 'rolling', rolling: true }),
      f({ id: 'open-late', deadline: '2027-01-01' }),
      f({ id: 'closed-new', deadline: '2026-11-01' }),
      f({ id: 'forth-soon', opens: '2026-12-01T00:00:00Z' }),
      f({ id: 'undated' }),
      f({ id: 'open-soon', deadline: '2026-12-01' }),
    ];
    expect(shown(list, { ...none, showClosed: true })).to.deep.equal([
      'open-soon',
      'open-late',
      'rolling',
      'undated',
      'forth-soon',
      'forth-late',
      'closed-new',
      'closed-old',
    ]);
  });

  it('keeps the data’s order among equal keys, and orders again when the clock passes a deadline or an opening', () => {
    const list = [
      f({ id: 'dec1-first', deadline: '2026-12-01' }),
      f({ id: 'dec1-second', deadline: '2026-12-01' }),
      f({ id: 'rolling', rolling: true, deadline: '2026-11-30' }),
      f({ id: 'undated' }),
      f({ id: 'opens-with-deadline', opens: '2026-11-30', deadline: '2027-01-10' }),
      f({ id: 'opens-undated', opens: '2026-11-30' }),
      f({ id: 'nov1-first', deadline: '2026-11-01' }),
      f({ id: 'nov1-second', deadline: '2026-11-01' }),
    ];
    const all = { ...none, showClosed: true };
    const before = ['dec1-first', 'dec1-second', 'rolling', 'undated', 'opens-with-deadline', 'opens-undated', 'nov1-first', 'nov1-second'];
    expect(shown(list, all)).to.deep.equal(before);
    expect(shown(list, all, local(2026, 12, 2, 10)), 'two days later').to.deep.equal([
      'opens-with-deadline',
      'rolling',
      'undated',
      'opens-undated',
      'dec1-first',
      'dec1-second',
      'nov1-first',
      'nov1-second',
    ]);
    expect(shown(list, none, local(2026, 12, 2, 10)), 'closed hidden').to.deep.equal([
      'opens-with-deadline',
      'rolling',
      'undated',
      'opens-undated',
    ]);
    expect(shown(list, all), 'and back').to.deep.equal(before);
  });

  describe('filters and counts', () => {
    const list = [
      f({
        id: 'a',
        name: { en: 'Øresund Energy', da: 'Øresund Energi' },
        eligibleCountries: ['DK'],
        targetMarkets: ['JP'],
        sectors: ['Energy'],
      }),
      f({
        id: 'b',
        name: 'Anywhere',
        kind: 'eu-programme',
        sectors: [{ en: 'Food', da: 'Fødevarer' }],
      }),
      f({
        id: 'c',
        name: 'Closed',
        eligibleCountries: ['PT'],
        targetMarkets: ['US'],
        deadline: '2026-01-01',
      }),
    ];
    const ids = (x: Filters) => searcher(list)(x, NOW).list.map((i) => i.id);
    const counts = (x: Filters, facet: Facet, keep: string[] = []) => [...searcher(list)(x, NOW).count(facet, keep)];

    it('search folds case and accents, needs every word, and searches every language', () => {
      expect(ids({ ...none, query: 'oresund' })).to.deep.equal(['a']);
      expect(ids({ ...none, query: 'ORESUND energi' }), 'Danish word').to.deep.equal(['a']);
      expect(ids({ ...none, query: 'oresund food' }), 'every word').to.deep.equal([]);
      expect(ids({ ...none, query: 'fodevarer' }), 'sector in Danish').to.deep.equal(['b']);
    });

    it('hides closed unless asked; a record without countries matches every country and market', () => {
      expect(ids(none)).to.deep.equal(['a', 'b']);
      expect(ids({ ...none, showClosed: true })).to.deep.equal(['a', 'b', 'c']);
      expect(ids({ ...none, status: 'closed' })).to.deep.equal(['c']);
      expect(ids({ ...none, country: 'DK' })).to.deep.equal(['a', 'b']);
      expect(ids({ ...none, market: ['US', 'JP'], showClosed: true }), 'any of the markets').to.deep.equal(['a', 'b', 'c']);
      expect(ids({ ...none, market: ['KR'] })).to.deep.equal(['b']);
      expect(ids({ ...none, sector: 'food' })).to.deep.equal(['b']);
      expect(ids({ ...none, kind: 'eu-programme' })).to.deep.equal(['b']);
    });

    it('counts each option under the other filters', () => {
      expect(counts(none, 'status', ['open', 'forthcoming', 'closed'])).to.deep.equal([
        ['open', 2],
        ['forthcoming', 0],
        ['closed', 1],
      ]);
      expect(counts(none, 'country'), 'b counts for every country; c is closed').to.deep.equal([
        ['DK', 2],
        ['PT', 1],
      ]);
      expect(counts({ ...none, kind: 'national' }, 'market', ['KR']), 'kept option').to.deep.equal([
        ['KR', 0],
        ['JP', 1],
        ['US', 0],
      ]);
      expect(counts({ ...none, query: 'anywhere' }, 'kind')).to.deep.equal([
        ['national', 0],
        ['eu-programme', 1],
      ]);
    });
  });

  it('counts a record once per option, for every option when it has no such field, and not when it fails two filters', () => {
    const list = [
      f({ id: 'twice', eligibleCountries: ['DK', 'DK'], sectors: ['Energy', { en: 'Energy', da: 'Energi' }] }),
      f({ id: 'anywhere', kind: 'eu-programme' }),
      f({ id: 'two-misses', kind: 'private', eligibleCountries: ['SE'], sectors: ['Food'] }),
    ];
    const counts = (x: Filters, facet: Facet, keep: string[] = []) => [...searcher(list)(x, NOW).count(facet, keep)];
    expect(counts(none, 'country', ['XX']), 'a kept code not in the data').to.deep.equal([
      ['XX', 1],
      ['DK', 2],
      ['SE', 2],
    ]);
    expect(counts(none, 'sector')).to.deep.equal([
      ['Energy', 1],
      ['Food', 1],
    ]);
    const x = { ...none, kind: 'national', sector: 'ÉNERGY' };
    expect(shown(list, x), 'a sector ignoring case and accents').to.deep.equal(['twice']);
    expect(counts(x, 'kind', ['national'])).to.deep.equal([
      ['national', 1],
      ['eu-programme', 0],
      ['private', 0],
    ]);
  });

  it('gives the same results when set up ahead in slices as when set up on first use', async () => {
    const make = () =>
      Array.from({ length: 300 }, (_, i) =>
        f({
          id: `p${i}`,
          name: `Grant ${i} ${i % 3 ? 'Énergie' : 'Food'}`,
          deadline: `2026-12-${String((i % 28) + 1).padStart(2, '0')}`,
          sectors: [i % 2 ? 'Energy' : 'Food'],
        }),
      );
    const ahead = make();
    await prepareSearch(ahead);
    const search = searcher(ahead);
    const fresh = make();
    for (const x of [none, { ...none, query: 'energie 1' }, { ...none, sector: 'food' }]) {
      expect(
        search(x, NOW).list.map((i) => i.id),
        JSON.stringify(x),
      ).to.deep.equal(searcher(fresh)(x, NOW).list.map((i) => i.id));
    }
    expect(searcher(ahead), 'set up once').to.equal(search);
  });

  it('gives the same outcome as a fresh search while the visitor types on, deletes, filters and the clock moves', () => {
    const list = generateFunding(1_500, 5) as Funding[]; // valid, so as validation hands them over
    const kinds = [...new Set(list.map((g) => g.kind))];
    const sector = String(list.find((g) => g.sectors?.length)!.sectors![0]);
    const deadline = Math.min(...list.filter((g) => g.deadline && !g.rolling).map((g) => Date.parse(g.deadline!)));
    const t0 = local(2026, 11, 1, 10);
    const steps: [Partial<Filters>, number][] = [
      ...[...'programme energía'].map((_, i, all): [Partial<Filters>, number] => [{ query: all.slice(0, i + 1).join('') }, t0 + i]),
      [{ query: 'programme energí' }, t0 + 20], // deleted a letter
      [{ query: 'programme', kind: kinds[1]! }, t0 + 21],
      [{ query: 'programme cádiz', kind: kinds[1]! }, t0 + 22],
      [{ query: 'cádiz programme', sector }, t0 + 23], // the same words in another order, another filter
      [{ query: 'cádiz programme', sector }, local(2027, 3, 1)], // months later: statuses change
      [{ query: 'cádiz programme', sector, showClosed: true }, local(2027, 3, 1, 1)],
      [{ query: 'c', showClosed: true }, local(2027, 3, 1, 2)],
      [{ query: 'ca', showClosed: true }, t0], // the clock back
      [{ query: 'cad', showClosed: true }, deadline - 1],
      [{ query: 'cadi', showClosed: true }, deadline + 1],
    ];
    const search = searcher(list);
    let narrowed = 0;
    let previous = list.length;
    for (const [change, now] of steps) {
      const x = { ...none, ...change };
      const fresh = searcher([...list])(x, now);
      const next = search(x, now);
      const what = `${JSON.stringify(x)} at ${new Date(now).toISOString()}`;
      expect(
        next.list.map((g) => g.id),
        what,
      ).to.deep.equal(fresh.list.map((g) => g.id));
      for (const facet of ['status', 'kind', 'country', 'market', 'sector'] as Facet[]) {
        expect([...next.count(facet, [])], `${facet} counts for ${what}`).to.deep.equal([...fresh.count(facet, [])]);
      }
      if (next.list.length < previous) narrowed++;
      previous = next.list.length;
    }
    expect(narrowed, 'the sequence does narrow').to.be.greaterThan(5);
  });

  it('makes one sector option of the spellings of one tag (case, accents, spaces), named by the first met, trimmed', () => {
    const list = [
      f({ id: 'plain', sectors: [' Energy '] }),
      f({ id: 'lower', sectors: ['energy'] }),
      f({ id: 'translated', sectors: [{ en: 'ÉNERGY', da: 'Energi' }] }),
      f({ id: 'food', sectors: ['Food'] }),
    ];
    const r = searcher(list)(none, NOW);
    expect([...r.count('sector', [])], 'one option for the three spellings').to.deep.equal([
      ['Energy', 3],
      ['Food', 1],
    ]);
    expect(r.tags.get('Energy'), 'shown in its translated form').to.deep.equal({ en: 'ÉNERGY', da: 'Energi' });
    expect(shown(list, { ...none, sector: 'Energy' }), 'the option finds every spelling').to.deep.equal(['plain', 'lower', 'translated']);
  });

  it('labels a sector option with a translated form of the tag wherever in the data it appears', () => {
    const energy = { en: 'Energy', da: 'Energi' };
    for (const order of [
      ['Energy', energy],
      [energy, 'Energy'],
    ] as const) {
      const list = order.map((tag, i) => f({ id: `s${i}`, sectors: [tag] }));
      expect(searcher(list)(none, NOW).tags.get('Energy'), `in the order ${JSON.stringify(order)}`).to.deep.equal(energy);
    }
  });

  it('reads an amount as the visitor types it, in their language or with the other mark', () => {
    const read = (text: string, decimal: string) => readAmount(text, decimal);
    const cases: [string, string, number][] = [
      ['10.000', ',', 10_000], // German thousands
      ['10.000', '.', 10], // English decimals
      ['10,000', '.', 10_000],
      ['10,000', ',', 10],
      ['1500,75', ',', 1500.75],
      ['1500.75', ',', 1500.75], // an English-style decimal on a German page
      ['1500,5', '.', 1500.5],
      ['1.500,75', ',', 1500.75],
      ['1,500.75', ',', 1500.75],
      ['1.000.000', ',', 1_000_000],
      ['12 000', ',', 12_000],
      ['12\u00a0000', ',', 12_000],
      ["12'000", '.', 12_000],
      ['0', ',', 0],
    ];
    for (const [text, decimal, expected] of cases) expect(read(text, decimal), `${text} (decimal "${decimal}")`).to.equal(expected);
    for (const text of ['', ' ', '.', ',', "'", '1e3', '0x10', '-5', 'abc', '1,5,']) expect(read(text, ','), `"${text}"`).to.be.NaN;
  });

  it('calculator: grant = cost × rate capped at max, own share = the rest, whole units, halves up', () => {
    expect(cofund(10_000, 0.5)).to.deep.equal({ grant: 5000, own: 5000 });
    expect(cofund(10_000, 0.35)).to.deep.equal({ grant: 3500, own: 6500 });
    expect(cofund(100_000, 0.5, 30_000), 'capped').to.deep.equal({
      grant: 30_000,
      own: 70_000,
    });
    expect(cofund(1001, 0.5), 'half up').to.deep.equal({
      grant: 501,
      own: 500,
    });
    expect(cofund(3, 0.35), '1.05 rounds to 1').to.deep.equal({
      grant: 1,
      own: 2,
    });
    expect(cofund(90, 0.35), 'binary noise: 31.499999999999996 is 31.5, rounds up').to.deep.equal({ grant: 32, own: 58 });
    expect(cofund(99.6, 1 / 3), 'adds up to the rounded cost').to.deep.equal({
      grant: 33,
      own: 67,
    });
    expect(cofund(-1, 0.5)).to.equal(undefined);
    expect(cofund(NaN, 0.5)).to.equal(undefined);
    expect(cofund(Infinity, 0.5)).to.equal(undefined);
  });

  describe('iCalendar', () => {
    const text = ics(
      [
        {
          id: 'soon;1',
          summary: 'Deadline: Export "boost", phase 1',
          description: 'Line one; with semicolon\nLine two, with comma \\ and backslash',
          url: 'https://f.example/a?b=1,2',
          deadline: '2026-12-31',
        },
        {
          id: 'jp',
          summary: '締め切り: 関西ランディングパッド 海外中小企業進出支援補助金 🚀 ' + 'é'.repeat(40),
          description: 'Ωmega',
          url: 'https://f.example/jp',
          deadline: '2027-03-15T17:00:00+01:00',
        },
      ],
      Date.UTC(2026, 10, 29, 9, 5, 7, 123),
    );
    const lines = parseIcs(text);
    const [allDay, timed] = events(lines);

    it('is a VCALENDAR with VERSION 2.0, PRODID and CALSCALE', () => {
      expect(lines[0]).to.deep.equal(['BEGIN', 'VCALENDAR']);
      expect(lines.at(-1)).to.deep.equal(['END', 'VCALENDAR']);
      const head = new Map(lines.slice(1, 5));
      expect(head.get('VERSION')).to.equal('2.0');
      expect(head.get('PRODID'), 'PRODID').to.match(/^-\/\/Cluster Gateway\/\//);
      expect(head.get('CALSCALE')).to.equal('GREGORIAN');
      expect(
        lines.filter(([n, v]) => n === 'BEGIN' && v === 'VEVENT'),
        'two events',
      ).to.have.length(2);
    });

    it('a date-only deadline is an all-day event with DTEND the next day (across a year end)', () => {
      expect(allDay!.get('DTSTART;VALUE=DATE')).to.equal('20261231');
      expect(allDay!.get('DTEND;VALUE=DATE')).to.equal('20270101');
      expect(allDay!.get('DTSTAMP')).to.equal('20261129T090507Z');
      expect(allDay!.get('UID'), "UID: the id, percent-encoded, at the host of the call's page").to.equal('soon%3B1@f.example');
      expect(timed!.get('UID')).to.equal('jp@f.example');
      expect(allDay!.get('URL')).to.equal('https://f.example/a?b=1,2');
    });

    it('TEXT values round-trip with commas, quotes, semicolons, backslashes and newlines', () => {
      expect(unescapeText(allDay!.get('SUMMARY')!)).to.equal('Deadline: Export "boost", phase 1');
      expect(unescapeText(allDay!.get('DESCRIPTION')!)).to.equal('Line one; with semicolon\nLine two, with comma \\ and backslash');
    });

    it('a timed deadline is a UTC DATE-TIME; non-Latin text is folded at 75 octets without splitting a character', () => {
      expect(timed!.get('DTSTART')).to.equal('20270315T160000Z');
      expect(timed!.has('DTEND'), 'no zero-length DTEND').to.equal(false);
      expect(unescapeText(timed!.get('SUMMARY')!)).to.equal(
        '締め切り: 関西ランディングパッド 海外中小企業進出支援補助金 🚀 ' + 'é'.repeat(40),
      );
      expect(text.split('\r\n').filter((l) => l.startsWith(' ')).length, 'long lines were folded').to.be.greaterThan(0);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(text)), 'valid UTF-8').to.equal(text);
    });

    it('every event has a display reminder 7 days before', () => {
      for (const e of [allDay!, timed!]) {
        expect(e.get('VALARM.ACTION')).to.equal('DISPLAY');
        expect(e.get('VALARM.TRIGGER')).to.equal('-P7D');
        expect(e.get('VALARM.DESCRIPTION'), 'a DISPLAY alarm needs a DESCRIPTION').to.equal(e.get('SUMMARY'));
      }
    });

    it('folds exactly at 75 octets and never inside a UTF-8 sequence', () => {
      const folded = foldLine('X'.repeat(74) + 'é' + 'Y'.repeat(10));
      const [first, second] = folded.split('\r\n');
      expect(first, 'é (2 octets) would not fit after 74').to.equal('X'.repeat(74));
      expect(second).to.equal(' é' + 'Y'.repeat(10));
      expect(foldLine('a'.repeat(75)), 'exactly 75 stays').to.equal('a'.repeat(75));
    });
  });

  describe('CSV', () => {
    const rows = [
      ['name', 'amount', 'note'],
      ['Export "boost", phase 1', 5000, 'two\r\nlines'],
      ['=HYPERLINK("x")', '+1', '-2'],
      ['@SUM(A1)', '\tTab', '\rCR'],
      ['関西ランディングパッド', undefined, 'Ωmega, ok'],
    ];
    const text = csv(rows);

    it('starts with a UTF-8 BOM and ends records with CRLF', () => {
      expect(text.charCodeAt(0)).to.equal(0xfeff);
      expect(text.endsWith('\r\n')).to.equal(true);
    });

    it('parses back field by field, with commas, quotes, newlines and non-Latin scripts', () => {
      const back = parseCsv(text.slice(1));
      expect(back[0]).to.deep.equal(['name', 'amount', 'note']);
      expect(back[1]).to.deep.equal(['Export "boost", phase 1', '5000', 'two\r\nlines']);
      expect(back[4]).to.deep.equal(['関西ランディングパッド', '', 'Ωmega, ok']);
    });

    it('neutralises formulas: cells starting with = + - @ tab or CR get a leading quote', () => {
      const back = parseCsv(text.slice(1));
      expect(back[2]).to.deep.equal([`'=HYPERLINK("x")`, "'+1", "'-2"]);
      expect(back[3]).to.deep.equal(["'@SUM(A1)", "'\tTab", "'\rCR"]);
    });
  });

  it('escapes iCalendar TEXT and drops the control characters RFC 5545 does not allow (tab stays)', () => {
    expect(icsText('a,b;c\\d\ne\r\nf')).to.equal('a\\,b\\;c\\\\d\\ne\\nf');
    expect(icsText('bell\u0007 esc\u001b back\u0008 del\u007f tab\t')).to.equal('bell esc back del tab\t');
  });
});

describe('funding-list logic: iCalendar for every date the format accepts', () => {
  const event = (deadline: string, id = 'x') => ({ id, summary: 's', description: 'd', url: 'https://a.example/call', deadline });
  const lines = (deadline: string) => ics([event(deadline)], Date.UTC(2026, 10, 29)).split('\r\n');

  it('writes four-digit years from 0100 to 9999, date-only and timed', () => {
    expect(lines('0100-01-01')).to.include.members(['DTSTART;VALUE=DATE:01000101', 'DTEND;VALUE=DATE:01000102']);
    expect(lines('0100-01-01T00:00+14:00'), 'an offset that moves the instant into year 99').to.include('DTSTART:00991231T100000Z');
    expect(lines('9999-12-30')).to.include.members(['DTSTART;VALUE=DATE:99991230', 'DTEND;VALUE=DATE:99991231']);
  });

  it('gives 9999-12-31 a duration of one day (there is no day after it to end on)', () => {
    const all = lines('9999-12-31');
    expect(all).to.include.members(['DTSTART;VALUE=DATE:99991231', 'DURATION:P1D']);
    expect(all.join('\n'), 'no six-digit year').not.to.match(/[+-]\d{6}|10000/);
  });

  it('writes a date-time whose UTC instant is in year 10000 as its own calendar day', () => {
    const all = lines('9999-12-31T23:30:00-05:00');
    expect(all).to.include('DTSTART;VALUE=DATE:99991231');
    expect(all.join('\n')).not.to.match(/[+-]\d{6}|10000/);
  });

  it('makes one UID per id, whatever characters it holds', () => {
    const ids = ['a,b', 'a\\,b', 'a;b', 'a\nb', 'a\u0001b', 'ab', '\ud800x'];
    const text = ics(
      ids.map((id) => event('2027-01-01', id)),
      0,
    );
    const uids = [...text.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
    expect(new Set(uids).size, `distinct: ${uids}`).to.equal(ids.length);
    for (const uid of uids) expect(uid, 'nothing to escape, nothing to fold').to.match(/^[\w.~!*'()%-]+@a\.example$/);
  });
});
