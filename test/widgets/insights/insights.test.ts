import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.js';
import { $$, text, warnings } from '../../helpers/dom.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/widgets/insights/define.js';
import type { CgInsights } from '../../../src/widgets/insights/insights.js';

const SRC = '/test/fixtures/insights-basic.json';
const tables = (el: Element) => [...el.shadowRoot!.querySelectorAll('table')];
const table = (el: Element, caption: string) => tables(el).find((t) => text(t.caption) === caption)!;
/** The rows of a chart as a screen reader reads its table: [row header, cell]. */
const rows = (t: HTMLElement) =>
  [...t.querySelectorAll('tbody tr')].map((tr) => [text(tr.querySelector('th')), text(tr.querySelector('td'))]);

async function load(template = html`<cg-insights src=${SRC}></cg-insights>`) {
  const el = await fixture<CgInsights>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('table, [role="alert"]'), 'the widget shows charts or an error');
  await el.updateComplete;
  return el;
}

describe('cg-insights', () => {
  describe('accessibility', () => {
    it('is accessible when loaded, with one facet, in dark theme, in Danish, in error and while loading', async () => {
      const el = await load();
      await expect(el).to.be.accessible();
      await expect(await load(html`<cg-insights facet="targetCountries" src=${SRC}></cg-insights>`)).to.be.accessible();
      await expect(await load(html`<cg-insights theme="dark" src=${SRC}></cg-insights>`)).to.be.accessible();
      await expect(await load(html`<cg-insights lang="da" src=${SRC}></cg-insights>`)).to.be.accessible();
      const failing = await load(html`<cg-insights src="/faults/status/404"></cg-insights>`);
      expect(failing.shadowRoot!.querySelector('[role="alert"]'), 'an error panel').to.exist;
      await expect(failing).to.be.accessible();
      const loading = await fixture<CgInsights>(
        html`<cg-insights src=${`/faults/held/${Math.random().toString(36).slice(2)}/insights-basic.json`}></cg-insights>`,
      );
      expect(loading.shadowRoot!.querySelector('progress'), 'a progress bar while loading').to.exist;
      await expect(loading).to.be.accessible();
    });

    it('is accessible when no cluster names a value, and says so', async () => {
      const el = await fixture<CgInsights>(html`<cg-insights src="/test/fixtures/insights-empty-facets.json"></cg-insights>`);
      await waitUntil(() => el.shadowRoot!.querySelector('h3'), 'loaded');
      expect(tables(el), 'no empty tables').to.have.length(0);
      expect($$(el, 'section').map(text)[0]).to.equal('Collaboration interests No data yet.');
      await expect(el).to.be.accessible();
    });
  });

  describe('charts', () => {
    it('charts the four facets as tables with captions, counts and percentages of clusters', async () => {
      const el = await load();
      expect(tables(el).map((t) => text(t.caption))).to.deep.equal([
        'Collaboration interests',
        'Target countries',
        'Key services',
        'Sectors',
      ]);
      expect(text(el.shadowRoot!.querySelector('.meta'))).to.equal('Across 5 clusters');
      const interests = table(el, 'Collaboration interests');
      expect([...interests.querySelectorAll('thead th')].map(text), 'column headers').to.deep.equal([
        'Collaboration interests',
        'Clusters',
      ]);
      expect(rows(interests), 'tags grouped ignoring case and accents, counted once per cluster, ties by name').to.deep.equal([
        ['Internationalisation', '3 (60%)'],
        ['Innovation', '2 (40%)'],
        ['Digitalisation', '1 (20%)'],
        ['Sustainability', '1 (20%)'],
      ]);
      expect(rows(table(el, 'Target countries')), 'localised country names; Canada before United States on a tie').to.deep.equal([
        ['Japan', '3 (60%)'],
        ['Canada', '2 (40%)'],
        ['United States', '2 (40%)'],
      ]);
      expect(rows(table(el, 'Key services'))).to.deep.equal([
        ['Matchmaking', '3 (60%)'],
        ['Market intelligence', '1 (20%)'],
        ['Trade missions', '1 (20%)'],
      ]);
    });

    it('draws SVG bars proportional to the counts, hidden from assistive technology', async () => {
      const el = await load(html`<cg-insights facet="collaborationInterests" src=${SRC}></cg-insights>`);
      const svgs = $$(el, 'tbody svg');
      expect(svgs, 'one bar per row').to.have.length(4);
      expect(svgs.every((svg) => svg.getAttribute('aria-hidden') === 'true')).to.equal(true);
      const lengths = svgs.map((svg) => Number(svg.querySelectorAll('rect')[1]!.getAttribute('width')));
      expect(lengths.map((n) => Math.round(n))).to.deep.equal([100, 67, 33, 33]);
      const widths = svgs.map((svg) => svg.getBoundingClientRect().width);
      expect(new Set(widths).size, 'every bar track is equally wide').to.equal(1);
    });

    it('shows the ten most frequent values and summarises the rest', async () => {
      const el = await load(html`<cg-insights facet="sectors" src=${SRC}></cg-insights>`);
      const sectors = rows(table(el, 'Sectors'));
      expect(sectors, 'ten rows').to.have.length(10);
      expect(sectors[0]).to.deep.equal(['Food', '2 (40%)']);
      expect(sectors.map(([name]) => name))
        .to.include('Energy')
        .and.not.include('Tourism');
      expect(text(table(el, 'Sectors').parentElement!.querySelector('p')), 'Mobility, Textiles, Tourism left out').to.equal('and 3 more');
    });

    it('speaks Danish: titles, content text, country names and percentages', async () => {
      const el = await load(html`<cg-insights lang="da" src=${SRC}></cg-insights>`);
      expect(tables(el).map((t) => text(t.caption))).to.deep.equal(['Samarbejdsinteresser', 'Målmarkeder', 'Nøgleydelser', 'Sektorer']);
      expect(rows(table(el, 'Samarbejdsinteresser'))[2], 'ties sorted by the Danish name').to.deep.equal(['Bæredygtighed', '1 (20 %)']);
      expect(rows(table(el, 'Målmarkeder')).map(([name]) => name)).to.deep.equal(['Japan', 'Canada', 'USA']);
    });

    it('shows one chart with the facet attribute; an unknown facet warns and shows all', async () => {
      const el = await load(html`<cg-insights facet="targetCountries" src=${SRC}></cg-insights>`);
      expect(tables(el).map((t) => text(t.caption))).to.deep.equal(['Target countries']);
      el.facet = 'keyServices';
      await el.updateComplete;
      expect(tables(el).map((t) => text(t.caption))).to.deep.equal(['Key services']);
      const [bad, seen] = await warnings(() => load(html`<cg-insights facet="members" src=${SRC}></cg-insights>`));
      expect(tables(bad), 'all four').to.have.length(4);
      expect(seen.some((w) => w.includes('"members"'))).to.equal(true);
    });

    it('keeps labels readable at 320 px wide', async () => {
      const el = await load(html`<cg-insights src=${SRC}></cg-insights>`);
      el.style.width = '320px';
      await el.updateComplete;
      const base = el.shadowRoot!.querySelector<HTMLElement>('.base')!;
      expect(base.scrollWidth, 'nothing sticks out sideways').to.be.at.most(base.clientWidth);
      const buttons = $$(el, 'tbody button');
      expect(buttons.length, 'labels to check').to.be.above(0);
      for (const button of buttons) {
        const range = document.createRange();
        range.selectNodeContents(button);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        const words = text(button).split(' ').length;
        expect(lines, `"${text(button)}" is not broken inside a word`).to.be.at.most(words);
      }
      const svgs = $$(el, 'tbody svg');
      expect(svgs.length, 'bars to check').to.be.above(0);
      for (const svg of svgs) expect(svg.getBoundingClientRect().width, 'bars keep some length').to.be.at.least(30);
    });
  });

  describe('cg-select', () => {
    it('fires with the facet and value when a bar’s label is clicked', async () => {
      const el = await load();
      const button = [...table(el, 'Target countries').querySelectorAll('button')].find((b) => text(b) === 'Japan')!;
      const selected = oneEvent(el, 'cg-select');
      button.click();
      const event = await selected;
      expect(event.detail).to.deep.equal({ kind: 'facet', id: 'JP', facet: 'targetCountries', value: 'JP' });
      expect(event.bubbles && event.composed, 'bubbles and is composed').to.equal(true);
    });

    it('fires when the bar itself is clicked', async () => {
      const el = await load(html`<cg-insights facet="keyServices" src=${SRC}></cg-insights>`);
      const svg = $$(el, 'tbody svg')[0]!;
      const box = svg.getBoundingClientRect();
      const selected = oneEvent(el, 'cg-select');
      await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 4), Math.round(box.top + box.height / 2)] });
      expect((await selected).detail).to.deep.equal({ kind: 'facet', id: 'matchmaking', facet: 'keyServices', value: 'matchmaking' });
    });

    it('fires from the keyboard with Enter and Space; a tag’s value is its key', async () => {
      const el = await load(html`<cg-insights facet="collaborationInterests" src=${SRC}></cg-insights>`);
      const buttons = $$(el, 'tbody button');
      buttons[0]!.focus();
      let selected = oneEvent(el, 'cg-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail).to.deep.equal({
        kind: 'facet',
        id: 'internationalisation',
        facet: 'collaborationInterests',
        value: 'internationalisation',
      });
      selected = oneEvent(el, 'cg-select');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      expect((await selected).detail.value, 'Tab moved to the next value').to.equal('innovation');
    });
  });
});
