import type { EventSource } from '../../api/types.ts';
import { formatPartialDate } from '../../lib/format.ts';

const LABEL_MAX_CHARS = 32;

function baseLabel(source: EventSource): string {
  if (source.outlet) return source.outlet;
  const title = source.title ?? source.id;
  return title.length > LABEL_MAX_CHARS ? `${title.slice(0, LABEL_MAX_CHARS - 1).trimEnd()}…` : title;
}

/**
 * Names sources in comparisons: the outlet (or the start of the title when it is unknown); when an
 * outlet has several articles in the event, the date (or a number) tells them apart.
 */
export function sourceNamer(sources: EventSource[]): (id: string | null | undefined) => string {
  const counts = new Map<string, number>();
  for (const s of sources) counts.set(baseLabel(s), (counts.get(baseLabel(s)) ?? 0) + 1);
  const names = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const s of byPublished(sources)) {
    const base = baseLabel(s);
    const nth = (seen.get(base) ?? 0) + 1;
    seen.set(base, nth);
    const day = s.published?.value.slice(0, 10);
    const suffix = day && day.length === 10 ? formatPartialDate(day) : `#${nth}`;
    names.set(s.id, (counts.get(base) ?? 0) > 1 ? `${base} · ${suffix}` : base);
  }
  return (id) => (id ? (names.get(id) ?? 'sumber lain') : 'sumber lain');
}

/** Sources oldest first; undated ones last. */
export function byPublished(sources: EventSource[]): EventSource[] {
  const key = (s: EventSource): string => s.published?.value ?? '\uffff';
  return [...sources].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Entity ids by how many sources mention them, then by mentions. */
export function entitiesByReach(sources: EventSource[]): string[] {
  const reach = new Map<string, { sources: number; mentions: number }>();
  for (const source of sources)
    for (const e of source.entities) {
      const r = reach.get(e.entity) ?? { sources: 0, mentions: 0 };
      reach.set(e.entity, { sources: r.sources + 1, mentions: r.mentions + e.mentions });
    }
  return [...reach.entries()]
    .sort(([, a], [, b]) => b.sources - a.sources || b.mentions - a.mentions)
    .map(([id]) => id);
}

/** Entity names known from the sources' own entity lists. */
export function entityNames(sources: EventSource[]): Map<string, { name: string; type: string }> {
  const names = new Map<string, { name: string; type: string }>();
  for (const source of sources)
    for (const e of source.entities)
      if (!names.has(e.entity)) names.set(e.entity, { name: e.name, type: e.type });
  return names;
}
