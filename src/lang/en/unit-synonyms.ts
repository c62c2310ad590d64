/**
 * English words for what a figure counts, grouped into language-neutral families so that figures
 * of different outlets (and languages) about the same thing can meet: `troops` and `soldiers` are
 * one family, `troops` (en) and `tentara` (id) share the family id `troops`.
 */

const FAMILIES: Record<string, string> = {
  troops: 'troops soldier soldiers troop servicemen servicemembers personnel forces fighters',
  people: 'people persons person individuals residents citizens civilians inhabitants',
  deaths: 'dead deaths killed fatalities victims bodies',
  injured: 'injured wounded hurt casualties',
  workers: 'workers employees staff labourers laborers jobs',
  migrants: 'migrants refugees asylum-seekers immigrants',
  missiles: 'missiles rockets missile rocket',
  houses: 'houses homes buildings dwellings',
  vehicles: 'vehicles cars trucks',
  votes: 'votes ballots',
  years: 'years year',
  months: 'months month',
  days: 'days day',
  percent: 'percent per-cent % pct',
  USD: 'usd dollars dollar $ us$',
  EUR: 'eur euros euro €',
  GBP: 'gbp pounds pound £',
  IDR: 'idr rupiah rp',
  tonnes: 'tons tonnes tonne ton',
  kilometres: 'km kilometres kilometers kilometre kilometer',
};

const FAMILY_OF_WORD: ReadonlyMap<string, string> = new Map(
  Object.entries(FAMILIES).flatMap(([family, list]) =>
    list.split(/\s+/u).map((word) => [word, family] as [string, string]),
  ),
);

/** The family id of an English unit word (`soldiers` → `troops`), or null when unknown. */
export function englishUnitFamily(unit: string): string | null {
  return FAMILY_OF_WORD.get(unit.trim().toLowerCase()) ?? null;
}
