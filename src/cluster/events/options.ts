import { shippedBackgrounds } from '../background-frequencies.ts';
import { DEFAULT_DUPLICATE_OPTIONS, type DuplicateOptions } from '../duplicates/duplicate-detector.ts';
import { DEFAULT_LINK_MODEL, type LinkModel } from './link-model.ts';
import type { BackgroundFrequencies } from './term-statistics.ts';

/** Every knob of the event clusterer, with its default in one place. */
export interface EventClustererOptions {
  model: LinkModel;
  /** Dated documents are compared only with documents at most this many days apart. */
  windowDays: number;
  /** Terms kept per document vector (the strongest by TF-IDF when stored). */
  maxDocTerms: number;
  /** Terms kept in an event centroid. */
  maxEventTerms: number;
  maxEventEntities: number;
  /** Rarest (top TF-IDF) terms of a document used as index keys, for lookup and for storage. */
  queryTerms: number;
  /** Most salient entities used as index keys. */
  queryEntities: number;
  /** Posting entries read per key, newest first. */
  postingReadCap: number;
  /** Posting entries kept per key (the newest). */
  postingKeep: number;
  /**
   * A lookup stops reading a key after this many entries in a row older than the window: in date
   * order the rest is older still. (A store reads postings by window, so it turns this off.)
   */
  olderInARow: number;
  /** Candidate events scored per document: the ones most hit by the index lookups. */
  maxCandidateEvents: number;
  /** Member documents of a candidate event compared one by one with the new document. */
  membersPerCandidate: number;
  duplicates: DuplicateOptions;
  /**
   * Documents older than this many days before the newest one leave memory (their events are
   * frozen as summaries): a document is only ever compared within `windowDays`, so memory stays
   * flat on an endless stream. Null keeps everything.
   */
  retainDays: number | null;
  /** Additions between two retention sweeps (a sweep walks the postings, so it is batched). */
  retentionSweepEvery: number;
  /** Document frequencies of reference corpora per language: IDF priors for small or young corpora. */
  backgrounds: readonly BackgroundFrequencies[];
}

export const DEFAULT_EVENT_OPTIONS: EventClustererOptions = {
  model: DEFAULT_LINK_MODEL,
  windowDays: 30,
  maxDocTerms: 100,
  maxEventTerms: 200,
  maxEventEntities: 40,
  queryTerms: 20,
  queryEntities: 8,
  postingReadCap: 100,
  postingKeep: 400,
  olderInARow: 16,
  maxCandidateEvents: 20,
  membersPerCandidate: 4,
  duplicates: DEFAULT_DUPLICATE_OPTIONS,
  retainDays: 180,
  retentionSweepEvery: 2_000,
  backgrounds: shippedBackgrounds(),
};

export function resolveEventOptions(options: Partial<EventClustererOptions> = {}): EventClustererOptions {
  const resolved = { ...DEFAULT_EVENT_OPTIONS, ...options };
  for (const key of ['windowDays', 'maxDocTerms', 'queryTerms', 'maxCandidateEvents'] as const) {
    const value = resolved[key];
    if (!(value > 0)) throw new Error(`event clusterer option ${key} must be positive, got ${value}`);
  }
  if (resolved.retainDays !== null && !(resolved.retainDays >= resolved.windowDays)) {
    throw new Error(
      `retainDays must be null or at least windowDays (${resolved.windowDays}), got ${resolved.retainDays}`,
    );
  }
  return resolved;
}
