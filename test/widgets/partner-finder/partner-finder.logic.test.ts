import { expect } from '@open-wc/testing';
import type { Cluster } from '../../../src/data/schema.js';
import { isStale } from '../../../src/data/dates.js';
import { generateClusters } from '../../helpers/generate.js';
import { fit, fitOrder, indexOf, optionId, orderBy, search } from '../../../src/widgets/partner-finder/partner-finder.logic.js';

// Records as the data layer hands them over (validated: country codes upper case).
const records: Cluster[] = [
  {
    id: 'oresund',
    name: { en: 'Øresund Food Cluster', da: 'Øresund Fødevareklynge' },
    acronym: 'ØFC',
    country: 'DK',
    city: 'København',
    description: { en: 'Food innovation across the strait.' },
    sectors: ['Food', 'Agrifood'],
    collaborationInterests: ['Internationalisation', 'Innovation'],
    targetCountries: ['JP', 'US'],
    keyServices: ['Matchmaking', 'Trade missions'],
    label: 'gold',
  },
  {
    id: 'munich',
    name: 'Mobility Cluster München',
    country: 'DE',
    region: { en: 'Bavaria', de: 'Bayern' },
    sectors: ['Mobility', 'Energy'],
    collaborationInterests: ['Digitalisation', 'Innovation'],
    targetCountries: ['DK', 'KR'],
    keyServices: ['Market intelligence', 'Trade missions'],
    label: 'silver',
  },
  {
    id: 'lisbon',
    name: 'Lisbon Maritime Hub',
    country: 'PT',
    sectors: ['Maritime', { en: 'Energy', pt: 'Energia' }],
    targetCountries: ['DK', 'BR'],
    keyServices: ['Test facilities'],
  },
  {
    id: 'aarhus',
    name: 'Energy Cluster Aarhus',
    country: 'DK',
    sectors: ['énergy', 'Energy'],
    collaborationInterests: ['Innovation'],
    targetCountries: ['DE', 'JP'],
    keyServices: ['Matchmaking'],
    label: 'gold',
  },
  { id: 'bare', name: 'Bare Cluster', country: 'ES' },
];

const none = [[], [], [], [], [], []];
const ids = (hits: number[]) => hits.map((i) => records[i]!.id);
const all = (query: string, selected: number[][] = none) => ids(search(indexOf(records), query, selected, records.keys()).hits);
const option = (at: number, key: string) => optionId(indexOf(records), at, key);

describe('partner-finder logic', () => {
  describe('the index', () => {
    it('is built once per records array', () => {
      expect(indexOf(records), 'the same index for the same array').to.equal(indexOf(records));
      expect(indexOf([...records]), 'a new array gets a new index').not.to.equal(indexOf(records));
    });

    it('interns facet values: country codes, folded tag keys, labels; the translated form of a tag wins', () => {
      const index = indexOf(records);
      expect(
        index.options[0]!.map((o) => o.key),
        'countries in order of appearance',
      ).to.deep.equal(['DK', 'DE', 'PT', 'ES']);
      expect(
        index.options[2]!.map((o) => o.key),
        'sectors by folded key',
      ).to.deep.equal(['food', 'agrifood', 'mobility', 'energy', 'maritime']);
      expect(index.options[2]![3]!.text, '"Energy" shows its translated form').to.deep.equal({ en: 'Energy', pt: 'Energia' });
      expect(index.options[5]!.map((o) => o.key)).to.deep.equal(['gold', 'silver']);
      expect(index.keys[2]![3], '"énergy" and "Energy" are one sector, counted once').to.deep.equal([3]);
    });

    it('finds options by code or tag, ignoring case and accents', () => {
      expect(option(0, 'dk'), 'lower-case country code').to.equal(0);
      expect(option(2, 'ENERGY')).to.equal(3);
      expect(option(2, 'Énergy')).to.equal(3);
      expect(option(2, 'Space'), 'unknown').to.equal(-1);
      expect(option(5, 'platinum'), 'unknown label').to.equal(-1);
    });
  });

  describe('search', () => {
    it('matches case- and accent-insensitively in every language of a record', () => {
      expect(all('oresund'), '"oresund" finds "Øresund"').to.deep.equal(['oresund']);
      expect(all('MUNCHEN'), '"MUNCHEN" finds "München"').to.deep.equal(['munich']);
      expect(all('fødevareklynge'), 'the Danish name').to.deep.equal(['oresund']);
      expect(all('fodevare'), 'without the ø').to.deep.equal(['oresund']);
      expect(all('bayern'), 'the German region').to.deep.equal(['munich']);
      expect(all('energia'), 'a tag in Portuguese').to.deep.equal(['lisbon']);
      expect(all('kobenhavn'), 'the city').to.deep.equal(['oresund']);
      expect(all('øfc'), 'the acronym').to.deep.equal(['oresund']);
      expect(all('strait'), 'the description').to.deep.equal(['oresund']);
      expect(all('test facil'), 'services, as substrings').to.deep.equal(['lisbon']);
    });

    it('needs every word, each in some field, in any order', () => {
      expect(all('cluster energy'), 'both words (Aarhus has both in its name, so it comes first)').to.deep.equal(['aarhus', 'munich']);
      expect(all('  Energy   CLUSTER '), 'order, case and spaces do not matter').to.deep.equal(['aarhus', 'munich']);
      expect(all('cluster energy lisbon'), 'a third word narrows').to.deep.equal([]);
      expect(all('hubmaritime'), 'a word does not span two fields').to.deep.equal([]);
      expect(all(''), 'an empty query matches all').to.have.length(records.length);
    });

    it('puts records that match in their name first (relevance), keeping the given order otherwise', () => {
      expect(all('energy'), 'Aarhus has "Energy" in its name').to.deep.equal(['aarhus', 'munich', 'lisbon']);
      const reversed = search(indexOf(records), '', none, [4, 3, 2, 1, 0]).hits;
      expect(ids(reversed), 'without a query: the order given').to.deep.equal(['bare', 'aarhus', 'lisbon', 'munich', 'oresund']);
    });

    it('measures the name in folded text, where "ß" becomes "ss"', () => {
      const two: Cluster[] = [
        { id: 'described', name: 'Nordic Hub', country: 'DK', description: 'Xylo sensors' },
        { id: 'named', name: 'Großßßßßßß Xylo', country: 'DE' },
      ];
      const index = indexOf(two);
      expect(search(index, 'xylo', none, [0, 1]).hits, 'the name match first').to.deep.equal([1, 0]);
    });

    it('filters by each facet, any of the selected options', () => {
      const by = (at: number, ...keys: string[]) =>
        all(
          '',
          none.map((_, i) => (i === at ? keys.map((k) => option(at, k)) : [])),
        );
      expect(by(0, 'DK'), 'country').to.deep.equal(['oresund', 'aarhus']);
      expect(by(1, 'DK'), 'target market').to.deep.equal(['munich', 'lisbon']);
      expect(by(1, 'KR', 'BR'), 'any of several target markets (the quiz)').to.deep.equal(['munich', 'lisbon']);
      expect(by(2, 'energy'), 'sector').to.deep.equal(['munich', 'lisbon', 'aarhus']);
      expect(by(3, 'innovation'), 'collaboration interest').to.deep.equal(['oresund', 'munich', 'aarhus']);
      expect(by(4, 'trade missions'), 'key service').to.deep.equal(['oresund', 'munich']);
      expect(by(5, 'gold'), 'label').to.deep.equal(['oresund', 'aarhus']);
      expect(by(1, 'ZZ'), 'an option that no record has').to.deep.equal([]);
    });

    it('counts each facet option under the query and the other facets, not its own', () => {
      const index = indexOf(records);
      const count = (out: ReturnType<typeof search>, at: number, key: string) => out.counts[at]![optionId(index, at, key)];
      const plain = search(index, '', none, records.keys());
      expect(count(plain, 0, 'DK'), 'DK clusters').to.equal(2);
      expect(count(plain, 2, 'energy'), 'Energy clusters').to.equal(3);
      expect(count(plain, 1, 'JP'), 'clusters targeting Japan').to.equal(2);
      const energy = search(index, '', [[], [], [option(2, 'energy')], [], [], []], records.keys());
      expect(energy.hits, 'three results').to.have.length(3);
      expect(count(energy, 0, 'DK'), 'Denmark under the sector filter').to.equal(1);
      expect(count(energy, 0, 'ES'), 'Spain under the sector filter').to.equal(0);
      expect(count(energy, 2, 'food'), 'its own facet ignores its selection').to.equal(1);
      expect(count(energy, 2, 'energy')).to.equal(3);
      const query = search(index, 'cluster', [[option(0, 'DK')], [], [option(2, 'energy')], [], [], []], records.keys());
      expect(ids(query.hits), 'query + two facets').to.deep.equal(['aarhus']);
      expect(count(query, 0, 'DE'), 'Germany: cluster + energy, country free').to.equal(1);
      expect(count(query, 2, 'food'), 'Food: cluster + DK, sector free').to.equal(1);
      expect(count(query, 5, 'gold'), 'gold: all three filters').to.equal(1);
    });

    it('gives the same outcome from a previous one as from scratch, while typing on, deleting and filtering', () => {
      const generated = generateClusters(2_000, 11) as Cluster[]; // valid, so as validation hands them over
      const index = indexOf(generated);
      const country = optionId(index, 0, generated[0]!.country);
      const sector = optionId(index, 2, String(generated[0]!.sectors![0]));
      const pick = (at: number, id: number) => none.map((_, i) => (i === at ? [id] : []));
      // Each step: a query and filters, as a visitor changes them one at a time.
      const steps: [string, number[][]][] = [
        ...[...'cluster energy koln'].map((_, i, all): [string, number[][]] => [all.slice(0, i + 1).join(''), none]),
        ['cluster energy kol', none], // deleted a letter: wider, read from scratch
        ['cluster energy', pick(0, country)],
        ['energy cluster', pick(0, country)], // the same words in another order
        ['energy cluster', pick(2, sector)],
        ['energ', pick(2, sector)],
        ['energ  innov', pick(2, sector)],
        ['', none],
        ['s', none],
        ['sa', none],
        ['san', none],
      ];
      let previous: ReturnType<typeof search> | undefined;
      let narrowed = 0;
      for (const [query, selected] of steps) {
        const fresh = search(index, query, selected, generated.keys(), 5);
        const next = search(index, query, selected, generated.keys(), 5, previous);
        expect(next.hits, `hits for "${query}"`).to.deep.equal(fresh.hits);
        expect(next.counts, `counts for "${query}"`).to.deep.equal(fresh.counts);
        expect(next.matched, `matched for "${query}"`).to.deep.equal(fresh.matched);
        if (previous && next.matched.length < previous.matched.length) narrowed++;
        previous = next;
      }
      expect(narrowed, 'the sequence does narrow').to.be.greaterThan(7);
      // The previous outcome is what is read: one whose matches were emptied gives nothing when the words refine.
      const before = search(index, 'cluster', none, generated.keys(), 5);
      const emptied = { ...before, matched: [] };
      expect(
        search(index, 'cluster en', none, generated.keys(), 5, emptied).hits,
        'typing on reads only the previous matches',
      ).to.deep.equal([]);
      expect(search(index, 'clu', none, generated.keys(), 5, emptied).hits, 'a shorter word reads everything again').to.deep.equal(
        search(index, 'clu', none, generated.keys(), 5).hits,
      );
      expect(search(index, 'cluster energy', none, generated.keys()).hits, 'the typing has hits along the way').not.to.be.empty;
    });

    it('leaves out the skipped record (the host itself)', () => {
      expect(ids(search(indexOf(records), '', none, records.keys(), 3).hits)).not.to.include('aarhus');
    });
  });

  describe('fit', () => {
    const index = indexOf(records);
    const home = 3; // Energy Cluster Aarhus, DK: energy, innovation, targets DE and JP, offers matchmaking

    it('scores complementary geography, shared sectors and interests, and services we lack', () => {
      expect(fit(index, home, 1), 'Munich').to.deep.equal({
        score: 3 + 3 + 2 + 1 + 2,
        reasons: [
          ['them', 'DK'],
          ['us', 'DE'],
          // a tag shows in its translated form wherever it appears
          ['both', [{ en: 'Energy', pt: 'Energia' }, 'Innovation']],
          ['offers', ['Market intelligence', 'Trade missions']],
        ],
      });
      expect(fit(index, home, 2), 'Lisbon targets Denmark, shares Energy, offers test facilities').to.deep.equal({
        score: 3 + 2 + 1,
        reasons: [
          ['them', 'DK'],
          ['both', [{ en: 'Energy', pt: 'Energia' }]],
          ['offers', ['Test facilities']],
        ],
      });
      expect(fit(index, home, 0), 'Øresund: same country, shares Innovation, offers trade missions').to.deep.equal({
        score: 1 + 1,
        reasons: [
          ['both', ['Innovation']],
          ['offers', ['Trade missions']],
        ],
      });
      expect(fit(index, home, 4), 'nothing in common').to.deep.equal({ score: 0, reasons: [] });
    });

    it('orders by fit, best first, ties in data order', () => {
      expect(ids(fitOrder(index, home)), 'scores 11, 6, 3 (the host itself), 2, 0').to.deep.equal([
        'munich',
        'lisbon',
        'aarhus',
        'oresund',
        'bare',
      ]);
      expect(ids(orderBy(index, (a, b) => records[a]!.country.localeCompare(records[b]!.country))), 'a stable sort').to.deep.equal([
        'munich',
        'oresund',
        'aarhus',
        'bare',
        'lisbon',
      ]);
    });
  });

  it('calls a record stale after 18 months', () => {
    const now = new Date(2026, 10, 29);
    expect(isStale('2025-06-01', now), '18 months minus a few days').to.equal(false);
    expect(isStale('2025-05-01', now), '19 months').to.equal(true);
    expect(isStale(undefined, now), 'never verified: no claim').to.equal(false);
  });
});
