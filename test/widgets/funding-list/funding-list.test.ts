import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.js';
import { squash } from '../../helpers/dom.js';
import { sendKeys } from '@web/test-runner-commands';
import { pageQuizzes } from '../../../src/shared/follow-quiz.js';
import '../../../src/widgets/funding-list/define.js';
import { events, parseCsv, parseIcs } from './formats.js';
import type { CgFundingList } from '../../../src/widgets/funding-list/funding-list.js';
import { unmark } from '../../helpers/bidi.js';

const SRC = '/test/fixtures/funding-list.json';
/** The fixed "now" of the fixture: 29 November 2026, 10:00 in the browser's time zone. */
const NOW = new Date(2026, 10, 29, 10).getTime();
const clock = () => NOW;

const root = (el: CgFundingList) => el.shadowRoot!;
const cards = (el: CgFundingList) => [...root(el).querySelectorAll<HTMLElement>('[part="card"]')];
const titles = (el: CgFundingList) => cards(el).map((c) => squash(c.querySelector('h3')!.textContent));
const card = (el: CgFundingList, title: string) => cards(el).find((c) => squash(c.querySelector('h3')!.textContent) === title)!;
const status = (el: CgFundingList) => squash(root(el).querySelector('[role="status"]')?.textContent);
const select = (el: CgFundingList, id: string) => root(el).querySelector<HTMLSelectElement>(`select#${id}`)!;
const labelOf = (el: CgFundingList, control: Element) => squash(root(el).querySelector(`label[for="${control.id}"]`)?.textContent);
/** A select's options as [value, text], the isolate marks around data values left out (test/widgets/bidi.test.ts checks them). */
const options = (s: HTMLSelectElement) => [...s.options].map((o) => [o.value, unmark(squash(o.textContent))]);
const button = (scope: ParentNode, name: string) => [...scope.querySelectorAll('button')].find((b) => squash(b.textContent) === name)!;

async function settled(el: CgFundingList) {
  await el.updateComplete;
  await waitUntil(() => !root(el).querySelector('progress'), 'the widget stops loading');
  await el.updateComplete;
}

async function load(attrs: Partial<CgFundingList> = {}, src = SRC) {
  const el = document.createElement('cg-funding-list');
  Object.assign(el, { now: clock, src, ...attrs });
  document.body.append(el);
  await settled(el);
  return el;
}

async function choose(el: CgFundingList, id: string, value: string) {
  const s = select(el, id);
  s.value = value;
  s.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** Catches the next download: the temporary <a download> the widget clicks, and the blob behind it. */
async function download(trigger: () => void) {
  const original = HTMLAnchorElement.prototype.click;
  let caught: { href: string; name: string } | undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) caught = { href: this.href, name: this.download };
    else original.call(this);
  };
  try {
    trigger();
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  expect(caught, 'a download was started').to.exist;
  expect(caught!.href, 'a blob: URL, never data:').to.match(/^blob:/);
  const response = await fetch(caught!.href);
  return {
    name: caught!.name,
    type: response.headers.get('content-type'),
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()),
  };
}

const unfold = (ics: string) => new Map(events(parseIcs(ics))[0]);

describe('cg-funding-list', () => {
  afterEach(() => document.querySelectorAll('cg-funding-list').forEach((el) => el.remove()));

  describe('accessibility', () => {
    it('is accessible with items, closing-soon marks and the calculator', async () => {
      const el = await load();
      expect(cards(el).length, 'items shown').to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('is accessible when everything is closed, when empty, with closed shown, and in error', async () => {
      const closed = await load({}, '/test/fixtures/funding-closed.json');
      expect(status(closed)).to.equal('0 funding opportunities');
      await expect(closed).to.be.accessible();
      closed.showClosed = true;
      await closed.updateComplete;
      expect(titles(closed), 'closed items, latest first').to.deep.equal(['Old call', 'Older call']);
      await expect(closed).to.be.accessible();
      const empty = await load({}, '/test/fixtures/empty.json');
      expect(status(empty)).to.equal('0 funding opportunities');
      await expect(empty).to.be.accessible();
      const broken = await load({}, '/test/fixtures/version2.json');
      expect(root(broken).querySelector('[role="alert"]'), 'an alert').to.exist;
      await expect(broken).to.be.accessible();
    });

    it('has visible labels, a search named "Search", and one role=status with the count', async () => {
      const el = await load();
      const search = root(el).querySelector('input[type="search"]')!;
      expect(labelOf(el, search)).to.equal('Search');
      expect(['status', 'kind', 'country', 'market', 'sector'].map((id) => labelOf(el, select(el, id)))).to.deep.equal([
        'Status',
        'Kind',
        'Eligible country',
        'Target market',
        'Sector',
      ]);
      expect(root(el).querySelectorAll('[role="status"]'), 'the only status region').to.have.length(1);
      expect(status(el)).to.equal('7 funding opportunities');
    });
  });

  describe('status, order and countdown', () => {
    it('shows open by nearest deadline, then rolling, then forthcoming by opening; closed hidden', async () => {
      const el = await load();
      expect(titles(el)).to.deep.equal([
        'Øresund travel grant',
        'Export "boost", phase 1',
        'Kansai landing pad',
        'Shared market intelligence – India',
        'Working-capital guarantee',
        'Joint stands at trade fairs',
        'Asia-Pacific market access',
      ]);
    });

    it('says when items close or open, in words, with a "Closing soon" badge within 14 days', async () => {
      const el = await load();
      const today = squash(card(el, 'Øresund travel grant').textContent);
      expect(today).to.contain('Closing soon').and.to.contain('Deadline Nov 29, 2026 · closes today');
      expect(squash(card(el, 'Export "boost", phase 1').textContent))
        .to.contain('Dec 5, 2026 · closes in 6 days')
        .and.to.contain('Closing soon');
      const later = squash(card(el, 'Kansai landing pad').textContent);
      expect(later, 'timed deadline shown in local time').to.contain('closes in 3 months').and.not.to.contain('Closing soon');
      expect(squash(card(el, 'Joint stands at trade fairs').textContent))
        .to.contain('opens in 3 weeks')
        .and.to.contain('Forthcoming');
      expect(squash(card(el, 'Working-capital guarantee').textContent), 'rolling')
        .to.contain('Rolling')
        .and.not.to.contain('closed');
      expect(card(el, 'Øresund travel grant').querySelector('.soon')!.tagName, 'a text badge, not colour alone').to.equal('STRONG');
    });

    it('shows closed items last, most recent first, with show-closed', async () => {
      const el = await load({ showClosed: true });
      expect(titles(el).slice(-2)).to.deep.equal(['Market scan France', 'Pilot scheme']);
      expect(squash(card(el, 'Market scan France').textContent))
        .to.contain('closed yesterday')
        .and.to.contain('Closed');
      expect(status(el)).to.equal('9 funding opportunities');
    });

    it('updates when the date changes while the page is open', async () => {
      // The page's clock moves when the test moves it, not with the machine's speed: 0.3 s before midnight
      // while the widget loads, however long that takes, then past midnight. The widget's own timer must notice.
      let time = new Date(2026, 11, 5, 23, 59, 59, 700).getTime();
      const el = await load({ now: () => time });
      expect(titles(el), 'open on its deadline day').to.contain('Export "boost", phase 1');
      time += 400;
      await waitUntil(() => !titles(el).includes('Export "boost", phase 1'), 'hidden after midnight');
      expect(squash(card(el, 'Joint stands at trade fairs').textContent)).to.contain('opens in 14 days');
    });

    it('clears its midnight timer when removed', async () => {
      const el = await load();
      const timer = (el as unknown as { timer: number }).timer;
      const cleared: unknown[] = [];
      const original = window.clearTimeout;
      window.clearTimeout = ((id?: number) => {
        cleared.push(id);
        original(id);
      }) as typeof window.clearTimeout;
      try {
        el.remove();
      } finally {
        window.clearTimeout = original;
      }
      expect(cleared, 'the pending timer was cleared').to.include(timer);
    });
  });

  describe('each item', () => {
    it('shows amounts with Intl currency formats, the rate, countries by name, and links', async () => {
      const el = await load();
      const boost = card(el, 'Export "boost", phase 1');
      const text = squash(boost.textContent);
      expect(text).to.contain('Amount €10,000 – €50,000').and.to.contain('Co-funding 35%');
      expect(text)
        .to.contain('Eligible country Denmark and Sweden')
        .and.to.contain('Target market Germany')
        .and.to.contain('Sector Energy');
      expect(text).to.contain('Danish Export Fund').and.to.contain('National');
      expect(boost.querySelector('a')!.getAttribute('href')).to.equal('https://funding.example/boost?a=1,b=2');
      expect(squash(card(el, 'Øresund travel grant').textContent), 'max only')
        .to.contain('Amount ≤ €3,000')
        .and.to.contain('Target market Any');
      expect(squash(card(el, 'Shared market intelligence – India').textContent), 'min = max').to.contain('Amount DKK 8,000');
      expect(squash(card(el, 'Kansai landing pad').textContent))
        .to.contain('¥1,000,000 – ¥5,000,000')
        .and.to.contain('Japan and United States');
    });

    it('marks records not verified for 18 months', async () => {
      const el = await load();
      expect(squash(card(el, 'Working-capital guarantee').textContent)).to.contain('Not verified since Jan 10, 2024');
      expect(root(el).textContent, 'only that one').to.match(/^(?![\s\S]*Not verified[\s\S]*Not verified)/);
    });

    it('fires cg-select when the visitor opens an item', async () => {
      const el = await load();
      const link = card(el, 'Kansai landing pad').querySelector('a')!;
      link.addEventListener('click', (e) => e.preventDefault());
      const selected = oneEvent(el, 'cg-select');
      link.click();
      const event = await selected;
      expect(event.detail).to.deep.equal({
        kind: 'funding',
        id: 'later-timed',
      });
      expect(event.composed && event.bubbles).to.equal(true);
    });

    it('calculates the grant and own share in the item’s currency, capped at the maximum', async () => {
      const el = await load();
      const boost = card(el, 'Export "boost", phase 1');
      const input = boost.querySelector<HTMLInputElement>('input[inputmode="decimal"]')!;
      expect(labelOf(el, input)).to.equal('Project cost (EUR)');
      input.focus();
      await sendKeys({ type: '10001' });
      await el.updateComplete;
      expect(squash(boost.querySelector('[aria-live]')!.textContent), '35 % of 10,001 = 3,500.35').to.equal(
        'Grant €3,500, your share €6,501',
      );
      const kansai = card(el, 'Kansai landing pad');
      const yen = kansai.querySelector<HTMLInputElement>('input[inputmode="decimal"]')!;
      yen.value = '20000000';
      yen.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(squash(kansai.querySelector('[aria-live]')!.textContent), 'capped at max').to.equal(
        'Grant ¥5,000,000, your share ¥15,000,000',
      );
      expect(squash(card(el, 'Shared market intelligence – India').textContent), 'no rate, no calculator').not.to.contain('Project cost');
      yen.value = '1,500.5';
      yen.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(squash(kansai.querySelector('[aria-live]')!.textContent), 'English grouping and decimals: 50 % of 1,500.5').to.equal(
        'Grant ¥750, your share ¥751',
      );
    });

    it('reads the cost as the visitor’s language writes numbers, and keeps what they type', async () => {
      const el = await load({ lang: 'de' } as Partial<CgFundingList>);
      const boost = card(el, 'Export "boost", phase 1');
      const input = boost.querySelector<HTMLInputElement>('input[inputmode="decimal"]')!;
      const result = async (typed: string) => {
        input.value = '';
        input.focus();
        await sendKeys({ type: typed });
        await el.updateComplete;
        return squash(boost.querySelector('[aria-live]')!.textContent);
      };
      expect(await result('10.000'), '"10.000" is ten thousand in German').to.equal('Zuschuss 3.500 €, Eigenanteil 6.500 €');
      expect(await result('1500,75'), 'a comma for the decimals').to.equal('Zuschuss 525 €, Eigenanteil 976 €');
      expect(await result('12 000'), 'a space between thousands').to.equal('Zuschuss 4.200 €, Eigenanteil 7.800 €');
      expect(await result('1e'), 'not a number yet: no result').to.equal('');
      expect(input.value, 'and the field keeps what was typed').to.equal('1e');
    });
  });

  describe('filters', () => {
    it('offers the data’s own codes with counts under the other filters', async () => {
      const el = await load();
      expect(options(select(el, 'status'))).to.deep.equal([
        ['', 'Open / Forthcoming'],
        ['open', 'Open (5)'],
        ['forthcoming', 'Forthcoming (2)'],
        ['closed', 'Closed (2)'],
      ]);
      expect(options(select(el, 'kind'))).to.deep.include.members([
        ['eu-programme', 'EU programme (2)'],
        ['national', 'National (2)'],
      ]);
      expect(options(select(el, 'country')), 'items without countries count everywhere').to.deep.include(['PT', 'Portugal (4)']);
      await choose(el, 'kind', 'national');
      expect(options(select(el, 'country'))).to.deep.include(['PT', 'Portugal (0)']);
      expect(status(el)).to.equal('2 funding opportunities');
    });

    it('offers to clear the search and filters when nothing matches, and only then', async () => {
      const el = await load();
      expect(root(el).querySelector('[part="empty"]'), 'results: no offer').to.equal(null);
      await choose(el, 'kind', 'national');
      const search = root(el).querySelector<HTMLInputElement>('#q')!;
      search.focus();
      await sendKeys({ type: 'zzqxv' });
      await el.updateComplete;
      expect(status(el)).to.equal('0 funding opportunities');
      const clear = button(root(el).querySelector('[part="empty"]')!, 'Clear filters');
      const changed = oneEvent(el, 'cg-filter-change');
      clear.click();
      const event = await changed;
      expect(event.detail.filters, 'every filter empty').to.include({ query: '', kind: '', status: '', country: '', sector: '' });
      expect(event.detail.resultCount).to.equal(7);
      expect(status(el)).to.equal('7 funding opportunities');
      expect(search.value, 'the search box emptied').to.equal('');
      expect(select(el, 'kind').value).to.equal('');
      expect(root(el).activeElement, 'focus back on the search').to.equal(search);
      expect(root(el).querySelector('[part="empty"]'), 'results again: no offer').to.equal(null);
    });

    it('filters by status, eligible country, target market and sector, and fires cg-filter-change', async () => {
      const el = await load();
      const changed = oneEvent(el, 'cg-filter-change');
      await choose(el, 'status', 'closed');
      const event = await changed;
      expect(event.detail.resultCount).to.equal(2);
      expect(event.detail.filters).to.include({
        status: 'closed',
        kind: '',
        country: '',
      });
      expect(titles(el)).to.deep.equal(['Market scan France', 'Pilot scheme']);
      await choose(el, 'status', '');
      await choose(el, 'country', 'PT');
      expect(titles(el), 'PT or anywhere').to.deep.equal([
        'Øresund travel grant',
        'Kansai landing pad',
        'Shared market intelligence – India',
        'Asia-Pacific market access',
      ]);
      await choose(el, 'market', 'JP');
      expect(titles(el)).to.deep.equal(['Øresund travel grant', 'Kansai landing pad', 'Asia-Pacific market access']);
      await choose(el, 'sector', 'Energy');
      expect(titles(el)).to.deep.equal(['Asia-Pacific market access']);
      expect(status(el)).to.equal('1 funding opportunity');
    });

    it('searches name, provider, description and sectors, accent-insensitively, every word', async () => {
      const el = await load();
      const search = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      search.focus();
      await sendKeys({ type: 'oresund' });
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Øresund travel grant']);
      search.value = 'eksportfond energi';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(titles(el), 'Danish provider and sector').to.deep.equal(['Export "boost", phase 1']);
    });

    it('keeps a chosen sector, by its name, when new data no longer has it', async () => {
      const item = (id: string, sectors: string[]) => ({
        id,
        name: id,
        provider: 'P',
        kind: 'national',
        url: 'https://f.example',
        sectors,
      });
      const el = await load({ data: { version: 1, funding: [item('a', ['Space']), item('b', ['Food'])] } } as Partial<CgFundingList>);
      await choose(el, 'sector', 'Space');
      expect(titles(el)).to.deep.equal(['a']);
      el.data = { version: 1, funding: [item('b', ['Food'])] };
      await settled(el);
      expect(options(select(el, 'sector')), 'the choice stays, named, with no match').to.deep.include(['Space', 'Space (0)']);
      expect(status(el)).to.equal('0 funding opportunities');
    });

    it('takes kind and country attributes as initial filters, without events', async () => {
      let events = 0;
      document.addEventListener('cg-filter-change', () => events++, {
        once: true,
      });
      const el = await fixture<CgFundingList>(
        html`<cg-funding-list .now=${clock} src=${SRC} kind="eu-programme" country="pt"></cg-funding-list>`,
      );
      await settled(el);
      expect(select(el, 'kind').value).to.equal('eu-programme');
      expect(select(el, 'country').value).to.equal('PT');
      expect(titles(el)).to.deep.equal(['Øresund travel grant', 'Asia-Pacific market access']);
      expect(events, 'no cg-filter-change for attributes').to.equal(0);
    });

    it('follows the quiz: its markets filter the list, with a removable chip', async () => {
      pageQuizzes().forget();
      const el = await fixture<CgFundingList>(html`<cg-funding-list follow-quiz .now=${clock} src=${SRC}></cg-funding-list>`);
      await settled(el);
      document.dispatchEvent(
        new CustomEvent('cg-quiz-complete', {
          detail: {
            quizId: 'q',
            version: 1,
            overall: 50,
            band: 'x',
            dimensions: {},
            targetMarkets: ['IN', 'KR'],
          },
        }),
      );
      await el.updateComplete;
      expect(squash(root(el).querySelector('.quiz-chip')?.textContent)).to.contain('From your quiz: India and South Korea');
      expect(titles(el), 'IN or KR or any market').to.deep.equal([
        'Øresund travel grant',
        'Shared market intelligence – India',
        'Working-capital guarantee',
        'Joint stands at trade fairs',
        'Asia-Pacific market access',
      ]);
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('.chip-remove')!.click();
      await el.updateComplete;
      expect(status(el)).to.equal('7 funding opportunities');
      pageQuizzes().forget();
    });

    it('reports the quiz’s markets and their removal with cg-filter-change, counting what the list then shows', async () => {
      pageQuizzes().forget();
      const el = await fixture<CgFundingList>(html`<cg-funding-list follow-quiz .now=${clock} src=${SRC}></cg-funding-list>`);
      await settled(el);
      const taken = oneEvent(el, 'cg-filter-change');
      const detail = { quizId: 'q', version: 1, overall: 50, band: 'x', dimensions: {}, targetMarkets: ['IN', 'KR'] };
      document.dispatchEvent(new CustomEvent('cg-quiz-complete', { detail }));
      const followed = await taken;
      expect(followed.detail.filters.market, 'the quiz’s markets').to.deep.equal(['IN', 'KR']);
      expect(followed.detail.resultCount, 'what the list shows under them').to.equal(5);
      expect(status(el)).to.equal('5 funding opportunities');
      const removed = oneEvent(el, 'cg-filter-change');
      root(el).querySelector<HTMLButtonElement>('.chip-remove')!.click();
      const cleared = await removed;
      expect(cleared.detail.filters.market, 'no market after the chip is removed').to.deep.equal([]);
      expect(cleared.detail.resultCount, 'every item again').to.equal(7);
      expect(status(el)).to.equal('7 funding opportunities');
      pageQuizzes().forget();
    });
  });

  describe('downloads', () => {
    it('adds one item to the calendar as an all-day .ics event', async () => {
      const el = await load();
      const file = await download(() => button(card(el, 'Export "boost", phase 1'), 'Add to calendar').click());
      expect(file.name).to.equal('soon.ics');
      expect(file.type).to.contain('text/calendar');
      const fields = unfold(file.text);
      expect(fields.get('DTSTART;VALUE=DATE')).to.equal('20261205');
      expect(fields.get('DTEND;VALUE=DATE')).to.equal('20261206');
      expect(fields.get('SUMMARY')).to.equal('Deadline: Export "boost"\\, phase 1');
      expect(fields.get('URL')).to.equal('https://funding.example/boost?a=1,b=2');
      expect(fields.get('DESCRIPTION')).to.equal(
        'Danish Export Fund\\nLine one\\; with semicolon\\nLine two\\, with comma \\\\ and backslash\\nhttps://funding.example/boost?a=1\\,b=2',
      );
    });

    it('adds the filtered list to the calendar, skipping items without a deadline', async () => {
      const el = await load();
      const file = await download(() => button(root(el).querySelector('.tools')!, 'Add to calendar').click());
      expect(file.name).to.equal('funding.ics');
      const uids = [...file.text.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]!.trim());
      expect(uids).to.deep.equal(
        ['today', 'soon', 'later-timed', 'forthcoming-soon', 'forthcoming-late'].map((id) => `${id}@funding.example`),
      );
      expect(file.text, 'the timed deadline in UTC').to.contain('DTSTART:20270315T160000Z');
      expect(file.text, 'Japanese name in English UI stays English').to.contain('SUMMARY:Deadline: Kansai landing pad');
    });

    it('exports the filtered list as CSV that parses back field by field', async () => {
      const el = await load({ lang: 'ja' });
      const file = await download(() => button(root(el).querySelector('.tools')!, 'Export CSV').click());
      expect(file.name).to.equal('funding.csv');
      expect(file.text.charCodeAt(0), 'UTF-8 BOM').to.equal(0xfeff);
      const rows = parseCsv(file.text.slice(1));
      expect(rows).to.have.length(8);
      const head = rows[0]!;
      const row = (id: string) =>
        Object.fromEntries(head.map((h, i) => [h, rows.find((r) => r.includes(`https://funding.example/${id}`))![i]]));
      const kansai = row('kansai');
      expect(kansai.name, 'non-Latin script').to.equal('関西ランディングパッド');
      expect(kansai.min).to.equal('1000000');
      expect(kansai.currency).to.equal('JPY');
      expect(kansai.deadline).to.equal('2027-03-15T17:00:00+01:00');
      const boost = rows.find((r) => r[0] === 'Export "boost", phase 1');
      expect(boost, 'quotes and commas round-trip').to.exist;
      expect(boost![head.indexOf('cofundingRate')]).to.equal('0.35');
    });
  });

  describe('languages and bad input', () => {
    it('speaks German', async () => {
      const el = await load({ lang: 'de' });
      expect(labelOf(el, root(el).querySelector('input[type="search"]')!)).to.equal('Suche');
      expect(status(el)).to.equal('7 Fördermöglichkeiten');
      const text = squash(card(el, 'Øresund travel grant').textContent);
      expect(text).to.contain('endet heute').and.to.contain('Endet bald').and.to.contain('29.11.2026');
      expect(squash(card(el, 'Export "boost", phase 1').textContent))
        .to.contain('10.000 € – 50.000 €')
        .and.to.contain('Dänemark und Schweden');
      await expect(el).to.be.accessible();
    });

    it('shows the demo data with no invalid date or number, accessibly', async () => {
      const el = await load({ showClosed: true, lang: 'da' }, '/demo/data/gateway.json');
      expect(status(el)).to.equal('31 støttemuligheder');
      expect(root(el).textContent).not.to.match(/Invalid Date|NaN|undefined/);
      await expect(el).to.be.accessible();
    });

    it('shows the valid records of a partly broken file, never "Invalid Date" or NaN', async () => {
      const el = await load({ showClosed: true }, '/test/fixtures/partial.json');
      expect(squash(root(el).querySelector('.notice')?.textContent)).to.contain('funding[1].opens');
      const text = root(el).textContent!;
      expect(text).not.to.match(/Invalid Date|NaN/);
      expect(titles(el)).to.include('Fine');
      await expect(el).to.be.accessible();
    });
  });
});

describe('long lists', () => {
  /** `n` funding items named "Grant 00"… in that order, each with what `extra` gives it. */
  const numbered = (n: number, extra: (i: number) => { kind: string; deadline: string }) =>
    Array.from({ length: n }, (_, i) => ({
      id: `f${i}`,
      name: `Grant ${String(i).padStart(2, '0')}`,
      provider: 'Provider',
      url: `https://funding.example/${i}`,
      ...extra(i),
    }));

  it('shows 20 items at a time; Show more adds 20 and moves focus to the first new one; a filter change starts again', async () => {
    const items = numbered(45, (i) => ({
      kind: i % 2 ? 'national' : 'regional',
      deadline: `2027-${String((i % 12) + 1).padStart(2, '0')}-15`,
    }));
    const el = document.createElement('cg-funding-list');
    Object.assign(el, { now: clock, data: { version: 1, funding: items } });
    document.body.append(el);
    await settled(el);
    expect(status(el), 'the count is of every match').to.equal('45 funding opportunities');
    expect(cards(el), 'the first page').to.have.length(20);
    button(root(el), 'Show more').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(cards(el), 'the next page').to.have.length(40);
    expect(root(el).activeElement, 'focus on the first new item').to.equal(cards(el)[20]!.querySelector('a'));
    button(root(el), 'Show more').click();
    await el.updateComplete;
    expect(cards(el)).to.have.length(45);
    expect(button(root(el), 'Show more'), 'nothing more to show').to.equal(undefined);
    await expect(el).to.be.accessible();
    await choose(el, 'kind', 'national');
    expect(cards(el), 'a filter change starts at the first page again').to.have.length(20);
    el.remove();
  });

  it('keeps the data’s order among equal deadlines across pages, and follows the clock past a deadline', async () => {
    const items = numbered(30, (i) => ({ kind: i % 3 ? 'national' : 'regional', deadline: i % 2 ? '2026-12-10' : '2026-11-30' }));
    const grants = (odd: number) => items.filter((_, i) => i % 2 === odd).map((x) => x.name);
    const el = document.createElement('cg-funding-list');
    Object.assign(el, { now: clock, data: { version: 1, funding: items } });
    document.body.append(el);
    await settled(el);
    expect(titles(el), 'the 30 November ones in the data’s order, then 10 December').to.deep.equal(
      [...grants(0), ...grants(1)].slice(0, 20),
    );
    expect(options(select(el, 'kind'))).to.deep.include.members([
      ['national', 'National (20)'],
      ['regional', 'Regional (10)'],
    ]);
    el.now = () => new Date(2026, 11, 1, 10).getTime();
    await el.updateComplete;
    expect(status(el), '1 December: the 30 November ones have closed').to.equal('15 funding opportunities');
    expect(titles(el)).to.deep.equal(grants(1));
    expect(options(select(el, 'kind'))).to.deep.include.members([
      ['national', 'National (10)'],
      ['regional', 'Regional (5)'],
    ]);
    expect(options(select(el, 'status'))).to.deep.include(['closed', 'Closed (15)']);
    el.remove();
  });
});
