import { type DayRange, gapDays } from '../calendar-days.ts';
import type { EventState, StoredDoc } from './event-state.ts';
import { type PairFeatures, timeGapFeature } from './link-model.ts';
import { type SparseVector, weightedCosine } from './sparse-vector.ts';

export interface Weights {
  termIdf: (id: number) => number;
  entityIdf: (id: number) => number;
  /** IDF-weighted norm of a term vector (cached: IDFs drift slowly). */
  termNorm: (vector: SparseVector) => number;
}

export interface ScoredPair {
  features: PairFeatures;
  /** The member document most similar to the incoming side, or null. */
  linked: StoredDoc | null;
}

/** One side of a comparison: a document, or an event seen as one big document. */
export interface Side {
  terms: SparseVector;
  titleTerms: SparseVector;
  entities: SparseVector;
  date: DayRange | null;
  /** Member documents whose own vectors may be compared (a document is its own member). */
  members: readonly StoredDoc[];
}

export function docSide(doc: StoredDoc): Side {
  return {
    terms: doc.terms,
    titleTerms: doc.titleTerms,
    entities: doc.entities,
    date: doc.date,
    members: [doc],
  };
}

export function eventSide(event: EventState, members: readonly StoredDoc[]): Side {
  return {
    terms: event.centroid,
    titleTerms: event.titleBag,
    entities: event.entities,
    date: event.date,
    members,
  };
}

function closestMember(
  incoming: Side,
  candidate: Side,
  weights: Weights,
): { doc: StoredDoc | null; cosine: number } {
  let best: { doc: StoredDoc | null; cosine: number } = { doc: null, cosine: 0 };
  const theirNorms = candidate.members.map((theirs) => weights.termNorm(theirs.terms));
  for (const mine of incoming.members) {
    const myNorm = weights.termNorm(mine.terms);
    for (const [at, theirs] of candidate.members.entries()) {
      const cosine = weightedCosine(mine.terms, theirs.terms, weights.termIdf, myNorm, theirNorms[at]);
      if (!best.doc || cosine > best.cosine) best = { doc: theirs, cosine };
    }
  }
  return best;
}

/** The features the link model scores: how alike `incoming` and the `candidate` event are. */
export function pairFeatures(incoming: Side, candidate: Side, weights: Weights): ScoredPair {
  const closest = closestMember(incoming, candidate, weights);
  const undated = !incoming.date || !candidate.date;
  const gap = undated ? null : gapDays(incoming.date!, candidate.date!);
  return {
    features: {
      body: weightedCosine(
        incoming.terms,
        candidate.terms,
        weights.termIdf,
        weights.termNorm(incoming.terms),
        weights.termNorm(candidate.terms),
      ),
      title: weightedCosine(incoming.titleTerms, candidate.titleTerms, weights.termIdf),
      entities: weightedCosine(incoming.entities, candidate.entities, weights.entityIdf),
      bestMember: closest.cosine,
      timeGap: timeGapFeature(gap),
      undated: undated ? 1 : 0,
    },
    linked: closest.doc,
  };
}
