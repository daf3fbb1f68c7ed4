import { expect } from '@open-wc/testing';
import type { Cluster } from '../../../src/data/schema.js';
import { bars, FACETS, tallyOf } from '../../../src/widgets/insights/insights.logic.js';

const compare = new Intl.Collator('en').compare;
const label = (key: string) => key;

describe('insights logic', () => {
  it('counts in how many clusters each tag or country appears, once per cluster, tags by their folded English form', () => {
    const energy = { en: 'Energy', da: 'Energi' };
    const clusters = [
      { id: 'a', name: 'A', country: 'DK', sectors: ['energy', 'Food', 'ENERGY'], targetCountries: ['JP', 'JP'] },
      { id: 'b', name: 'B', country: 'DE', sectors: [energy], targetCountries: ['JP', 'US'] },
      { id: 'c', name: 'C', country: 'FR', sectors: [' Énergy '] },
    ] as Cluster[];
    const tallies = tallyOf(clusters);
    const of = (facet: (typeof FACETS)[number]) => tallies[FACETS.indexOf(facet)]!;
    expect(Object.fromEntries(of('sectors').counts)).to.deep.equal({ energy: 3, food: 1 });
    expect(of('sectors').tags.get('energy'), 'a translated form is shown wherever it appears').to.deep.equal(energy);
    expect(of('sectors').tags.get('food'), 'else the first spelling').to.equal('Food');
    expect(Object.fromEntries(of('targetCountries').counts)).to.deep.equal({ JP: 2, US: 1 });
    expect(of('keyServices').counts.size, 'no values, no counts').to.equal(0);
    expect(tallyOf(clusters), 'counted once per records array').to.equal(tallies);
  });

  it('orders bars by count, ties by label, with shares of the total and lengths relative to the longest', () => {
    const counts = new Map([
      ['sustainability', 1],
      ['internationalisation', 4],
      ['digitalisation', 1],
      ['innovation', 2],
    ]);
    const { bars: result, rest } = bars(counts, label, 8, compare);
    expect(
      result.map((b) => b.key),
      'count first, then name',
    ).to.deep.equal(['internationalisation', 'innovation', 'digitalisation', 'sustainability']);
    expect(
      result.map((b) => b.share),
      'share of the 8 clusters',
    ).to.deep.equal([0.5, 0.25, 0.125, 0.125]);
    expect(
      result.map((b) => b.length),
      'percent of the longest bar',
    ).to.deep.equal([100, 50, 25, 25]);
    expect(rest, 'nothing left out').to.equal(0);
  });

  it('breaks ties by the localised label, not the key', () => {
    const names: Record<string, string> = { US: 'USA', CA: 'Canada', DE: 'Tyskland' };
    const counts = new Map([
      ['US', 2],
      ['DE', 2],
      ['CA', 2],
    ]);
    const { bars: result } = bars(counts, (key) => names[key]!, 3, new Intl.Collator('da').compare);
    expect(result.map((b) => b.label)).to.deep.equal(['Canada', 'Tyskland', 'USA']);
    expect(
      result.every((b) => b.length === 100),
      'equal counts, equal bars',
    ).to.equal(true);
  });

  it('keeps the top N and says how many values were left out', () => {
    const counts = new Map(['a', 'b', 'c', 'd', 'e'].map((k, i) => [k, 5 - i]));
    const { bars: result, rest } = bars(counts, label, 10, compare, 3);
    expect(result.map((b) => b.key)).to.deep.equal(['a', 'b', 'c']);
    expect(rest).to.equal(2);
    expect(result.map((b) => b.length)).to.deep.equal([100, 80, 60]);
  });

  it('handles no values and no clusters', () => {
    expect(bars(new Map(), label, 0, compare)).to.deep.equal({ bars: [], rest: 0 });
    expect(bars(new Map([['a', 1]]), label, 0, compare).bars[0]!.share, 'no division by zero').to.equal(0);
  });
});
