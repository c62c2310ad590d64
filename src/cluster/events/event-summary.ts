import type { NewsEvent } from '../../model/cluster.ts';
import { type DayRange, isoDay } from '../calendar-days.ts';
import type { EventIndex } from './event-index.ts';
import { type EventState, eventIdOf, type StoredDoc } from './event-state.ts';
import { weightedCosine } from './sparse-vector.ts';

const EVENT_ENTITY_LIMIT = 20;

/** The member closest to the centroid: its title names the event. */
export function mostCentral(event: EventState, members: StoredDoc[], index: EventIndex): StoredDoc {
  let best = members[0]!;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const doc of members) {
    const score = weightedCosine(doc.terms, event.centroid, index.weights.termIdf);
    if (score > bestScore + 1e-9) [best, bestScore] = [doc, score];
  }
  return best;
}

/**
 * The event's date: the day most members were published on (ties: the earliest); without any
 * day-precise member, the earliest coarser date (`2025-07`, `2025`).
 */
export function eventDate(members: readonly { date: DayRange | null }[]): string | null {
  const perDay = new Map<number, number>();
  for (const doc of members) {
    if (doc.date && doc.date.first === doc.date.last)
      perDay.set(doc.date.first, (perDay.get(doc.date.first) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [day, count] of perDay) {
    const bestCount = best === null ? 0 : perDay.get(best)!;
    if (count > bestCount || (count === bestCount && best !== null && day < best)) best = day;
  }
  if (best !== null) return isoDay(best);
  const coarse = members
    .filter((doc) => doc.date)
    .sort((a, b) => a.date!.first - b.date!.first || b.date!.last - a.date!.last)[0];
  if (!coarse?.date) return null;
  const first = isoDay(coarse.date.first);
  const spanDays = coarse.date.last - coarse.date.first;
  return spanDays < 32 ? first.slice(0, 7) : first.slice(0, 4);
}

/** Members in publication order (undated last), then by id. */
export function orderedMembers(event: EventState, index: EventIndex): StoredDoc[] {
  return event.members
    .map((member) => index.docs[member]!)
    .sort(
      (a, b) =>
        (a.date?.first ?? Infinity) - (b.date?.first ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

export function summarizeEvent(event: EventState, index: EventIndex): NewsEvent {
  const members = orderedMembers(event, index);
  const entityOrder = [...event.entities.ids.keys()].sort(
    (a, b) =>
      event.entities.values[b]! * index.entityStats.idf(event.entities.ids[b]!) -
        event.entities.values[a]! * index.entityStats.idf(event.entities.ids[a]!) || a - b,
  );
  return {
    id: eventIdOf(event),
    title: mostCentral(event, members, index).title,
    date: eventDate(members),
    documents: members.map((doc) => doc.id),
    entities: entityOrder
      .slice(0, EVENT_ENTITY_LIMIT)
      .map((at) => index.entityStats.nameOf(event.entities.ids[at]!)),
    evidence: [...event.evidence],
  };
}

/** What storylines need to know about an event: its dates, weighted topic terms and core entities. */
export interface EventProfile {
  id: string;
  title: string;
  date: DayRange | null;
  /** The event's date as the event shows it (ISO), when known. */
  eventDate?: string | null;
  documents: number;
  /** The event's strongest terms, weighted by TF-IDF (language-prefixed keys do not collide). */
  terms: ReadonlyMap<string, number>;
  /** The most salient entities (by summed salience: mentions, title, early mention), strongest first. */
  coreEntities: { id: string; name: string; weight: number }[];
}

const PROFILE_TERMS = 60;
const CORE_ENTITIES = 6;

export function eventProfile(event: EventState, index: EventIndex): EventProfile {
  const members = orderedMembers(event, index);
  const terms = new Map<string, number>();
  const ranked = [...event.centroid.ids.keys()]
    .map((at) => ({
      id: event.centroid.ids[at]!,
      weight: event.centroid.values[at]! * index.termStats.idf(event.centroid.ids[at]!),
    }))
    .sort((a, b) => b.weight - a.weight || a.id - b.id)
    .slice(0, PROFILE_TERMS);
  for (const { id, weight } of ranked) terms.set(String(id), weight);
  const coreEntities = [...event.entities.ids.keys()]
    .map((at) => ({ id: event.entities.ids[at]!, weight: event.entities.values[at]! / members.length }))
    .sort((a, b) => b.weight - a.weight || a.id - b.id)
    .slice(0, CORE_ENTITIES)
    .map(({ id, weight }) => ({
      id: index.entityStats.nameOf(id),
      name: index.entityNames.get(id) ?? index.entityStats.nameOf(id),
      weight,
    }));
  return {
    id: eventIdOf(event),
    title: mostCentral(event, members, index).title,
    date: event.date,
    documents: members.length,
    terms,
    coreEntities,
  };
}
