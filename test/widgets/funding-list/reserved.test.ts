/**
 * Funding ids and sectors that are Object.prototype names (`constructor`, `__proto__`, `toString`,
 * `hasOwnProperty`), ids with `,;\`, and the latest deadlines the format accepts
 * (test/fixtures/funding-reserved.json): the list renders, calculates and exports them all.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { squash } from '../../helpers/dom.js';
import '../../../src/widgets/funding-list/define.js';
import { events, parseIcs } from './formats.js';
import type { CgFundingList } from '../../../src/widgets/funding-list/funding-list.js';
import { unmark } from '../../helpers/bidi.js';

const NOW = new Date(2026, 10, 29, 10).getTime();
const root = (el: CgFundingList) => el.shadowRoot!;
const cards = (el: CgFundingList) => [...root(el).querySelectorAll<HTMLElement>('[part="card"]')];
const titles = (el: CgFundingList) => cards(el).map((c) => squash(c.querySelector('h3')!.textContent));
const card = (el: CgFundingList, title: string) => cards(el).find((c) => squash(c.querySelector('h3')!.textContent) === title)!;
const before = Object.getOwnPropertyNames(Object.prototype).sort();

async function load() {
  const el = document.createElement('cg-funding-list');
  Object.assign(el, { now: () => NOW, src: '/test/fixtures/funding-reserved.json' });
  document.body.append(el);
  await waitUntil(() => root(el).querySelector('[part="card"], [role="alert"]'), 'the list shows', { timeout: 12_000 });
  await el.updateComplete;
  return el;
}

/** The text of the calendar file the "Add to calendar" button above the list downloads. */
async function calendar(el: CgFundingList) {
  const original = HTMLAnchorElement.prototype.click;
  let href = '';
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    href = this.href;
  };
  try {
    [...root(el).querySelectorAll<HTMLButtonElement>('.tools button')].find((b) => squash(b.textContent) === 'Add to calendar')!.click();
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  return new TextDecoder().decode(await (await fetch(href)).arrayBuffer());
}

describe('cg-funding-list with reserved ids and far dates', () => {
  let el: CgFundingList;
  afterEach(() => el?.remove());

  it('shows every item, and the calculator of an item with id "constructor" starts empty and works', async () => {
    el = await load();
    expect(titles(el).sort(), 'all five records').to.deep.equal([
      'Builder grant',
      'Own fund',
      'Proto fund',
      'Punctuation fund',
      'Words fund',
    ]);
    const builder = card(el, 'Builder grant');
    const input = builder.querySelector<HTMLInputElement>('input[inputmode="decimal"]')!;
    expect(input.value, 'no cost typed yet').to.equal('');
    input.value = '1000';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(squash(builder.querySelector('[aria-live]')!.textContent)).to.equal('Grant €500, your share €500');
    const proto = card(el, 'Proto fund').querySelector<HTMLInputElement>('input[inputmode="decimal"]')!;
    expect(proto.value, 'the "__proto__" item has its own, empty, cost').to.equal('');
    expect(Object.getOwnPropertyNames(Object.prototype).sort(), 'Object.prototype unchanged').to.deep.equal(before);
  });

  it('filters by sectors named "constructor" and "__proto__"', async () => {
    el = await load();
    const sector = root(el).querySelector<HTMLSelectElement>('select#sector')!;
    // The options' text without the isolate marks around data values (test/widgets/bidi.test.ts checks them).
    expect([...sector.options].map((o) => unmark(squash(o.textContent))).slice(1)).to.have.members([
      '__proto__ (1)',
      'constructor (2)',
      'hasOwnProperty (1)',
      'toString (1)',
    ]);
    sector.value = 'constructor';
    sector.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Builder grant', 'Words fund']);
  });

  it('writes valid iCalendar for deadlines up to 9999-12-31, with one UID per id', async () => {
    el = await load();
    const text = await calendar(el);
    const list = events(parseIcs(text)); // CRLF, no bare line breaks, every line within 75 octets
    const byUid = new Map(list.map((e) => [e.get('UID'), e]));
    expect([...byUid.keys()].sort(), 'ids percent-encoded: distinct, nothing to escape').to.deep.equal([
      '__proto__@funding.example',
      'a%2Cb%3Bc%5Cd@funding.example',
      'constructor@funding.example',
      'toString@funding.example',
    ]);
    for (const e of list) {
      const start = e.get('DTSTART') ?? e.get('DTSTART;VALUE=DATE');
      expect(start, `${e.get('UID')}: a four-digit year`).to.match(/^\d{8}(T\d{6}Z)?$/);
      if (e.has('DTEND;VALUE=DATE')) expect(e.get('DTEND;VALUE=DATE')).to.match(/^\d{8}$/);
    }
    const proto = byUid.get('__proto__@funding.example')!;
    expect(proto.get('DTSTART;VALUE=DATE')).to.equal('99991231');
    expect([proto.has('DTEND;VALUE=DATE'), proto.get('DURATION')], 'no day 10000-01-01: one day long').to.deep.equal([false, 'P1D']);
    const words = byUid.get('toString@funding.example')!;
    expect(words.get('DTSTART;VALUE=DATE'), '23:30 at -05:00 is in year 10000 in UTC: its own day instead').to.equal('99991231');
    expect(byUid.get('a%2Cb%3Bc%5Cd@funding.example')!.get('DTSTART')).to.equal('20270201T090000Z');
  });
});
