import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.js';
import { $, $$, text, warnings } from '../../helpers/dom.js';
import { sendKeys } from '@web/test-runner-commands';
import { generateDocument } from '../../helpers/generate.js';
import { pageQuizzes } from '../../../src/shared/follow-quiz.js';
import '../../../src/widgets/partner-finder/define.js';
import type { CgPartnerFinder } from '../../../src/widgets/partner-finder/partner-finder.js';
import { unmark } from '../../helpers/bidi.js';

const SRC = '/test/fixtures/finder-basic.json';
const ALL = [
  'Øresund Food Cluster',
  'Mobility Cluster München',
  'Lisbon Maritime Hub',
  'Lyon Health Cluster',
  'Energy Cluster Aarhus',
  'Clúster Digital de Madrid',
];

const status = (el: CgPartnerFinder) => text($(el, '[role="status"]'));
const names = (el: CgPartnerFinder) => $$(el, '.card .name').map(text);
const select = (el: CgPartnerFinder, id: string) => $<HTMLSelectElement>(el, `select#${id}`);
/** The options of a select as "value=text", without the "All" option (and without the isolate marks around data values). */
const options = (el: CgPartnerFinder, id: string) =>
  [...select(el, id).options].filter((o) => o.value).map((o) => `${o.value}=${unmark(text(o))}`);
const card = (el: CgPartnerFinder, name: string) => $$(el, '.card').find((c) => text(c.querySelector('.name')) === name)!;

async function ready(el: CgPartnerFinder) {
  await waitUntil(() => el.shadowRoot!.querySelector('[role="status"], [role="alert"]'), 'the finder shows results or an error');
  await el.updateComplete;
  return el;
}

const finder = async (template = html`<cg-partner-finder src=${SRC}></cg-partner-finder>`) =>
  ready(await fixture<CgPartnerFinder>(template));

/** Chooses a value as a mouse user would: the select changes and fires `change`. */
async function choose(el: CgPartnerFinder, id: string, value: string) {
  const s = select(el, id);
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function type(el: CgPartnerFinder, query: string) {
  const input = $<HTMLInputElement>(el, 'input');
  input.focus();
  input.select();
  await sendKeys(query ? { type: query } : { press: 'Backspace' });
  await el.updateComplete;
}

describe('cg-partner-finder', () => {
  describe('accessibility', () => {
    it('is accessible with results, with the details dialog open, when nothing matches, and on a data error', async () => {
      const el = await finder();
      await expect(el).to.be.accessible();
      $(el, '.name').click();
      await el.updateComplete;
      expect($<HTMLDialogElement>(el, 'dialog').open, 'the details dialog is open').to.equal(true);
      await expect(el).to.be.accessible();
      $<HTMLDialogElement>(el, 'dialog').close();
      await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('name'), 'focus returns to the card');
      await type(el, 'no such cluster');
      expect($(el, '[part="empty"]'), 'the empty state').to.exist;
      await expect(el).to.be.accessible();
      const failing = await finder(html`<cg-partner-finder src="/faults/status/404"></cg-partner-finder>`);
      expect($(failing, '[role="alert"]'), 'the error panel').to.exist;
      await expect(failing).to.be.accessible();
    });

    it('has one role=status with the count, and labelled native controls', async () => {
      const el = await finder();
      expect($$(el, '[role="status"]'), 'only one status').to.have.length(1);
      expect(status(el)).to.equal('6 clusters');
      const search = $<HTMLInputElement>(el, 'input[type="search"]');
      expect(text(search.labels![0]), 'the search field is named Search').to.equal('Search');
      const labels = $$(el, 'select').map((s) => text((s as HTMLSelectElement).labels![0]));
      expect(labels, 'visible labels').to.deep.equal([
        'Country',
        'Target market',
        'Sector',
        'Collaboration interest',
        'Key service',
        'Label',
        'Sort by',
      ]);
    });
  });

  describe('results', () => {
    it('lists the valid records and counts the skipped one in the notice', async () => {
      const el = await finder();
      expect(names(el)).to.deep.equal(ALL);
      expect(text($(el, '.notice')), 'the bad record is counted').to.contain('1 of 7 records was skipped');
    });

    it('shows on a card: acronym, country name, city, region, tags, markets, services, label, members and links', async () => {
      const el = await finder();
      const oresund = card(el, 'Øresund Food Cluster');
      expect(text(oresund.querySelector('.meta'))).to.equal('ØFC · Denmark · København · Capital Region');
      const rows = [...oresund.querySelectorAll('dl div')].map(
        (row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('dd'))}`,
      );
      expect(rows).to.deep.equal([
        'Sector: Food, Agrifood',
        'Collaboration interest: Internationalisation, Innovation',
        'Target market: Japan, United States',
        'Key service: Matchmaking, Trade missions',
        'Members: 136',
        'SMEs: 120',
      ]);
      expect(text(oresund.querySelector('.badge')), 'the label in words').to.equal('Label: Gold');
      expect(oresund.querySelector('.stale'), 'verified recently: no badge').to.equal(null);
      const links = [...oresund.querySelectorAll('a')].map((a) => `${text(a)} → ${a.getAttribute('href')}`);
      expect(links).to.deep.equal([
        'oresund-food.example → https://oresund-food.example/about',
        'info@oresund-food.example → mailto:info@oresund-food.example',
      ]);
    });

    it('marks records not verified for 18 months', async () => {
      const el = await finder();
      const stale = card(el, 'Mobility Cluster München').querySelector('.stale');
      expect(text(stale)).to.equal('Not verified since Feb 1, 2023');
      expect(card(el, 'Lisbon Maritime Hub').querySelector('.stale'), 'no date: no claim').to.equal(null);
    });

    it('sorts by name and by country name', async () => {
      const el = await finder();
      await choose(el, 'sort', 'name');
      expect(names(el), 'by name').to.deep.equal([...ALL].sort((a, b) => a.localeCompare(b, 'en')));
      await choose(el, 'sort', 'country');
      expect(names(el), 'Denmark, France, Germany, Portugal, Spain').to.deep.equal([
        'Energy Cluster Aarhus',
        'Øresund Food Cluster',
        'Lyon Health Cluster',
        'Mobility Cluster München',
        'Lisbon Maritime Hub',
        'Clúster Digital de Madrid',
      ]);
      expect(
        [...select(el, 'sort').options].map((o) => o.value),
        'no Fit without home',
      ).to.deep.equal(['relevance', 'name', 'country']);
    });
  });

  describe('search', () => {
    it('ignores case and accents, in every language, and needs every word', async () => {
      const el = await finder();
      await type(el, 'oresund');
      expect(names(el), '"oresund" finds "Øresund"').to.deep.equal(['Øresund Food Cluster']);
      expect(status(el)).to.equal('1 cluster');
      await type(el, 'Munchen');
      expect(names(el), '"Munchen" finds "München"').to.deep.equal(['Mobility Cluster München']);
      await type(el, 'pole sante');
      expect(names(el), 'the French name of the Lyon cluster').to.deep.equal(['Lyon Health Cluster']);
      await type(el, 'energia');
      expect(names(el), 'a sector in the Portuguese its record gives').to.deep.equal(['Lisbon Maritime Hub']);
      await type(el, 'cluster energy');
      expect(names(el), 'both words; name matches first').to.deep.equal(['Energy Cluster Aarhus', 'Mobility Cluster München']);
      await type(el, 'trade');
      expect(status(el), 'a service').to.equal('3 clusters');
    });

    it('says when nothing matches and offers to clear the filters', async () => {
      const el = await finder();
      await type(el, 'zzz');
      expect(status(el)).to.equal('0 clusters');
      expect($$(el, '.card'), 'no cards').to.have.length(0);
      const clear = $(el, '[part="empty"] button');
      expect(text(clear)).to.equal('Clear filters');
      clear.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(status(el), 'everything again').to.equal('6 clusters');
      expect(el.shadowRoot!.activeElement, 'focus goes to the search field').to.equal($(el, 'input'));
    });
  });

  describe('facets', () => {
    it('offers the data’s own codes with counts, and the counts follow the other filters', async () => {
      const el = await finder();
      expect(options(el, 'country'), 'by localised name').to.deep.equal([
        'DK=Denmark (2)',
        'FR=France (1)',
        'DE=Germany (1)',
        'PT=Portugal (1)',
        'ES=Spain (1)',
      ]);
      expect(options(el, 'market')).to.include.members(['DK=Denmark (2)', 'JP=Japan (3)', 'KR=South Korea (1)']);
      expect(options(el, 'sector'), '"energy" and "Energy" are one sector').to.include('energy=Energy (3)');
      expect(options(el, 'interest')).to.include('innovation=Innovation (2)');
      expect(options(el, 'service')).to.include('trade missions=Trade missions (3)');
      expect(options(el, 'label')).to.deep.equal(['bronze=Bronze (1)', 'gold=Gold (2)', 'silver=Silver (2)']);

      await choose(el, 'sector', 'energy');
      expect(names(el)).to.deep.equal(['Mobility Cluster München', 'Lisbon Maritime Hub', 'Energy Cluster Aarhus']);
      expect(options(el, 'country'), 'countries under the sector').to.deep.equal([
        'DK=Denmark (1)',
        'FR=France (0)',
        'DE=Germany (1)',
        'PT=Portugal (1)',
        'ES=Spain (0)',
      ]);
      expect(options(el, 'sector'), 'its own facet still shows the alternatives').to.include('food=Food (1)');
      expect(options(el, 'label')).to.deep.equal(['bronze=Bronze (0)', 'gold=Gold (1)', 'silver=Silver (1)']);

      await choose(el, 'market', 'DK');
      expect(names(el)).to.deep.equal(['Mobility Cluster München', 'Lisbon Maritime Hub']);
      await choose(el, 'label', 'silver');
      expect(names(el)).to.deep.equal(['Mobility Cluster München']);
      await choose(el, 'label', '');
      await choose(el, 'market', '');
      await choose(el, 'sector', '');
      await choose(el, 'interest', 'research');
      expect(names(el), 'interest').to.deep.equal(['Lyon Health Cluster']);
      await choose(el, 'interest', '');
      await choose(el, 'service', 'matchmaking');
      expect(names(el), 'key service').to.deep.equal(['Øresund Food Cluster', 'Lyon Health Cluster', 'Energy Cluster Aarhus']);
      await choose(el, 'country', 'DK');
      expect(names(el), 'country').to.deep.equal(['Øresund Food Cluster', 'Energy Cluster Aarhus']);
    });

    it('fires cg-filter-change with the filters and the count on a visitor’s change only, and clears', async () => {
      const el = await finder();
      const events: { filters: Record<string, unknown>; resultCount: number }[] = [];
      el.addEventListener('cg-filter-change', (e) => events.push(e.detail));
      el.country = 'DE';
      await el.updateComplete;
      expect(events, 'not when code sets a property').to.have.length(0);
      expect(names(el)).to.deep.equal(['Mobility Cluster München']);
      const changed = oneEvent(el, 'cg-filter-change');
      await choose(el, 'label', 'silver');
      const { detail } = await changed;
      expect(detail).to.deep.equal({ filters: { country: 'DE', label: 'silver' }, resultCount: 1 });
      const cleared = oneEvent(el, 'cg-filter-change');
      $$(el, 'button')
        .find((b) => text(b) === 'Clear filters')!
        .click();
      expect((await cleared).detail).to.deep.equal({ filters: {}, resultCount: 6 });
      expect(select(el, 'country').value, 'the selects show All again').to.equal('');
    });

    it('takes country, sector and query attributes, and warns about unknown values', async () => {
      const [el, seen] = await warnings(() =>
        finder(html`<cg-partner-finder src=${SRC} country="dk" sector="ENERGY" query="cluster"></cg-partner-finder>`),
      );
      expect(names(el)).to.deep.equal(['Energy Cluster Aarhus']);
      expect(select(el, 'country').value).to.equal('DK');
      expect(select(el, 'sector').value).to.equal('energy');
      expect($<HTMLInputElement>(el, 'input').value).to.equal('cluster');
      expect(
        seen.filter((w) => w.includes('cg-partner-finder')),
        'no warning for known values',
      ).to.deep.equal([]);
      const [bad, unknown] = await warnings(() =>
        finder(html`<cg-partner-finder src=${SRC} country="SE" sector="Space"></cg-partner-finder>`),
      );
      expect(status(bad), 'unknown values are ignored').to.equal('6 clusters');
      expect(
        unknown.filter((w) => w.includes('cg-partner-finder')),
        'one warning each',
      ).to.have.length(2);
      expect(unknown.join('\n')).to.contain('country "SE"').and.contain('sector "Space"');
    });
  });

  describe('fit', () => {
    it('with home, ranks by fit, leaves the host out and says why each fits', async () => {
      const el = await finder(html`<cg-partner-finder src=${SRC} home="aarhus-energy"></cg-partner-finder>`);
      expect(status(el), 'the host is left out').to.equal('5 clusters');
      expect(names(el), 'best fit first').to.deep.equal([
        'Mobility Cluster München',
        'Lisbon Maritime Hub',
        'Clúster Digital de Madrid',
        'Øresund Food Cluster',
        'Lyon Health Cluster',
      ]);
      const why = (name: string) => [...card(el, name).querySelectorAll('.why li')].map(text);
      expect(why('Mobility Cluster München')).to.deep.equal([
        'They target Denmark',
        'We target Germany',
        'Both: Energy',
        'Offers: Market intelligence, Trade missions',
      ]);
      expect(why('Lisbon Maritime Hub')).to.deep.equal(['They target Denmark', 'Both: Energy', 'Offers: Test facilities']);
      expect(select(el, 'sort').value, 'sorted by fit').to.equal('fit');
    });

    it('leaves out the new host when home changes, in any sort and while a search is typed', async () => {
      const el = await finder(html`<cg-partner-finder src=${SRC} home="aarhus-energy"></cg-partner-finder>`);
      await choose(el, 'sort', 'name');
      await type(el, 'c');
      expect(names(el), 'Aarhus, the host, is left out').not.to.include('Energy Cluster Aarhus');
      el.home = 'munich-mobility';
      await el.updateComplete;
      expect(names(el), 'Munich is the host now').not.to.include('Mobility Cluster München');
      expect(names(el), 'Aarhus is a result again').to.include('Energy Cluster Aarhus');
      await type(el, 'cl');
      expect(names(el), 'typing on, with the new host').to.include('Energy Cluster Aarhus');
      expect(status(el)).to.equal(`${names(el).length} clusters`);
    });

    it('warns about an unknown home and sorts by relevance', async () => {
      const [el, seen] = await warnings(() => finder(html`<cg-partner-finder src=${SRC} home="nobody"></cg-partner-finder>`));
      expect(seen.join('\n')).to.contain('home "nobody"');
      expect(names(el)).to.deep.equal(ALL);
      expect($$(el, '.why'), 'no reasons').to.have.length(0);
    });
  });

  describe('details', () => {
    it('opens a dialog with the details, fires cg-select, and returns focus to the card on close', async () => {
      const el = await finder();
      const button = card(el, 'Øresund Food Cluster').querySelector<HTMLButtonElement>('.name')!;
      const selected = oneEvent(el, 'cg-select');
      button.click();
      expect((await selected).detail).to.deep.equal({ kind: 'cluster', id: 'oresund-food' });
      await el.updateComplete;
      const dialog = $<HTMLDialogElement>(el, 'dialog');
      expect(dialog.open).to.equal(true);
      expect(text(dialog.querySelector('h2')), 'titled by the name').to.equal('Øresund Food Cluster');
      expect(text(dialog), 'the description').to.contain('Food innovation across the strait.');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !el.shadowRoot!.querySelector('dialog'), 'the dialog closes');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement, 'focus is back on the card').to.equal(card(el, 'Øresund Food Cluster').querySelector('.name'));
    });
  });

  describe('keyboard', () => {
    it('filters, opens a card and closes it with the keyboard alone', async () => {
      const el = await finder();
      $<HTMLInputElement>(el, 'input').focus();
      await sendKeys({ type: 'cluster' });
      await el.updateComplete;
      expect(status(el)).to.equal('5 clusters');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement, 'Tab reaches Country').to.equal(select(el, 'country'));
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(select(el, 'country').value, 'the first country').to.equal('DK');
      expect(names(el)).to.deep.equal(['Øresund Food Cluster', 'Energy Cluster Aarhus']);
      // Tab on to the first card: past the other selects, Sort and Clear filters.
      for (let i = 0; i < 8; i++) await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement, 'the first card').to.equal($(el, '.card .name'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($<HTMLDialogElement>(el, 'dialog').open, 'Enter opens the details').to.equal(true);
      expect(text(el.shadowRoot!.activeElement), 'focus starts on Close').to.equal('Close');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !el.shadowRoot!.querySelector('dialog'), 'Close (focused first) closes it');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement, 'focus is back').to.equal($(el, '.card .name'));
    });
  });

  describe('url-state', () => {
    let start: string;
    beforeEach(() => (start = location.href));
    afterEach(() => history.replaceState(null, '', start));

    it('keeps the filters in the URL, restores them in a new finder, and follows Back', async () => {
      const el = await finder(html`<cg-partner-finder src=${SRC} url-state></cg-partner-finder>`);
      await choose(el, 'country', 'DK');
      await type(el, 'cluster');
      await choose(el, 'sector', 'energy');
      const params = new URLSearchParams(location.search);
      expect([params.get('pf-country'), params.get('pf-query'), params.get('pf-sector')]).to.deep.equal(['DK', 'cluster', 'energy']);
      const again = await finder(html`<cg-partner-finder src=${SRC} url-state country="FR"></cg-partner-finder>`);
      expect(names(again), 'the URL wins over attributes').to.deep.equal(['Energy Cluster Aarhus']);
      expect(select(again, 'sector').value).to.equal('energy');
      again.remove();
      const back = oneEvent(window, 'popstate');
      history.back();
      await back;
      await el.updateComplete;
      expect(select(el, 'sector').value, 'Back undoes the sector').to.equal('');
      expect(names(el), 'Denmark + "cluster"').to.deep.equal(['Øresund Food Cluster', 'Energy Cluster Aarhus']);
    });

    it('leaves the URL alone without the attribute', async () => {
      const el = await finder();
      await choose(el, 'country', 'DK');
      expect(location.search).not.to.contain('pf-');
    });
  });

  describe('follow-quiz', () => {
    beforeEach(() => pageQuizzes().forget());
    afterEach(() => pageQuizzes().forget());

    it('takes the quiz target markets as the Target-market filter, with a removable chip', async () => {
      const el = await finder(html`<cg-partner-finder src=${SRC} follow-quiz></cg-partner-finder>`);
      document.dispatchEvent(
        new CustomEvent('cg-quiz-complete', {
          detail: { quizId: 'q', version: 1, overall: 50, band: 'Ready', dimensions: {}, targetMarkets: ['KR', 'BR'] },
          bubbles: true,
          composed: true,
        }),
      );
      await el.updateComplete;
      expect(names(el), 'any of the markets').to.deep.equal(['Mobility Cluster München', 'Lisbon Maritime Hub']);
      expect(text($(el, '.quiz-chip')), 'the chip').to.contain('From your quiz: South Korea and Brazil');
      await expect(el).to.be.accessible();
      $(el, '.chip-remove').click();
      await el.updateComplete;
      expect(status(el), 'removed').to.equal('6 clusters');
    });
  });

  describe('many records', () => {
    it('keeps 10,000 results to pages of 20 cards, and Show more moves focus to the first new card', async () => {
      const el = await finder(html`<cg-partner-finder .data=${generateDocument(10_000, 7)}></cg-partner-finder>`);
      expect(status(el)).to.equal('10,000 clusters');
      expect($$(el, '.card'), 'one page').to.have.length(20);
      expect(el.shadowRoot!.querySelectorAll('*').length, 'a bounded DOM').to.be.below(1500);
      const more = $$(el, 'button').find((b) => text(b) === 'Show more')!;
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($$(el, '.card'), 'two pages').to.have.length(40);
      expect(el.shadowRoot!.activeElement, 'focus on the 21st card').to.equal($$(el, '.card .name')[20]);
      await type(el, 'lodz');
      expect(status(el), '"lodz" finds Łódź').to.match(/^[\d,]+ clusters$/);
      expect(names(el).length, 'back to one page').to.be.at.most(20);
      expect(text($$(el, '.card')[0]), 'the first result is in Łódź').to.contain('Łódź');
    });
  });

  describe('languages', () => {
    it('speaks Danish: labels, counts, country and tag names', async () => {
      const el = await finder(html`<cg-partner-finder src=${SRC} lang="da"></cg-partner-finder>`);
      expect(status(el)).to.equal('6 klynger');
      expect(text($<HTMLSelectElement>(el, 'select#country').labels![0])).to.equal('Land');
      expect(names(el)[0], 'the Danish name').to.equal('Øresund Fødevareklynge');
      expect(options(el, 'sector'), 'translated tags').to.include('food=Fødevarer (1)');
      expect(options(el, 'country')).to.include('DK=Danmark (2)');
      expect(text(card(el, 'Øresund Fødevareklynge').querySelector('.badge'))).to.equal('Mærke: Guld');
    });

    it('follows a change of language after loading: option names, and the orders by country and by name', async () => {
      const el = await finder();
      await choose(el, 'sort', 'country');
      el.lang = 'fr';
      await el.updateComplete;
      expect(options(el, 'country'), 'country names in French, in French order').to.deep.equal([
        'DE=Allemagne (1)',
        'DK=Danemark (2)',
        'ES=Espagne (1)',
        'FR=France (1)',
        'PT=Portugal (1)',
      ]);
      expect(options(el, 'label'), 'labels in French').to.deep.equal(['silver=Argent (2)', 'bronze=Bronze (1)', 'gold=Or (2)']);
      expect(names(el), 'by French country name, then name').to.deep.equal([
        'Mobility Cluster München',
        'Energy Cluster Aarhus',
        'Øresund Food Cluster',
        'Clúster Digital de Madrid',
        'Pôle Santé Lyon',
        'Lisbon Maritime Hub',
      ]);
      await choose(el, 'sort', 'name');
      expect(names(el), 'by French name').to.deep.equal([
        'Clúster Digital de Madrid',
        'Energy Cluster Aarhus',
        'Lisbon Maritime Hub',
        'Mobility Cluster München',
        'Øresund Food Cluster',
        'Pôle Santé Lyon',
      ]);
      el.lang = 'en';
      await el.updateComplete;
      expect(names(el), 'by English name again').to.deep.equal([...ALL].sort((a, b) => a.localeCompare(b, 'en')));
      expect(options(el, 'country'), 'English country names again').to.deep.equal([
        'DK=Denmark (2)',
        'FR=France (1)',
        'DE=Germany (1)',
        'PT=Portugal (1)',
        'ES=Spain (1)',
      ]);
    });

    it('marks its interface language, so a label’s colon follows the language (a space before it in French)', async () => {
      const colon = (el: CgPartnerFinder) => getComputedStyle($(el, 'dt'), '::after').content;
      const fr = await finder(html`<cg-partner-finder src=${SRC} lang="fr-CA"></cg-partner-finder>`);
      expect($(fr, '.base').lang, 'the interface language on the base').to.equal('fr');
      expect(colon(fr)).to.equal('" :"');
      const en = await finder(html`<cg-partner-finder src=${SRC} lang="en"></cg-partner-finder>`);
      expect(colon(en)).to.equal('":"');
    });
  });
});
