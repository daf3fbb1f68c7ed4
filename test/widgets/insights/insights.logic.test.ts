import { expect } from '@open-wc/testing';
import { bars, tally } from '../../../src/widgets/insights/insights.logic.js';

const compare = new Intl.Collator('en').compare;
const label = (key: string) => key;

describe('insights logic', () => {
  it('tallies in how many lists each key appears, once per list', () => {
    expect(Object.fromEntries(tally([['a', 'b', 'a'], ['a'], [], ['c']]))).to.deep.equal({ a: 2, b: 1, c: 1 });
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
