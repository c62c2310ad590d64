import type { Storyline } from '../../model/cluster.ts';
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

  constructor(options: Partial<StorylineOptions> = {}) {
    this.options = { ...DEFAULT_STORYLINE_OPTIONS, ...options };
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
        eventIds: [],
        recent: [],
        entityCounts: new Map(),
        largest: { title: event.title, documents: 0 },
        links: [],
      });
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
    return this.storylines.map((state) => {
      const entities = [...state.entityCounts]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([id]) => id);
      return {
        id: state.id,
        title: state.largest.title,
        events: [...state.eventIds],
        entities: entities.slice(0, 12),
      };
    });
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
