// Facets with thousands of distinct values: 20,000 records whose tags are all different. Each select shows a
// bounded number of options (the most common, plus the selected one) and says how to reach the rest; typing
// in the search brings any value into its select. Timings are logged, not asserted: the machine may be loaded.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { $$, text } from '../helpers/dom.js';
import type { TemplateResult } from 'lit';
import { generateDocument, generateFundingDocument, FUNDING_EPOCH } from '../helpers/generate.js';
import '../../src/widgets/partner-finder/define.js';
import '../../src/widgets/funding-list/define.js';
import '../../src/widgets/insights/define.js';
import type { GatewayDocument } from '../../src/data/schema.js';
import { MAX_OPTIONS } from '../../src/shared/facets.js';

const N = 20_000;
type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const select = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLSelectElement>(`select#${id}`)!;

/** Every record gets its own tags: `Sector 17`, `Interest 17`, `Service 17`. */
function unique(): GatewayDocument {
  const doc = generateDocument(N, 5);
  (doc.clusters as object[]).forEach((c, i) =>
    Object.assign(c, { sectors: [`Sector ${i}`], collaborationInterests: [`Interest ${i}`], keyServices: [`Service ${i}`] }),
  );
  return doc;
}

/** Mounts `template`, waits for its results, and gives the longest task seen meanwhile (logged). */
async function mount(template: TemplateResult, what: string) {
  let longest = 0;
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => (longest = Math.max(longest, e.duration))));
  observer.observe({ type: 'longtask' });
  const el = await fixture<Widget>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('[role="status"], .meta, [role="alert"]'), `${what} shows its results`, {
    timeout: 60_000,
  });
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  console.log(`${what}: longest task ${Math.round(longest)} ms`);
  return el;
}

async function search(el: Widget, query: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

/** Chooses the option whose text has `label` (or "All" for ''), as a mouse user would. */
async function choose(el: Widget, id: string, label: string) {
  const s = select(el, id);
  s.value = label && [...s.options].find((o) => text(o).includes(label))!.value;
  s.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** A select's options that are values of the facet, as their text (without the isolate marks around the value). */
const values = (el: Element, id: string) =>
  [...select(el, id).options].filter((o) => o.value && !o.disabled).map((o) => text(o).replace(/[\u2068\u2069\u200e]/g, ''));

describe('facets with thousands of distinct values', function () {
  this.timeout(120_000);

  it('the partner finder lists the most common values, keeps the selected one, and finds the rest by search', async () => {
    const el = await mount(
      html`<cg-partner-finder .data=${unique()} sector="Sector 19999"></cg-partner-finder>`,
      'finder, 20,000 distinct tags',
    );
    const options = $$(el, 'option').length;
    expect(options, 'options rendered in all the selects together').to.be.below(8 * (MAX_OPTIONS + 3));
    for (const id of ['sector', 'interest', 'service']) {
      expect(values(el, id).length, `${id}: options shown`).to.be.at.most(MAX_OPTIONS + 1);
      expect(text(select(el, id)), `${id}: says how to find the others`).to.match(/more: use the search/);
    }
    expect(values(el, 'sector'), 'the selected value outside the most common is listed').to.include('Sector 19999 (1)');
    expect(text(select(el, 'sector').selectedOptions[0]!), 'and stays selected').to.include('Sector 19999');
    expect(text($$(el, '[role="status"]')[0]!), 'one cluster has it').to.equal('1 cluster');

    await choose(el, 'sector', '');
    await search(el, 'interest 12345');
    expect(values(el, 'interest'), 'typing brings a rare value into its select').to.deep.equal(['Interest 12345 (1)']);
    await choose(el, 'interest', 'Interest 12345');
    await search(el, '');
    expect(values(el, 'interest'), 'once chosen it stays listed with the search emptied').to.include('Interest 12345 (1)');
    expect($$(el, '.card').length, 'and finds its one cluster').to.equal(1);
  });

  it('the funding list lists the most common sectors, keeps the selected one, and finds the rest by search', async () => {
    const doc = generateFundingDocument(N, 5);
    (doc.funding as { sectors?: string[] }[]).forEach((f, i) => (f.sectors = [`Sector ${i}`]));
    const now = () => Date.parse(FUNDING_EPOCH);
    const el = await mount(
      html`<cg-funding-list .data=${doc} .now=${now} show-closed></cg-funding-list>`,
      'funding list, 20,000 distinct sectors',
    );
    expect(values(el, 'sector').length, 'sector options shown').to.be.at.most(MAX_OPTIONS + 1);
    expect(text(select(el, 'sector')), 'says how to find the others').to.match(/more: use the search/);
    await search(el, 'sector 12345');
    expect(values(el, 'sector'), 'typing brings a rare sector into its select').to.deep.equal(['Sector 12345 (1)']);
    await choose(el, 'sector', 'Sector 12345');
    expect(select(el, 'sector').value, 'chosen').to.equal('Sector 12345');
    await search(el, '');
    expect(select(el, 'sector').value, 'the chosen sector stays in its select after the search is emptied').to.equal('Sector 12345');
    expect($$(el, '.card').length, 'its one item').to.equal(1);
  });

  it('insights draws the ten most common values of 20,000', async () => {
    const el = await mount(html`<cg-insights .data=${unique()} facet="sectors"></cg-insights>`, 'insights, 20,000 distinct sectors');
    expect($$(el, 'tbody tr').length, 'ten bars').to.equal(10);
    expect(text($$(el, 'section p.meta')[0]!), 'the rest counted').to.match(/19,990/);
  });
});
