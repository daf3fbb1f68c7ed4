import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.js';
import { $, $$, text, warnings } from '../../helpers/dom.js';
import { sendKeys } from '@web/test-runner-commands';
import { ORGANISATION_TYPES } from '../../../src/data/schema.js';
import { pageQuizzes } from '../../../src/shared/follow-quiz.js';
import '../../../src/widgets/door-openers/define.js';
import type { CgDoorOpeners } from '../../../src/widgets/door-openers/door-openers.js';
import { unmark } from '../../helpers/bidi.js';

const SRC = '/test/fixtures/doors-basic.json';
const status = (el: Element) => text($(el, '[role="status"]'));
const names = (el: Element) => $$(el, 'h4').map(text);
const headings = (el: Element) => $$(el, 'h3').map(text);
/** A select's options as [value, text], the isolate marks around data values left out (test/widgets/bidi.test.ts checks them). */
const options = (el: Element, id: string) => [...$<HTMLSelectElement>(el, `#${id}`).options].map((o) => [o.value, unmark(text(o))]);

async function settled(el: CgDoorOpeners) {
  await waitUntil(() => $(el, '[role="status"], [role="alert"]'), 'the widget shows results or an error');
  await el.updateComplete;
}

async function load(template = html`<cg-door-openers src=${SRC}></cg-door-openers>`) {
  const el = await fixture<CgDoorOpeners>(template);
  await settled(el);
  return el;
}

async function choose(el: CgDoorOpeners, id: string, value: string) {
  const select = $<HTMLSelectElement>(el, `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The accessible name of a form control: the text of its <label for>. */
const labelOf = (el: Element, control: Element) => text($(el, `label[for="${control.id}"]`));

describe('cg-door-openers', () => {
  describe('accessibility', () => {
    it('is accessible when loaded, in dark theme, with an empty market and its suggestions, in error and while loading', async () => {
      const el = await load();
      await expect(el).to.be.accessible();
      const dark = await load(html`<cg-door-openers theme="dark" src=${SRC}></cg-door-openers>`);
      await expect(dark).to.be.accessible();
      const empty = await load(html`<cg-door-openers market="NO" src=${SRC}></cg-door-openers>`);
      expect($(empty, '[part="empty"] button'), 'suggestions are shown').to.exist;
      await expect(empty).to.be.accessible();
      const failing = await load(html`<cg-door-openers src="/test/fixtures/insights-basic.json"></cg-door-openers>`);
      expect(text($(failing, '[role="alert"]')), 'a missing section is an error').to.contain('"organisations"');
      await expect(failing).to.be.accessible();
      const loading = await fixture<CgDoorOpeners>(
        html`<cg-door-openers src=${`/faults/held/${Math.random().toString(36).slice(2)}/doors-basic.json`}></cg-door-openers>`,
      );
      expect($(loading, 'progress'), 'a progress bar while loading').to.exist;
      await expect(loading).to.be.accessible();
      loading.remove();
    });

    it('labels its controls Market, Type and Search, and has one role=status', async () => {
      const el = await load();
      expect(labelOf(el, $(el, 'select#market'))).to.equal('Market');
      expect(labelOf(el, $(el, 'select#type'))).to.equal('Type');
      expect(labelOf(el, $(el, 'input[type="search"]'))).to.equal('Search');
      expect($$(el, '[role="status"]'), 'only one status').to.have.length(1);
      expect(status(el)).to.equal('8 organisations');
    });
  });

  describe('market selector', () => {
    it('lists every served market with its count, by localised name; an organisation without servesMarkets serves its own country', async () => {
      const el = await load();
      expect(options(el, 'market'), 'English names in English order').to.deep.equal([
        ['', 'All (8)'],
        ['BR', 'Brazil (1)'],
        ['DE', 'Germany (2)'],
        ['JP', 'Japan (4)'],
        ['KR', 'South Korea (1)'],
        ['SE', 'Sweden (1)'],
        ['US', 'United States (2)'],
      ]);
      expect(
        options(el, 'market').some(([code]) => code === 'DK'),
        'DK-based organisations that serve other markets do not make DK a market',
      ).to.equal(false);
      await choose(el, 'market', 'SE');
      expect(names(el), 'served by its own country (no servesMarkets)').to.deep.equal(['Invest Sweden Office']);
      await choose(el, 'market', 'JP');
      expect(names(el).sort()).to.deep.equal([
        'Danish Export Agency',
        'Innovation Centre Denmark Tokyo',
        'Korea Trade Gateway',
        'Osaka Chamber of Commerce',
      ]);
      expect(status(el)).to.equal('4 organisations');
    });

    it('sorts and names markets in Danish', async () => {
      const el = await load(html`<cg-door-openers lang="da" src=${SRC}></cg-door-openers>`);
      expect(options(el, 'market').map(([code]) => code)).to.deep.equal(['', 'BR', 'JP', 'SE', 'KR', 'DE', 'US']);
      expect(options(el, 'market')[6]![1]).to.equal('USA (2)');
      expect(labelOf(el, $(el, 'select#market'))).to.equal('Marked');
      expect(status(el)).to.equal('8 organisationer');
    });

    it('takes the market attribute (any letter case); an unknown value warns and is ignored', async () => {
      const el = await load(html`<cg-door-openers market="jp" src=${SRC}></cg-door-openers>`);
      expect($<HTMLSelectElement>(el, '#market').value).to.equal('JP');
      expect(status(el)).to.equal('4 organisations');
      const [bad, seen] = await warnings(() => load(html`<cg-door-openers market="Japan" src=${SRC}></cg-door-openers>`));
      expect(status(bad), 'all markets').to.equal('8 organisations');
      expect(
        seen.some((w) => w.includes('"Japan"')),
        'a console warning names the value',
      ).to.equal(true);
    });
  });

  describe('results', () => {
    it('groups organisations by type under localised headings, with city, country, services, description, links and a stale badge', async () => {
      const el = await load(html`<cg-door-openers market="JP" src=${SRC}></cg-door-openers>`);
      expect(headings(el), 'in the order of the types').to.deep.equal(['Trade promotion', 'Innovation offices', 'Chambers of commerce']);
      const first = $$(el, 'li')[0]!;
      expect(text(first.querySelector('h4'))).to.equal('Danish Export Agency');
      expect(text(first)).to.contain('København, Denmark').and.contain('Market entry, Trade missions').and.contain('Market entry projects');
      expect(first.querySelector('a[href="https://dk-export.example/about"]')?.textContent, 'website link shows the host').to.equal(
        'dk-export.example',
      );
      expect(first.querySelector('a[href="mailto:info@dk-export.example"]'), 'e-mail as mailto').to.exist;
      expect(first.querySelector('.badge'), 'verified recently: no badge').to.equal(null);
      const stale = $$(el, 'li').find((li) => text(li.querySelector('h4')) === 'Innovation Centre Denmark Tokyo')!;
      expect(text(stale.querySelector('.badge')), 'verified in January 2024').to.equal('Not verified since Jan 15, 2024');
      const danish = await load(html`<cg-door-openers lang="da" market="JP" src=${SRC}></cg-door-openers>`);
      expect(headings(danish)).to.deep.equal(['Eksportfremme', 'Innovationscentre', 'Handelskamre']);
      expect(names(danish)[0], 'content in Danish').to.equal('Dansk Eksportagentur');
    });

    it('searches name, description, city and services in every language, ignoring case and accents; every word must match', async () => {
      const el = await load();
      const search = async (query: string) => {
        const input = $<HTMLInputElement>(el, 'input[type="search"]');
        input.value = '';
        input.focus();
        await sendKeys({ type: query });
        await el.updateComplete;
        return names(el);
      };
      expect(await search('osaka'), 'city "Ōsaka" and name').to.deep.equal(['Osaka Chamber of Commerce']);
      expect(await search('HANDELSFREMSTOD'), 'a Danish service in the English view').to.deep.equal(['Danish Export Agency']);
      expect(await search('munchen'), 'name with ü').to.deep.equal(['Mobility Cluster München']);
      expect(await search('ponte brasileiro'), 'a Portuguese description').to.deep.equal(['São Paulo Business Network']);
      expect(await search('partnersuche'), 'a German service').to.deep.equal(['Korea Trade Gateway']);
      expect(await search('matchmaking'), 'a service').to.have.members(['Osaka Chamber of Commerce', 'Mobility Cluster München']);
      expect(await search('matchmaking kansai'), 'both words').to.deep.equal(['Osaka Chamber of Commerce']);
      expect(await search('seoul'), 'city').to.deep.equal(['Korea Trade Gateway']);
      expect(status(el)).to.equal('1 organisation');
      expect(await search('nothing-like-this')).to.deep.equal([]);
      expect(status(el)).to.equal('0 organisations');
    });

    it('filters by type, whose option values are the data codes', async () => {
      const el = await load();
      expect(options(el, 'type').map(([value]) => value)).to.deep.equal(['', ...ORGANISATION_TYPES]);
      await choose(el, 'type', 'trade-promotion-agency');
      expect(names(el)).to.have.members(['Danish Export Agency', 'Korea Trade Gateway']);
      expect(status(el)).to.equal('2 organisations');
      await choose(el, 'market', 'KR');
      expect(names(el)).to.deep.equal(['Korea Trade Gateway']);
    });

    it('names each type option after its own type, in English and German', async () => {
      const expected = {
        en: ['Trade promotion', 'Investment promotion', 'Innovation offices', 'Chambers of commerce', 'Embassies', 'Clusters', 'Other'],
        de: ['Außenhandel', 'Investitionsförderung', 'Innovationsbüros', 'Handelskammern', 'Botschaften', 'Cluster', 'Sonstige'],
      };
      for (const [lang, labels] of Object.entries(expected)) {
        const el = await load(html`<cg-door-openers lang=${lang} src=${SRC}></cg-door-openers>`);
        expect(options(el, 'type').slice(1), `${lang}: [value, text] of every type`).to.deep.equal(
          ORGANISATION_TYPES.map((type, i) => [type, labels[i]]),
        );
      }
    });
  });

  describe('empty market', () => {
    it('says so and suggests markets on the same continent first, as buttons that switch the market', async () => {
      const el = await load(html`<cg-door-openers market="NO" src=${SRC}></cg-door-openers>`);
      expect(status(el)).to.equal('0 organisations');
      expect($<HTMLSelectElement>(el, '#market').value, 'the selector shows the market').to.equal('NO');
      const empty = $(el, '[part="empty"]');
      expect(text(empty)).to.contain('No door-openers in Norway yet.');
      const buttons = [...empty.querySelectorAll('button')];
      expect(buttons.map(text), 'Germany and Sweden (Europe) first, then the busiest').to.deep.equal([
        'Germany (2)',
        'Sweden (1)',
        'Japan (4)',
        'United States (2)',
      ]);
      const changed = oneEvent(el, 'cg-filter-change');
      buttons[0]!.click();
      const event = await changed;
      expect(event.detail).to.deep.equal({ filters: { market: 'DE', type: '', query: '' }, resultCount: 2 });
      expect($<HTMLSelectElement>(el, '#market').value).to.equal('DE');
      expect($(el, '[part="empty"]'), 'no longer empty').to.equal(null);
      expect(names(el)).to.have.members(['Danish Export Agency', 'Mobility Cluster München']);
    });
  });

  describe('events', () => {
    it('fires cg-filter-change on the visitor’s changes only, with the result count', async () => {
      const el = await load();
      const events: CustomEvent[] = [];
      el.addEventListener('cg-filter-change', (e) => events.push(e));
      el.market = 'US';
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(events, 'not when code sets the market').to.have.length(0);
      await choose(el, 'market', 'JP');
      await choose(el, 'type', 'innovation-office');
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(events.map((e) => e.detail)).to.deep.equal([
        { filters: { market: 'JP', type: '', query: '' }, resultCount: 4 },
        { filters: { market: 'JP', type: 'innovation-office', query: '' }, resultCount: 1 },
      ]);
      expect(events[0]!.bubbles && events[0]!.composed, 'bubbles and is composed').to.equal(true);
    });

    it('fires cg-select when the visitor follows an organisation’s website or e-mail link', async () => {
      const el = await load(html`<cg-door-openers market="DE" src=${SRC}></cg-door-openers>`);
      // Keep the test page where it is.
      el.shadowRoot!.addEventListener('click', (e) => e.preventDefault());
      const link = $<HTMLAnchorElement>(el, 'a[href^="https://dk-export"]');
      const selected = oneEvent(el, 'cg-select');
      link.click();
      expect((await selected).detail).to.deep.equal({ kind: 'organisation', id: 'dk-export' });
      const mail = oneEvent(el, 'cg-select');
      $<HTMLAnchorElement>(el, 'a[href^="mailto:"]').click();
      expect((await mail).detail.id).to.equal('dk-export');
    });
  });

  describe('follow-quiz', () => {
    beforeEach(() => pageQuizzes().forget());

    const complete = (targetMarkets: string[]) =>
      document.dispatchEvent(
        new CustomEvent('cg-quiz-complete', {
          detail: { quizId: 'q', version: 1, overall: 50, band: 'Ready', dimensions: {}, targetMarkets },
          bubbles: true,
          composed: true,
        }),
      );

    it('takes the first quiz market, offers the others as quick buttons, and clears with the chip', async () => {
      const el = await load(html`<cg-door-openers follow-quiz src=${SRC}></cg-door-openers>`);
      complete(['US', 'KR', 'NO']);
      await el.updateComplete;
      expect($<HTMLSelectElement>(el, '#market').value).to.equal('US');
      expect(status(el)).to.equal('2 organisations');
      expect(text($(el, '.quiz-chip'))).to.contain('From your quiz: United States, South Korea, and Norway');
      const quick = [...$(el, '.quiz-chip').parentElement!.querySelectorAll(':scope > button')];
      expect(quick.map(text), 'the other quiz markets').to.deep.equal(['South Korea (1)', 'Norway (0)']);
      await expect(el).to.be.accessible();
      (quick[0] as HTMLButtonElement).click();
      await el.updateComplete;
      expect($<HTMLSelectElement>(el, '#market').value).to.equal('KR');
      expect(names(el)).to.deep.equal(['Korea Trade Gateway']);
      const cleared = oneEvent(el, 'cg-filter-change');
      $<HTMLButtonElement>(el, '.chip-remove').click();
      expect((await cleared).detail.resultCount, 'all markets again').to.equal(8);
      expect($(el, '.quiz-chip'), 'chip gone').to.equal(null);
      expect($<HTMLSelectElement>(el, '#market').value).to.equal('');
    });

    it('ignores the quiz without the attribute', async () => {
      const el = await load();
      complete(['US']);
      await el.updateComplete;
      expect(status(el)).to.equal('8 organisations');
      expect($(el, '.quiz-chip')).to.equal(null);
    });
  });
});
