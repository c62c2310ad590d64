import type { EventMembershipEvidence } from '../../model/cluster.ts';
import { addToEvent, eventIdOf, type EventState, type StoredDoc } from '../events/event-state.ts';
import { linkProbability } from '../events/link-model.ts';
import { docSide, eventSide, pairFeatures } from '../events/pair-features.ts';
import { addVectors, weightedCosine } from '../events/sparse-vector.ts';
import type { ClusterDocument } from '../features.ts';
import type { Reach, WorkingSet } from './working-set.ts';

/** An undated stored document moved to the event it fits better (a split of its old event). */
export interface UndatedMove {
  document: string;
  from: string;
  to: string;
  evidence: EventMembershipEvidence;
}

interface Prospect {
  doc: StoredDoc;
  from: EventState;
  to: EventState;
}

/** The closest content cosine between `doc` and the held members of `event` other than itself. */
function closestCosine(doc: StoredDoc, event: EventState, set: WorkingSet): number {
  let best = 0;
  for (const member of set.index.representatives(event)) {
    if (member.id === doc.id || member.terms.ids.length === 0) continue;
    best = Math.max(best, weightedCosine(doc.terms, member.terms, set.index.weights.termIdf));
  }
  return best;
}

/** Takes `doc` out of `from` (its vectors subtracted; values left at zero or below drop out). */
function leave(from: EventState, doc: StoredDoc, set: WorkingSet): void {
  const caps = set.index.caps;
  const positive = (vector: EventState['centroid']) => {
    const keep = [...vector.values.keys()].filter((at) => vector.values[at]! > 1e-6);
    return { ids: Int32Array.from(keep, (at) => vector.ids[at]!), values: Float32Array.from(keep, (at) => vector.values[at]!) };
  };
  from.members = from.members.filter((member) => member !== doc.index);
  from.live = Math.max(0, from.live - 1);
  from.centroid = positive(addVectors(from.centroid, doc.terms, caps.maxEventTerms, caps.termRank, -1));
  from.titleBag = positive(addVectors(from.titleBag, doc.titleTerms, Number.POSITIVE_INFINITY, undefined, -1));
  from.entities = positive(addVectors(from.entities, doc.entities, caps.maxEventEntities, caps.entityRank, -1));
}

/**
 * Articles do not arrive in date order. An undated article joins the first event it resembles,
 * even one whose dated articles lie months from the happening it reports; when a dated article
 * of the right time arrives later, the undated one is found through the candidate index (its
 * old event is out of the window, so the clusterer did not compare them) and moves when the link
 * model accepts the new event and its content is closer to the new event's articles than to its
 * old event's. Cost: bounded by the candidates of the batch.
 */
export async function rehomeUndated(
  set: WorkingSet,
  batch: readonly ClusterDocument[],
  touched: Set<EventState>,
): Promise<UndatedMove[]> {
  const threshold = set.options.model.threshold;
  const prospects: Prospect[] = [];
  const reach: Reach = { events: new Set(), documents: new Set() };
  for (const input of batch) {
    if (!input.date) continue;
    const held = set.clusterer.heldDocument(input.id)!;
    const to = set.index.events[held.event]!;
    // No window here: the old events are the ones the window kept out.
    for (const candidate of set.index.candidates(held.terms, held.entities, null, new Map(), to.index)) {
      if (!candidate.event.storedId) continue;
      for (const member of candidate.members) {
        if (member.date !== null || !set.docs.has(member.id)) continue;
        prospects.push({ doc: member, from: candidate.event, to });
        reach.documents.add(member.id);
        reach.events.add(candidate.event.storedId);
      }
    }
  }
  if (prospects.length === 0) return [];
  await set.fill(reach);
  const moves: UndatedMove[] = [];
  const moved = new Set<string>();
  for (const { doc, from, to } of prospects) {
    const outside = from.date !== null && !set.index.withinWindow(to.date, from.date);
    if (moved.has(doc.id) || doc.event !== from.index || !outside) continue;
    const pair = pairFeatures(docSide(doc), eventSide(to, set.index.representatives(to)), set.index.weights);
    const probability = linkProbability(set.options.model, pair.features);
    if (probability < threshold || pair.features.bestMember <= closestCosine(doc, from, set)) continue;
    const evidence: EventMembershipEvidence = {
      document: doc.id,
      similarity: Math.round(probability * 1000) / 1000,
      sharedEntities: [],
      timeGapDays: null,
      linkedTo: pair.linked?.id ?? null,
    };
    leave(from, doc, set);
    addToEvent(to, doc, set.index.caps, evidence);
    moved.add(doc.id);
    touched.add(from);
    touched.add(to);
    moves.push({ document: doc.id, from: eventIdOf(from), to: eventIdOf(to), evidence });
  }
  return moves;
}
