import { expect } from '@open-wc/testing';
import type { Organisation } from '../../../src/data/schema.js';
import { continent, haystack, marketCounts, matches, nearest, serves } from '../../../src/widgets/door-openers/door-openers.logic.js';
import { isStale } from '../../../src/data/dates.js';

const org = (id: string, country: string, servesMarkets?: string[], extra: Partial<Organisation> = {}): Organisation => ({
  id,
  name: id,
  type: 'other',
  country,
  ...(servesMarkets ? { servesMarkets } : {}),
  ...extra,
});

describe('door-openers logic', () => {
  it('an organisation serves its servesMarkets, else its own country', () => {
    expect(serves(org('a', 'DK', ['JP', 'US']))).to.deep.equal(['JP', 'US']);
    expect(serves(org('b', 'JP'))).to.deep.equal(['JP']);
    expect(serves(org('c', 'SE', [])), 'an empty list counts as none').to.deep.equal(['SE']);
  });

  it('counts organisations per market, once each', () => {
    const counts = marketCounts([org('a', 'DK', ['JP', 'US', 'JP']), org('b', 'JP'), org('c', 'SE')]);
    expect(Object.fromEntries(counts)).to.deep.equal({ JP: 2, US: 1, SE: 1 });
  });

  it('matches every word in name, description, city and services, in every language, ignoring case and accents', () => {
    const hay = haystack(
      org('x', 'DK', undefined, {
        name: { en: 'Export Office', da: 'Eksportkontor' },
        description: 'Trade missions',
        city: 'København',
        services: [{ en: 'Partner search', de: 'Partnersuche' }],
      }),
    );
    expect(matches(hay, 'EKSPORTKONTOR'), 'a Danish name').to.equal(true);
    expect(matches(hay, 'kobenhavn partnersuche'), 'city and a German service').to.equal(true);
    expect(matches(hay, 'kobenhavn tokyo'), 'every word must match').to.equal(false);
    expect(matches(hay, '  '), 'blank matches').to.equal(true);
  });

  it('knows the continent of common markets', () => {
    expect([continent('NO'), continent('JP'), continent('US'), continent('BR'), continent('ZA'), continent('AU')]).to.deep.equal([
      'E',
      'A',
      'N',
      'S',
      'F',
      'O',
    ]);
    expect(continent('XK'), 'unknown').to.equal(undefined);
  });

  it('suggests markets on the same continent first, then the busiest', () => {
    const counts = new Map([
      ['JP', 5],
      ['DE', 2],
      ['US', 3],
      ['SE', 1],
      ['CN', 4],
    ]);
    expect(nearest('NO', counts), 'Europe first').to.deep.equal(['DE', 'SE', 'JP', 'CN']);
    expect(nearest('KR', counts, 2), 'Asia first').to.deep.equal(['JP', 'CN']);
    expect(nearest('XK', counts), 'unknown continent: the busiest').to.deep.equal(['JP', 'CN', 'US', 'DE']);
  });

  it('a record is stale when last verified more than 18 months ago', () => {
    const now = new Date(2026, 10, 29);
    expect(isStale('2025-05-28', now)).to.equal(true);
    expect(isStale('2025-05-30', now)).to.equal(false);
    expect(isStale(undefined, now), 'no date: no badge').to.equal(false);
  });
});
