import { clusterDocuments } from '../cluster/index.ts';
import type { Claim, NewsEvent, Storyline } from '../model/cluster.ts';
import type { EnrichedDocument } from '../model/document.ts';
import { documentLead } from '../cluster/lead.ts';
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
  const byId = new Map(updated.map((doc) => [doc.id, doc]));
  const events = result.events.map((event) =>
    event.title ? event : { ...event, title: leadOf(event.documents, byId) },
  );
  const titleOf = new Map(events.map((e) => [e.id, e.title]));
  const storylines = result.storylines.map((s) =>
    s.title ? s : { ...s, title: titleOf.get(s.events[0] ?? '') ?? '' },
  );
  return { documents: updated, events, storylines, claims: result.claims };
}

/** A title for an event whose articles have none: the opening words of its first article's text. */
function leadOf(documentIds: string[], byId: Map<string, EnrichedDocument>): string {
  const first = documentIds
    .map((id) => byId.get(id))
    .find((doc) => (doc?.title ?? doc?.text)?.trim());
  return first ? documentLead(first.title, first.text) : '';
}
