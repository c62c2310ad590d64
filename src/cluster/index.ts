import type { Claim, NewsEvent, Storyline } from '../model/cluster.ts';
import type { EnrichedDocument } from '../model/document.ts';
import { type ClaimOptions, claimsInScope, DEFAULT_CLAIM_OPTIONS } from './claims/claim-grouper.ts';
import { inferDatesFromEvents, ownPublished } from './dates.ts';
import { EventClusterer } from './events/event-clusterer.ts';
import type { EventClustererOptions } from './events/options.ts';
import { type ClusterDocument, toClusterDocument } from './features.ts';
import {
  type StorylineLink,
  type StorylineOptions,
  StorylineTracker,
} from './storylines/storyline-tracker.ts';

export type { ClaimOptions } from './claims/claim-grouper.ts';
export { claimsInScope } from './claims/claim-grouper.ts';
export { judgeConsistency } from './claims/consistency.ts';
export { figureInterval, type Interval } from './claims/intervals.ts';
export { unitFamily } from './claims/unit-families.ts';
export { type InferredDate, inferDatesFromEvents } from './dates.ts';
export {
  DEFAULT_DUPLICATE_OPTIONS,
  DuplicateDetector,
  type DuplicateOptions,
  type DuplicateResult,
} from './duplicates/duplicate-detector.ts';
export { estimateJaccard, exactJaccard, minhashSignature, shingleHashes } from './duplicates/minhash.ts';
export { type EventAssignment, EventClusterer } from './events/event-clusterer.ts';
export type { EventProfile } from './events/event-summary.ts';
export { DEFAULT_LINK_MODEL, type LinkModel, type PairFeatures } from './events/link-model.ts';
export type { EventMerge } from './events/merge-pass.ts';
export { DEFAULT_EVENT_OPTIONS, type EventClustererOptions } from './events/options.ts';
export { type ClusterDocument, type ClusterEntity, toClusterDocument } from './features.ts';
export { packFor, registerPack } from './language.ts';
export { capitalisedWordEntities } from './proxy-entities.ts';
export {
  DEFAULT_STORYLINE_OPTIONS,
  type StorylineLink,
  type StorylineOptions,
  StorylineTracker,
} from './storylines/storyline-tracker.ts';

export interface ClusterOptions {
  events: Partial<EventClustererOptions>;
  storylines: Partial<StorylineOptions>;
  claims: ClaimOptions;
  /** Run the merge pass over events after the online pass (when the link model has a merge threshold). */
  mergePass: boolean;
}

export interface ClusterResult {
  /** The input documents with `duplicateOf` and dates inferred from their events filled in. */
  documents: EnrichedDocument[];
  events: NewsEvent[];
  storylines: Storyline[];
  claims: Claim[];
  /** Why each event sits in its storyline. */
  storylineLinks: StorylineLink[];
}

function byDateThenId(a: ClusterDocument, b: ClusterDocument): number {
  const dayA = a.date?.first ?? Number.POSITIVE_INFINITY;
  const dayB = b.date?.first ?? Number.POSITIVE_INFINITY;
  return dayA - dayB || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function clusterInput(doc: EnrichedDocument): ClusterDocument {
  return toClusterDocument({ ...doc, published: ownPublished(doc) });
}

/** Claims per storyline (an event lies inside its storyline), without repeating a figure set. */
function claimsOf(
  docs: EnrichedDocument[],
  events: NewsEvent[],
  storylines: Storyline[],
  options: ClaimOptions,
): Claim[] {
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  const eventDocs = new Map(events.map((event) => [event.id, event.documents]));
  const claims = new Map<string, Claim>();
  for (const storyline of storylines) {
    const ids = storyline.events.flatMap((event) => eventDocs.get(event) ?? []);
    const scope = ids.map((id) => byId.get(id)).filter((doc) => doc !== undefined);
    for (const claim of claimsInScope(scope, options)) claims.set(claim.id, claim);
  }
  return [...claims.values()];
}

/**
 * Clusters a batch: near-duplicates, events (online, in publication order, then a merge pass),
 * storylines over events, dates inferred for undated documents from their events, and claims
 * compared across outlets within each storyline. Ids are stable: an event's id derives from its
 * first document (by date, then id), a storyline's from its first event.
 */
export function clusterDocuments(
  docs: readonly EnrichedDocument[],
  options: Partial<ClusterOptions> = {},
): ClusterResult {
  const clusterer = new EventClusterer(options.events ?? {});
  const inputs = docs.map(clusterInput).sort(byDateThenId);
  clusterer.primeDocumentFrequencies(inputs);
  for (const input of inputs) clusterer.add(input);
  if (options.mergePass ?? true) clusterer.mergeSimilarEvents();
  const events = clusterer.events();
  const tracker = new StorylineTracker(options.storylines ?? {});
  const profiles = clusterer
    .eventProfiles()
    .sort((a, b) => (a.date?.first ?? Infinity) - (b.date?.first ?? Infinity) || (a.id < b.id ? -1 : 1));
  for (const profile of profiles) tracker.add(profile);
  const withDuplicates = docs.map((doc) => ({ ...doc, duplicateOf: clusterer.duplicateOfDocument(doc.id) }));
  const inferred = new Map(
    inferDatesFromEvents(withDuplicates, events).map((entry) => [entry.document, entry.published]),
  );
  const documents = withDuplicates.map((doc) => {
    const published = inferred.get(doc.id) ?? ownPublished(doc);
    return { ...doc, published };
  });
  const storylines = tracker.summaries();
  const claims = claimsOf(documents, events, storylines, options.claims ?? DEFAULT_CLAIM_OPTIONS);
  return { documents, events, storylines, claims, storylineLinks: tracker.links() };
}
