/** Pure functions of cg-door-openers: which markets an organisation serves, counts, search, nearby markets. */
import type { Organisation } from '../../data/schema.js';
import { searchText } from '../../data/text.js';

export { matchesQuery as matches } from '../../data/text.js';

/** The markets an organisation opens doors in: its `servesMarkets`, else its own `country`. */
export const serves = (o: Organisation): string[] => (o.servesMarkets?.length ? o.servesMarkets : [o.country]);

/** How many organisations serve each market. */
export const marketCounts = (organisations: Organisation[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const organisation of organisations) {
    for (const market of new Set(serves(organisation))) counts.set(market, (counts.get(market) ?? 0) + 1);
  }
  return counts;
};

/** The folded text that search looks in: name, description, city and services, in every language. */
export const haystack = (o: Organisation): string => searchText([o.name, o.description, ...(o.services ?? []), o.city]);

/**
 * The markets clusters name most, by continent (Intl has no region containment data). A code missing here has
 * no neighbours: the busiest markets are offered.
 */
const CONTINENTS = {
  E: 'AT BE CH DE DK ES FI FR GB IE IT NL NO PL PT SE', // Europe
  A: 'AE CN IN JP KR SA SG TH TW VN', // Asia
  F: 'EG KE MA NG ZA', // Africa
  N: 'CA MX US', // North America
  S: 'AR BR CL CO', // South America
  O: 'AU NZ', // Oceania
};

/** The continent letter of a market (a key of CONTINENTS), or undefined when the table does not know it. */
export const continent = (code: string): string | undefined =>
  Object.entries(CONTINENTS).find(([, markets]) => markets.split(' ').includes(code))?.[0];

/**
 * Up to `n` markets to suggest instead of an empty `market`: those on the same continent first, then the
 * others; each group by most door-openers (ties in the order of `counts`).
 */
export const nearest = (market: string, counts: Map<string, number>, n = 4): string[] => {
  const home = continent(market);
  const near = (other: string) => +(!!home && continent(other) === home);
  return [...counts.keys()]
    .filter((other) => other !== market)
    .sort((a, b) => near(b) - near(a) || counts.get(b)! - counts.get(a)!)
    .slice(0, n);
};
