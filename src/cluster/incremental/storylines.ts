import type { ClusterStatePort, StorylineEventProfile, StorylineRecord } from '../../store/cluster-port.ts';
import type { EventProfile } from '../events/event-summary.ts';
import { type StorylineOptions, StorylineTracker } from '../storylines/storyline-tracker.ts';

/** Storylines read per core entity of a new event (as the in-memory tracker reads its index). */
const STORYLINES_PER_ENTITY = 50;

export interface PlacedEvent {
  profile: StorylineEventProfile;
  /** The storyline it was in before this batch, or null for a new event. */
  storyline: string | null;
}

export interface StorylineUpdate {
  /** Storylines that changed, as they are now. */
  storylines: StorylineRecord[];
  removed: string[];
  /** The storyline of every placed event. */
  storylineOf: Map<string, string>;
}

function toProfile(profile: StorylineEventProfile): EventProfile {
  return { ...profile, terms: new Map(profile.terms) };
}

/**
 * Places the events of a batch in storylines through the store: an event that grew stays where it
 * is (what its storyline remembers of it is refreshed), unless it was alone there; a new or lone
 * event is chained like the in-memory tracker does, against the storylines its core entities
 * reach; events merged away leave their storylines. Reads only the storylines concerned.
 */
export async function updateStorylines(
  port: ClusterStatePort,
  placed: PlacedEvent[],
  mergedAway: { event: string; storyline: string | null }[],
  options: Partial<StorylineOptions>,
  nextFoundedSeq: number,
): Promise<StorylineUpdate> {
  const tracker = new StorylineTracker(options);
  tracker.nextFoundedSeq = nextFoundedSeq;
  const before = new Set<string>();
  const adopt = async (ids: string[]): Promise<void> => {
    const fresh = ids.filter((id) => !before.has(id));
    for (const id of fresh) before.add(id);
    if (fresh.length === 0) return;
    for (const record of await port.storylineRecords(fresh)) tracker.adopt(record);
  };
  await adopt([
    ...placed.map((event) => event.storyline).filter((id): id is string => id !== null),
    ...mergedAway.map((event) => event.storyline).filter((id): id is string => id !== null),
  ]);
  const touched = new Set<string>();
  for (const gone of mergedAway) {
    const from = tracker.remove(gone.event);
    if (from) touched.add(from);
  }
  const toChain: StorylineEventProfile[] = [];
  for (const event of placed) {
    const storyline = event.storyline;
    if (storyline && tracker.storylineOf(event.profile.id) === storyline && tracker.eventCount(storyline) > 1) {
      tracker.replaceProfile(toProfile(event.profile));
      touched.add(storyline);
      continue;
    }
    const from = tracker.remove(event.profile.id);
    if (from) touched.add(from);
    toChain.push(event.profile);
  }
  toChain.sort(
    (a, b) => (a.date?.first ?? Infinity) - (b.date?.first ?? Infinity) || (a.id < b.id ? -1 : 1),
  );
  const entities = [...new Set(toChain.flatMap((profile) => profile.coreEntities.map((entity) => entity.id)))];
  const filed = await port.storylinesOfEntities(entities, STORYLINES_PER_ENTITY);
  await adopt([...new Set([...filed.values()].flat())]);
  for (const [entity, newestFirst] of filed) tracker.indexEntity(entity, [...newestFirst].reverse());
  for (const profile of toChain) touched.add(tracker.add(toProfile(profile)).storyline);
  const storylines: StorylineRecord[] = [];
  const removed: string[] = [];
  for (const id of touched) {
    const record = tracker.eventCount(id) > 0 ? tracker.record(id) : null;
    if (record) storylines.push(record);
    else if (before.has(id)) removed.push(id);
  }
  const storylineOf = new Map<string, string>();
  for (const event of placed) storylineOf.set(event.profile.id, tracker.storylineOf(event.profile.id)!);
  return { storylines, removed, storylineOf };
}
