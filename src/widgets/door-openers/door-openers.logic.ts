/** Pure functions of cg-door-openers: which markets an organisation serves, counts, search, nearby markets. */
import type { Organisation } from '../../data/schema.js';
import { searchText } from '../../data/text.js';

export { matchesQuery as matches } from '../../data/text.js';

/** The markets an organisation opens doors in: its `servesMarkets`, else its own `country`. */
export const serves = (o: Organisation): string[] => (o.servesMarkets?.length ? o.servesMarkets : [o.country]);

/** How many organisations serve each market. */
export const marketCounts = (orgs: Organisation[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const o of orgs) for (const m of new Set(serves(o))) counts.set(m, (counts.get(m) ?? 0) + 1);
  return counts;
};

/** The folded text that search looks in: name, description, city and services, in every language. */
export const haystack = (o: Organisation): string => searchText([o.name, o.description, ...(o.services ?? []), o.city]);

// Continents of the markets clusters name most (Europe, Asia, Africa, North and South America, Oceania); Intl
// has no region containment data. A code missing here has no neighbours: the busiest markets are offered.
const CONTINENTS =
  'E AT BE CH DE DK ES FI FR GB IE IT NL NO PL PT SE|A AE CN IN JP KR SA SG TH TW VN|F EG KE MA NG ZA|N CA MX US|S AR BR CL CO|O AU NZ';

/** The continent letter of a market, or undefined when the table does not know it. */
export const continent = (code: string): string | undefined => CONTINENTS.split('|').find((c) => c.includes(` ${code}`))?.[0];

/**
 * Up to `n` markets to suggest instead of an empty `market`: those on the same continent first, then the
 * others; each group by most door-openers (ties in the order of `counts`).
 */
export const nearest = (market: string, counts: Map<string, number>, n = 4): string[] => {
  const home = continent(market);
  const near = (m: string) => +(!!home && continent(m) === home);
  return [...counts.keys()]
    .filter((m) => m !== market)
    .sort((a, b) => near(b) - near(a) || counts.get(b)! - counts.get(a)!)
    .slice(0, n);
};
