import { createHash } from 'node:crypto';
import type { Claim, NewsEvent, Storyline } from '../model/cluster.ts';
import type { EnrichedDocument } from '../model/document.ts';

export interface Clusters {
  documents: EnrichedDocument[];
  events: NewsEvent[];
  storylines: Storyline[];
  claims: Claim[];
}

function shortId(prefix: string, key: string): string {
  return `${prefix}_${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

/** Groups documents into events, storylines and claims. */
export function clusterAll(documents: EnrichedDocument[]): Clusters {
  const events: NewsEvent[] = documents.map((doc) => ({
    id: shortId('evt', doc.id),
    title: doc.title ?? doc.text.slice(0, 80),
    date: doc.published?.value.slice(0, 10) ?? null,
    documents: [doc.id],
    entities: doc.entities.map((e) => e.entity),
    evidence: [],
  }));
  const storylines: Storyline[] = events.map((event) => ({
    id: shortId('sty', event.id),
    title: event.title,
    events: [event.id],
    entities: event.entities,
  }));
  return { documents, events, storylines, claims: [] };
}
