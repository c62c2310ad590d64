import type { EventSource } from '../../api/types.ts';

const LABEL_MAX_CHARS = 32;

/** How a source is named in comparisons: its outlet, or the start of its title when the outlet is unknown. */
export function sourceLabel(source: EventSource | undefined): string {
  if (!source) return 'sumber lain';
  if (source.outlet) return source.outlet;
  const title = source.title ?? source.id;
  return title.length > LABEL_MAX_CHARS ? `${title.slice(0, LABEL_MAX_CHARS - 1).trimEnd()}…` : title;
}

/** Sources oldest first; undated ones last. */
export function byPublished(sources: EventSource[]): EventSource[] {
  const key = (s: EventSource): string => s.published?.value ?? '\uffff';
  return [...sources].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export function sourcesById(sources: EventSource[]): Map<string, EventSource> {
  return new Map(sources.map((s) => [s.id, s]));
}

/** Entity names known from the sources' own entity lists. */
export function entityNames(sources: EventSource[]): Map<string, { name: string; type: string }> {
  const names = new Map<string, { name: string; type: string }>();
  for (const source of sources)
    for (const e of source.entities)
      if (!names.has(e.entity)) names.set(e.entity, { name: e.name, type: e.type });
  return names;
}
