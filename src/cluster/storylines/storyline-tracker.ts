import type { Storyline } from '../../model/cluster.ts';
import type { StorylineEventProfile, StorylineRecord } from '../../store/cluster-port.ts';
import { type DayRange, isoDay } from '../calendar-days.ts';
import { gapDays } from '../calendar-days.ts';
import type { EventProfile } from '../events/event-summary.ts';
import { stableId } from '../hashing.ts';

/** How events chain into storylines. */
export interface StorylineOptions {
  /**
   * An event may continue a storyline whose nearest compared event is at most this many days away.
   * Sagas (a war, an alliance, a trial) go quiet for a year or two and return, so the window is long.
   */
  windowDays: number;
  /** Core entities two events must share when their topics are only loosely alike. */
  minSharedCore: number;
  /** Topic cosine required together with `minSharedCore` shared core entities. */
  minTopic: number;
  /** Topic cosine with which one shared core entity is enough. */
  strongTopic: number;
  /** Events of a storyline compared with a new event (the most recent ones). */
  eventsCompared: number;
  /** Candidate storylines compared per event: those sharing the most core entities. */
  candidateStorylines: number;
}

export const DEFAULT_STORYLINE_OPTIONS: StorylineOptions = {
  windowDays: 1095,
  minSharedCore: 2,
  minTopic: 0.15,
  strongTopic: 0.4,
  eventsCompared: 8,
  candidateStorylines: 20,
};

export interface StorylineLink {
  event: string;
  storyline: string;
  /** The event of the storyline it was chained to, or null when it opened the storyline. */
  linkedTo: string | null;
  sharedEntities: string[];
  topicSimilarity: number;
}

interface StorylineState {
  id: string;
  foundedSeq: number;
  eventIds: string[];
  /** The last `eventsCompared` events, with the norms of their term weights: all that is compared. */
  recent: { profile: EventProfile; norm: number }[];
  /** How many of its events have each core entity. */
  entityCounts: Map<string, number>;
  /** The event with the most documents names the storyline. */
  largest: { title: string; documents: number };
  links: StorylineLink[];
}

function norm(vector: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

function cosine(
  a: ReadonlyMap<string, number>,
  normA: number,
  b: ReadonlyMap<string, number>,
  normB: number,
): number {
  let dot = 0;
  for (const [key, value] of a) dot += value * (b.get(key) ?? 0);
  return dot === 0 ? 0 : dot / (normA * normB);
}

/**
 * Chains events into storylines online: an event continues the storyline of an earlier event when
 * they share core entities (the most salient ones of each event) AND their topics are alike. One
 * shared name alone (a country) is not enough unless the topic is close. Candidate storylines
 * come from an index over core entities, so the cost per event stays bounded.
 */
export class StorylineTracker {
  private readonly options: StorylineOptions;
  private readonly storylines: StorylineState[] = [];
  private readonly byEntity = new Map<string, number[]>();
  private readonly storylineOfEvent = new Map<string, number>();
  private readonly slotOf = new Map<string, number>();

  /** Founding order given to the next new storyline (a store continues its own count). */
  nextFoundedSeq = 0;

  constructor(options: Partial<StorylineOptions> = {}) {
    this.options = { ...DEFAULT_STORYLINE_OPTIONS, ...options };
  }

  /** Takes in a storyline read back from a store; returns its slot. */
  adopt(record: StorylineRecord): number {
    const known = this.slotOf.get(record.id);
    if (known !== undefined) return known;
    const slot = this.storylines.length;
    this.storylines.push({
      id: record.id,
      foundedSeq: record.foundedSeq,
      eventIds: [...record.events],
      recent: record.recent.map((profile) => {
        const restored = profileFromRecord(profile);
        return { profile: restored, norm: norm(restored.terms) };
      }),
      entityCounts: new Map(record.entityCounts),
      largest: { ...record.largest },
      links: (record.summary.evidence ?? []).map((link) => ({ ...link, storyline: record.id })),
    });
    this.slotOf.set(record.id, slot);
    for (const event of record.events) this.storylineOfEvent.set(event, slot);
    return slot;
  }

  /** Storylines a store files under an entity, oldest first (they come before any added here). */
  indexEntity(entityId: string, storylineIds: readonly string[]): void {
    const slots = storylineIds.map((id) => this.slotOf.get(id)).filter((slot) => slot !== undefined);
    const list = this.byEntity.get(entityId) ?? [];
    this.byEntity.set(entityId, [...slots.filter((slot) => !list.includes(slot)), ...list]);
  }

  /** Takes an event out of its storyline (it was merged into another, or is placed again). */
  remove(eventId: string): string | null {
    const slot = this.storylineOfEvent.get(eventId);
    if (slot === undefined) return null;
    const state = this.storylines[slot]!;
    const gone = state.recent.find((entry) => entry.profile.id === eventId)?.profile;
    for (const entity of gone?.coreEntities ?? []) {
      const count = (state.entityCounts.get(entity.id) ?? 0) - 1;
      if (count > 0) state.entityCounts.set(entity.id, count);
      else state.entityCounts.delete(entity.id);
    }
    state.eventIds = state.eventIds.filter((id) => id !== eventId);
    state.recent = state.recent.filter((entry) => entry.profile.id !== eventId);
    state.links = state.links.filter((link) => link.event !== eventId);
    this.storylineOfEvent.delete(eventId);
    return state.id;
  }

  /** An event of a storyline grew: what the storyline remembers of it follows. */
  replaceProfile(event: EventProfile): void {
    const slot = this.storylineOfEvent.get(event.id);
    if (slot === undefined) return;
    const state = this.storylines[slot]!;
    const at = state.recent.findIndex((entry) => entry.profile.id === event.id);
    if (at >= 0) state.recent[at] = { profile: event, norm: norm(event.terms) };
    for (const entity of event.coreEntities) {
      if (!state.entityCounts.has(entity.id)) state.entityCounts.set(entity.id, 1);
    }
    if (event.documents > state.largest.documents)
      state.largest = { title: event.title, documents: event.documents };
  }

  eventCount(storylineId: string): number {
    const slot = this.slotOf.get(storylineId);
    return slot === undefined ? 0 : this.storylines[slot]!.eventIds.length;
  }

  /** The storyline as a store keeps it. */
  record(storylineId: string): StorylineRecord | null {
    const slot = this.slotOf.get(storylineId);
    if (slot === undefined) return null;
    const state = this.storylines[slot]!;
    return {
      id: state.id,
      foundedSeq: state.foundedSeq,
      events: [...state.eventIds],
      recent: state.recent.map(({ profile }) => profileToRecord(profile)),
      entityCounts: [...state.entityCounts],
      largest: { ...state.largest },
      latest: this.latestOf(storylineId),
      summary: this.summaryOf(state),
    };
  }

  /** The latest date among a storyline's recent events, as the events show it ('' when undated). */
  latestOf(storylineId: string): string {
    const slot = this.slotOf.get(storylineId);
    const recent = slot === undefined ? [] : this.storylines[slot]!.recent.map(({ profile }) => profile);
    const dates = recent.map((profile) => eventDateOf(profile)).filter((date) => date !== '');
    return dates.sort().at(-1) ?? '';
  }

  add(event: EventProfile): StorylineLink {
    const best = this.bestLink(event);
    let slot: number;
    let link: StorylineLink;
    if (best) {
      slot = best.slot;
      link = { ...best.link, storyline: this.storylines[slot]!.id };
    } else {
      slot = this.storylines.length;
      const id = stableId('sty', event.id);
      this.storylines.push({
        id,
        foundedSeq: this.nextFoundedSeq,
        eventIds: [],
        recent: [],
        entityCounts: new Map(),
        largest: { title: event.title, documents: 0 },
        links: [],
      });
      this.slotOf.set(id, slot);
      this.nextFoundedSeq++;
      link = { event: event.id, storyline: id, linkedTo: null, sharedEntities: [], topicSimilarity: 1 };
    }
    const state = this.storylines[slot]!;
    state.eventIds.push(event.id);
    state.recent.push({ profile: event, norm: norm(event.terms) });
    if (state.recent.length > this.options.eventsCompared) state.recent.shift();
    for (const entity of event.coreEntities) {
      state.entityCounts.set(entity.id, (state.entityCounts.get(entity.id) ?? 0) + 1);
    }
    if (event.documents > state.largest.documents)
      state.largest = { title: event.title, documents: event.documents };
    state.links.push(link);
    this.storylineOfEvent.set(event.id, slot);
    for (const entity of event.coreEntities) {
      const list = this.byEntity.get(entity.id) ?? [];
      if (list[list.length - 1] !== slot) list.push(slot);
      this.byEntity.set(entity.id, list);
    }
    return link;
  }

  storylineOf(eventId: string): string | null {
    const slot = this.storylineOfEvent.get(eventId);
    return slot === undefined ? null : this.storylines[slot]!.id;
  }

  /** The storylines as the model type: title of the largest event, core entities by frequency. */
  summaries(): Storyline[] {
    return this.storylines.filter((state) => state.eventIds.length > 0).map((state) => this.summaryOf(state));
  }

  private summaryOf(state: StorylineState): Storyline {
    const entities = [...state.entityCounts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([id]) => id);
    return {
      id: state.id,
      title: state.largest.title,
      events: [...state.eventIds],
      entities: entities.slice(0, 12),
      evidence: state.links.map(({ event, linkedTo, sharedEntities, topicSimilarity }) => ({
        event,
        linkedTo,
        sharedEntities,
        topicSimilarity: Math.round(topicSimilarity * 1000) / 1000,
      })),
    };
  }

  /** Why each event is in its storyline. */
  links(): StorylineLink[] {
    return this.storylines.flatMap((state) => state.links);
  }

  /** Storylines sharing core entities with the event, the most shared first, at most `candidateStorylines`. */
  private candidateSlots(event: EventProfile): number[] {
    const hits = new Map<number, number>();
    for (const entity of event.coreEntities) {
      const list = this.byEntity.get(entity.id) ?? [];
      for (let index = list.length - 1; index >= 0 && index >= list.length - 50; index--) {
        hits.set(list[index]!, (hits.get(list[index]!) ?? 0) + 1);
      }
    }
    return [...hits]
      .sort((a, b) => b[1] - a[1] || b[0] - a[0])
      .slice(0, this.options.candidateStorylines)
      .map(([slot]) => slot);
  }

  private bestLink(event: EventProfile): { slot: number; link: StorylineLink } | null {
    let best: { slot: number; link: StorylineLink } | null = null;
    const core = new Map(event.coreEntities.map((entity) => [entity.id, entity.name]));
    const eventNorm = norm(event.terms);
    for (const slot of this.candidateSlots(event)) {
      for (const { profile: other, norm: otherNorm } of this.storylines[slot]!.recent) {
        if (event.date && other.date && gapDays(event.date, other.date) > this.options.windowDays) continue;
        const shared = other.coreEntities
          .filter((entity) => core.has(entity.id))
          .map((entity) => entity.name);
        if (shared.length === 0) continue;
        const topic = cosine(event.terms, eventNorm, other.terms, otherNorm);
        const linked =
          (shared.length >= this.options.minSharedCore && topic >= this.options.minTopic) ||
          (shared.length >= 1 && topic >= this.options.strongTopic);
        if (!linked) continue;
        const score = topic + 0.05 * shared.length;
        const bestScore = best ? best.link.topicSimilarity + 0.05 * best.link.sharedEntities.length : -1;
        if (score > bestScore) {
          best = {
            slot,
            link: {
              event: event.id,
              storyline: '',
              linkedTo: other.id,
              sharedEntities: shared,
              topicSimilarity: topic,
            },
          };
        }
      }
    }
    return best;
  }
}

function eventDateOf(profile: EventProfile): string {
  if (profile.eventDate) return profile.eventDate;
  return profile.date ? isoDay(profile.date.first) : '';
}

function profileFromRecord(record: StorylineEventProfile): EventProfile {
  return { ...record, terms: new Map(record.terms), coreEntities: record.coreEntities.map((e) => ({ ...e })) };
}

function profileToRecord(profile: EventProfile): StorylineEventProfile {
  return {
    id: profile.id,
    title: profile.title,
    date: profile.date as DayRange | null,
    documents: profile.documents,
    eventDate: profile.eventDate ?? null,
    terms: [...profile.terms],
    coreEntities: profile.coreEntities.map((e) => ({ ...e })),
  };
}
