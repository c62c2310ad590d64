import type { EventMembershipEvidence, NewsEvent } from '../../model/cluster.ts';
import type { DayRange } from '../calendar-days.ts';
import type { EventProfile } from './event-summary.ts';
import { stableId } from '../hashing.ts';
import { addVectors, type SparseVector } from './sparse-vector.ts';

/** A document as the event clusterer keeps it: compact vectors over interned ids. */
export interface StoredDoc {
  index: number;
  id: string;
  title: string;
  date: DayRange | null;
  /** Sub-linear term weights (1 + ln tf) of the document's strongest terms. */
  terms: SparseVector;
  titleTerms: SparseVector;
  /** Entity saliences over interned entity ids. */
  entities: SparseVector;
  /** Index of the event the document belongs to. */
  event: number;
  /** True once dropped from memory by retention: its vectors are empty, it is never a candidate. */
  evicted: boolean;
}

/** A growing event: member list, summed vectors (capped) and the dates it spans. */
export interface EventState {
  index: number;
  /** Id of the document that founded it: the event id derives from it. */
  founder: string;
  members: number[];
  centroid: SparseVector;
  titleBag: SparseVector;
  entities: SparseVector;
  date: DayRange | null;
  evidence: EventMembershipEvidence[];
  /** False once merged into another event. */
  alive: boolean;
  /** Members not yet evicted by retention. */
  live: number;
  /** Summary and profile taken when the last member was evicted; the vectors are gone then. */
  frozen: { summary: NewsEvent; profile: EventProfile } | null;
  /** True once a frozen event was handed over by `takeClosedEvents` and forgotten. */
  released: boolean;
  /** Founding order: the earlier-founded of two merged events keeps its id. */
  founded: number;
  /** The id of an event read back from a store (its founder may not be held). */
  storedId?: string;
}

/** The event's id: derived from its founding document, so it stays the same run after run. */
export function eventIdOf(event: EventState): string {
  return event.storedId ?? stableId('evt', event.founder);
}

export interface VectorCaps {
  maxEventTerms: number;
  maxEventEntities: number;
  /** Ranks terms when a capped vector must drop some: value × IDF. */
  termRank: (id: number, value: number) => number;
  entityRank: (id: number, value: number) => number;
}

const TITLE_BAG_CAP = 60;

export function spanDates(a: DayRange | null, b: DayRange | null): DayRange | null {
  if (!a) return b;
  if (!b) return a;
  return { first: Math.min(a.first, b.first), last: Math.max(a.last, b.last) };
}

export function foundEvent(index: number, doc: StoredDoc): EventState {
  return {
    index,
    founder: doc.id,
    members: [doc.index],
    centroid: doc.terms,
    titleBag: doc.titleTerms,
    entities: doc.entities,
    date: doc.date,
    evidence: [{ document: doc.id, similarity: 1, sharedEntities: [], timeGapDays: null, linkedTo: null }],
    alive: true,
    live: 1,
    frozen: null,
    released: false,
    founded: index,
  };
}

export function addToEvent(
  event: EventState,
  doc: StoredDoc,
  caps: VectorCaps,
  evidence: EventMembershipEvidence,
): void {
  event.members.push(doc.index);
  event.live++;
  event.centroid = addVectors(event.centroid, doc.terms, caps.maxEventTerms, caps.termRank);
  event.titleBag = addVectors(event.titleBag, doc.titleTerms, TITLE_BAG_CAP);
  event.entities = addVectors(event.entities, doc.entities, caps.maxEventEntities, caps.entityRank);
  event.date = spanDates(event.date, doc.date);
  event.evidence.push(evidence);
  doc.event = event.index;
}

/** Moves every member of `from` into `into`; `from` stays behind as a dead record. */
export function absorbEvent(into: EventState, from: EventState, docs: StoredDoc[], caps: VectorCaps): void {
  for (const member of from.members) docs[member]!.event = into.index;
  into.members.push(...from.members);
  into.live += from.live;
  into.centroid = addVectors(into.centroid, from.centroid, caps.maxEventTerms, caps.termRank);
  into.titleBag = addVectors(into.titleBag, from.titleBag, TITLE_BAG_CAP);
  into.entities = addVectors(into.entities, from.entities, caps.maxEventEntities, caps.entityRank);
  into.date = spanDates(into.date, from.date);
  into.evidence.push(...from.evidence);
  from.alive = false;
  from.members = [];
}
