import type { EventIndex } from './event-index.ts';
import { absorbEvent, type EventState, eventIdOf } from './event-state.ts';
import { linkProbability } from './link-model.ts';
import type { EventClustererOptions } from './options.ts';
import { eventSide, pairFeatures } from './pair-features.ts';

export interface EventMerge {
  /** The event that disappeared. */
  from: string;
  /** The event that took its documents. */
  into: string;
  similarity: number;
}

const MAX_ROUNDS = 3;

/** The best merge partner of `event` among the events the index reaches, or null. */
function bestPartner(event: EventState, index: EventIndex, options: EventClustererOptions) {
  const own = eventSide(event, index.representatives(event));
  let best: { other: EventState; probability: number; linked: string | null } | null = null;
  for (const candidate of index.candidates(
    event.centroid,
    event.entities,
    event.date,
    new Map(),
    event.index,
  )) {
    const other = candidate.event;
    const pair = pairFeatures(own, eventSide(other, index.representatives(other)), index.weights);
    const probability = linkProbability(options.model, pair.features);
    if (probability < options.model.mergeThreshold) continue;
    if (!best || probability > best.probability)
      best = { other, probability, linked: pair.linked?.id ?? null };
  }
  return best;
}

/**
 * The order-repair pass: an online clusterer may split one event when its first articles shared
 * little; here events are compared as wholes (centroids, titles, entities, dates) and merged when
 * the link model is confident. The earlier-founded event keeps its id. Cost: bounded per event.
 */
export function mergeSimilarEvents(
  index: EventIndex,
  options: EventClustererOptions,
  /** Only these events look for partners (any event may be one); grows with the events they merge into. */
  only: Set<EventState> | null = null,
): EventMerge[] {
  const merges: EventMerge[] = [];
  if (options.model.mergeThreshold > 1) return merges;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let merged = 0;
    for (const event of index.events) {
      if (!event.alive || event.frozen || event.released) continue;
      if (only && !only.has(event)) continue;
      const partner = bestPartner(event, index, options);
      if (!partner) continue;
      const [into, from] =
        partner.other.founded < event.founded ? [partner.other, event] : [event, partner.other];
      const founderEvidence = from.evidence[0];
      if (founderEvidence && founderEvidence.linkedTo === null) {
        founderEvidence.similarity = Math.round(partner.probability * 1000) / 1000;
        founderEvidence.linkedTo = from === event ? partner.linked : into.founder;
      }
      merges.push({
        from: eventIdOf(from),
        into: eventIdOf(into),
        similarity: partner.probability,
      });
      absorbEvent(into, from, index.docs, index.caps);
      only?.add(into);
      merged++;
    }
    if (merged === 0) break;
  }
  return merges;
}
