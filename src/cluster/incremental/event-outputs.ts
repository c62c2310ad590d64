import type { NewsEvent } from '../../model/cluster.ts';
import type { ClusterEventRecord, EventMemberRecord, StorylineEventProfile } from '../../store/cluster-port.ts';
import { eventIdOf, type EventState, type StoredDoc } from '../events/event-state.ts';
import { eventDate } from '../events/event-summary.ts';
import { type SparseVector, weightedCosine } from '../events/sparse-vector.ts';
import type { WorkingSet } from './working-set.ts';

const EVENT_ENTITY_LIMIT = 20;
const PROFILE_TERMS = 60;
const CORE_ENTITIES = 6;
/** Members kept at each end of an event to stand for it when it is compared as a whole. */
const STANDING_MEMBERS = 2;

function byDateThenId(a: EventMemberRecord, b: EventMemberRecord): number {
  return (a.date?.first ?? Infinity) - (b.date?.first ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Entries of a vector ranked by value × weight, strongest first. */
function ranked(vector: SparseVector, weight: (id: number) => number): { id: number; value: number; score: number }[] {
  return [...vector.ids.keys()]
    .map((at) => {
      const id = vector.ids[at]!;
      const value = vector.values[at]!;
      return { id, value, score: value * weight(id) };
    })
    .sort((a, b) => b.score - a.score || a.id - b.id);
}

/** The held member closest to the centroid names the event; its lead when it has no title. */
function eventTitle(event: EventState, held: StoredDoc[], members: EventMemberRecord[], set: WorkingSet): string {
  let best: StoredDoc | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const doc of held) {
    const score = weightedCosine(doc.terms, event.centroid, set.index.weights.termIdf);
    if (score > bestScore + 1e-9) [best, bestScore] = [doc, score];
  }
  if (best?.title) return best.title;
  return members.find((member) => member.lead.trim())?.lead ?? '';
}

/** The event as the API and the export show it, from every one of its members. */
export function eventSummary(event: EventState, members: EventMemberRecord[], set: WorkingSet): NewsEvent {
  const ordered = [...members].sort(byDateThenId);
  const held = ordered
    .map((member) => set.clusterer.heldDocument(member.id))
    .filter((doc): doc is StoredDoc => doc !== null && doc.terms.ids.length > 0);
  const entityStats = set.index.entityStats;
  return {
    id: eventIdOf(event),
    title: eventTitle(event, held, ordered, set),
    date: eventDate(ordered),
    documents: ordered.map((member) => member.id),
    entities: ranked(event.entities, (id) => entityStats.idf(id))
      .slice(0, EVENT_ENTITY_LIMIT)
      .map(({ id }) => entityStats.nameOf(id)),
    evidence: [...members].sort((a, b) => a.seq - b.seq).map((member) => member.evidence),
  };
}

/** The event's running state as a store keeps it. */
export function eventRecord(
  event: EventState,
  members: EventMemberRecord[],
  set: WorkingSet,
  storyline: string | null,
): ClusterEventRecord {
  const bySeq = [...members].sort((a, b) => a.seq - b.seq);
  const stats = set.index.termStats;
  const termEntries = (vector: SparseVector): [string, string, number][] =>
    [...vector.ids.keys()].map((at) => {
      const id = vector.ids[at]!;
      return [stats.languageOfId(id), stats.nameOf(id), vector.values[at]!];
    });
  const founder = bySeq.find((member) => member.id === event.founder) ?? bySeq[0]!;
  return {
    id: eventIdOf(event),
    founder: event.founder,
    foundedSeq: event.founded >= 0 ? event.founded : founder.seq,
    centroid: termEntries(event.centroid),
    titleBag: termEntries(event.titleBag),
    entities: [...event.entities.ids.keys()].map((at) => {
      const id = event.entities.ids[at]!;
      const entityId = set.index.entityStats.nameOf(id);
      return [entityId, set.index.entityNames.get(id) ?? entityId, event.entities.values[at]!];
    }),
    date: event.date,
    members: members.length,
    firstMembers: bySeq.slice(0, STANDING_MEMBERS).map((member) => member.id),
    latestMembers: bySeq.slice(Math.max(STANDING_MEMBERS, bySeq.length - STANDING_MEMBERS)).map((m) => m.id),
    storyline,
  };
}

/** What storylines compare of an event: its strongest terms (stable keys), core entities, dates. */
export function eventProfile(event: EventState, summary: NewsEvent, set: WorkingSet): StorylineEventProfile {
  const termStats = set.index.termStats;
  const entityStats = set.index.entityStats;
  const members = Math.max(1, summary.documents.length);
  return {
    id: summary.id,
    title: summary.title,
    date: event.date,
    eventDate: summary.date,
    documents: summary.documents.length,
    terms: ranked(event.centroid, (id) => termStats.idf(id))
      .slice(0, PROFILE_TERMS)
      .map(({ id, score }) => [set.termKeyOf(id), score]),
    coreEntities: [...event.entities.ids.keys()]
      .map((at) => ({ id: event.entities.ids[at]!, weight: event.entities.values[at]! / members }))
      .sort((a, b) => b.weight - a.weight || a.id - b.id)
      .slice(0, CORE_ENTITIES)
      .map(({ id, weight }) => ({
        id: entityStats.nameOf(id),
        name: set.index.entityNames.get(id) ?? entityStats.nameOf(id),
        weight,
      })),
  };
}
