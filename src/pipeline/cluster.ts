import { clusterDocuments } from '../cluster/index.ts';
import type { Claim, NewsEvent, Storyline } from '../model/cluster.ts';
import type { EnrichedDocument } from '../model/document.ts';
import { refreshTimes } from './enrich.ts';

export interface Clusters {
  documents: EnrichedDocument[];
  events: NewsEvent[];
  storylines: Storyline[];
  claims: Claim[];
}

/**
 * Near-duplicates, events, storylines and claims over the documents. A document whose publication
 * date was inferred from its event has its relative time expressions read again against that date.
 */
export function clusterAll(documents: EnrichedDocument[]): Clusters {
  const result = clusterDocuments(documents);
  const before = new Map(documents.map((doc) => [doc.id, doc.published?.value ?? null]));
  const updated = result.documents.map((doc) =>
    doc.published && before.get(doc.id) !== doc.published.value ? refreshTimes(doc) : doc,
  );
  return { documents: updated, events: result.events, storylines: result.storylines, claims: result.claims };
}
