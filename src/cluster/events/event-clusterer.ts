import type { EventMembershipEvidence, NewsEvent } from '../../model/cluster.ts';
import { gapDays } from '../calendar-days.ts';
import { DuplicateDetector, type DuplicateResult } from '../duplicates/duplicate-detector.ts';
import type { ClusterDocument } from '../features.ts';
import { type Candidate, EventIndex } from './event-index.ts';
import { addToEvent, type EventState, eventIdOf, foundEvent, type StoredDoc } from './event-state.ts';
import { type EventProfile, eventProfile, summarizeEvent } from './event-summary.ts';
import { linkProbability, type PairFeatures } from './link-model.ts';
import { type EventMerge, mergeSimilarEvents } from './merge-pass.ts';
import { type EventClustererOptions, resolveEventOptions } from './options.ts';
import { docSide, eventSide, pairFeatures, type ScoredPair } from './pair-features.ts';
import { evictOldDocuments } from './retention.ts';
import { sharedIds } from './sparse-vector.ts';

export interface EventAssignment {
  document: string;
  /** Id of the event the document joined or founded. */
  event: string;
  created: boolean;
  evidence: EventMembershipEvidence;
  /** The earliest near-duplicate already stored, or null. */
  duplicateOf: string | null;
  /** Stored documents that turn out to be later copies of this one. */
  supersedes: string[];
  /** Candidate events scored: bounded by `maxCandidateEvents`, whatever the corpus size. */
  compared: number;
}

/** A scored candidate pair with its gold label, for learning the link model. */
export interface LabelledPair {
  features: PairFeatures;
  same: boolean;
}

interface Scored extends ScoredPair {
  candidate: Candidate;
  probability: number;
}

interface Comparison {
  stored: StoredDoc;
  duplicate: DuplicateResult;
  /** Candidate events, most probable first. */
  scored: Scored[];
}

/**
 * Online, incremental event clustering. Each document is compared only with the candidate events
 * that its rarest terms, most salient entities and MinHash bands reach within the time window;
 * the learned link model scores each candidate, and the document joins the best one above the
 * threshold or founds a new event.
 */
export class EventClusterer {
  private readonly options: EventClustererOptions;
  private readonly index: EventIndex;
  private readonly duplicates: DuplicateDetector;
  private readonly primed = new Set<string>();
  private readonly duplicateOf = new Map<string, string>();
  private readonly eventLabels = new Map<string, number>();
  private readonly docIds = new Map<string, number>();
  /** Retention: the first document not yet considered for eviction, and additions since the last sweep. */
  private retentionFrom = 0;
  private sinceSweep = 0;

  constructor(options: Partial<EventClustererOptions> = {}) {
    this.options = resolveEventOptions(options);
    this.index = new EventIndex(this.options);
    this.duplicates = new DuplicateDetector(this.options.duplicates);
  }

  /**
   * Counts document frequencies of a batch before adding it, so that the first documents of a
   * batch are weighted with the statistics of the whole batch. Each document is counted once.
   */
  primeDocumentFrequencies(docs: Iterable<ClusterDocument>): void {
    for (const doc of docs) {
      if (this.primed.has(doc.id)) continue;
      this.primed.add(doc.id);
      this.index.observe(doc);
    }
  }

  add(doc: ClusterDocument): EventAssignment {
    const { stored, duplicate, scored } = this.compare(doc);
    // A copy joins its original's event, unless it was published outside the time window (a re-run).
    const original = duplicate.duplicateOf ? this.docById(duplicate.duplicateOf) : null;
    const inWindow = original && !original.evicted && this.index.withinWindow(stored.date, original.date);
    const copyOf = inWindow ? original : null;
    const best = scored[0];
    let assignment: Omit<EventAssignment, 'duplicateOf' | 'supersedes' | 'compared'>;
    if (copyOf) {
      assignment = this.join(stored, this.index.events[copyOf.event]!, copyOf, duplicate.jaccard ?? 1);
    } else if (best && best.probability >= this.options.model.threshold) {
      assignment = this.join(stored, best.candidate.event, best.linked, best.probability);
    } else {
      assignment = this.found(stored);
    }
    this.index.index(stored);
    for (const later of duplicate.supersedes) this.duplicateOf.set(later, stored.id);
    if (duplicate.duplicateOf) this.duplicateOf.set(stored.id, duplicate.duplicateOf);
    this.applyRetention();
    return {
      ...assignment,
      duplicateOf: duplicate.duplicateOf,
      supersedes: duplicate.supersedes,
      compared: scored.length,
    };
  }

  /**
   * Training mode: scores the document against its candidates like `add`, labels every pair with
   * the gold event, then files the document into its gold event (teacher forcing).
   */
  addLabelled(doc: ClusterDocument, label: string): { pairs: LabelledPair[]; goldReached: boolean | null } {
    const { stored, scored } = this.compare(doc);
    const goldIndex = this.eventLabels.get(label);
    const pairs = scored.map((pair) => ({
      features: pair.features,
      same: pair.candidate.event.index === goldIndex,
    }));
    if (goldIndex === undefined) {
      this.found(stored);
      this.eventLabels.set(label, stored.event);
    } else {
      const evidence = {
        document: stored.id,
        similarity: 1,
        sharedEntities: [],
        timeGapDays: null,
        linkedTo: null,
      };
      addToEvent(this.index.events[goldIndex]!, stored, this.index.caps, evidence);
    }
    this.index.index(stored);
    return { pairs, goldReached: goldIndex === undefined ? null : pairs.some((pair) => pair.same) };
  }

  private applyRetention(): void {
    const retainDays = this.options.retainDays;
    if (retainDays === null || ++this.sinceSweep < this.options.retentionSweepEvery) return;
    this.sinceSweep = 0;
    this.retentionFrom = evictOldDocuments(this.index, this.duplicates, retainDays, this.retentionFrom);
  }

  /** Merges events whose summaries the link model finds alike (run after a batch); `only` limits who looks. */
  mergeSimilarEvents(only: Set<EventState> | null = null): EventMerge[] {
    return mergeSimilarEvents(this.index, this.options, only);
  }

  /**
   * The working memory, for a store-backed batch that fills it with what the store holds of the
   * batch's candidates before adding the batch (see `cluster/incremental`).
   */
  get memory(): { index: EventIndex; duplicates: DuplicateDetector } {
    return { index: this.index, duplicates: this.duplicates };
  }

  /** Registers a document read back from a store (adopted into the memory at `index`). */
  registerAdopted(id: string, index: number, duplicateOf: string | null): void {
    this.docIds.set(id, index);
    if (duplicateOf) this.duplicateOf.set(id, duplicateOf);
  }

  /** Whether the document is held (added, or adopted from a store). */
  holds(id: string): boolean {
    return this.docIds.has(id);
  }

  /** A held document as the clusterer keeps it (vectors over interned ids). */
  heldDocument(id: string): StoredDoc | null {
    return this.docById(id);
  }

  /** The event state of a held document. */
  eventStateOf(documentId: string): EventState | null {
    const doc = this.docById(documentId);
    return doc ? this.index.events[doc.event]! : null;
  }

  /** The events held (open ones and closed ones not yet taken), as the model type. */
  events(): NewsEvent[] {
    return this.index.events
      .filter((event) => event.alive && !event.released)
      .map((event) => event.frozen?.summary ?? summarizeEvent(event, this.index));
  }

  /** Profiles of the events held (dates, topic terms, core entities), for storylines. */
  eventProfiles(): EventProfile[] {
    return this.index.events
      .filter((event) => event.alive && !event.released)
      .map((event) => event.frozen?.profile ?? eventProfile(event, this.index));
  }

  /**
   * Hands over the events closed by retention (all members out of the window) and forgets them,
   * for a store-backed ingest that persists events as they close: memory then stays flat.
   */
  takeClosedEvents(): { event: NewsEvent; profile: EventProfile }[] {
    const closed: { event: NewsEvent; profile: EventProfile }[] = [];
    const queue = this.index.closed;
    this.index.closed = [];
    for (const event of queue) {
      if (!event.alive || event.released || !event.frozen) continue;
      closed.push({ event: event.frozen.summary, profile: event.frozen.profile });
      event.frozen = null;
      event.released = true;
      event.members = [];
      event.evidence = [];
    }
    return closed;
  }

  eventOf(documentId: string): string | null {
    const doc = this.docById(documentId);
    return doc ? eventIdOf(this.index.events[doc.event]!) : null;
  }

  duplicateOfDocument(documentId: string): string | null {
    return this.duplicateOf.get(documentId) ?? null;
  }

  get documentCount(): number {
    return this.index.docs.length;
  }

  /** Events held: open ones and closed ones not yet taken. */
  get eventCount(): number {
    return this.index.events.reduce((count, event) => count + (event.alive && !event.released ? 1 : 0), 0);
  }

  private docById(id: string): StoredDoc | null {
    const index = this.docIds.get(id);
    return index === undefined ? null : this.index.docs[index]!;
  }

  private compare(doc: ClusterDocument): Comparison {
    if (this.docIds.has(doc.id))
      throw new Error(`document ${doc.id} was already added to the event clusterer`);
    if (!this.primed.delete(doc.id)) this.index.observe(doc);
    const stored = this.index.store(doc);
    this.docIds.set(doc.id, stored.index);
    const duplicate = this.duplicates.add(doc);
    const candidates = this.index.candidates(
      stored.terms,
      stored.entities,
      stored.date,
      duplicate.neighbours,
    );
    const scored: Scored[] = candidates.map((candidate) => {
      const pair = pairFeatures(
        docSide(stored),
        eventSide(candidate.event, candidate.members),
        this.index.weights,
      );
      return { ...pair, candidate, probability: linkProbability(this.options.model, pair.features) };
    });
    scored.sort((a, b) => b.probability - a.probability || a.candidate.event.index - b.candidate.event.index);
    return { stored, duplicate, scored };
  }

  private found(stored: StoredDoc): Omit<EventAssignment, 'duplicateOf' | 'supersedes' | 'compared'> {
    const event = foundEvent(this.index.events.length, stored);
    this.index.events.push(event);
    stored.event = event.index;
    return {
      document: stored.id,
      event: eventIdOf(event),
      created: true,
      evidence: event.evidence[0]!,
    };
  }

  private join(
    stored: StoredDoc,
    event: EventState,
    linked: StoredDoc | null,
    similarity: number,
  ): Omit<EventAssignment, 'duplicateOf' | 'supersedes' | 'compared'> {
    const shared = sharedIds(stored.entities, event.entities)
      .sort((a, b) => this.index.entityStats.idf(b) - this.index.entityStats.idf(a) || a - b)
      .slice(0, 8)
      .map((id) => this.index.entityNames.get(id) ?? this.index.entityStats.nameOf(id));
    const evidence: EventMembershipEvidence = {
      document: stored.id,
      similarity: Math.round(similarity * 1000) / 1000,
      sharedEntities: shared,
      timeGapDays: stored.date && linked?.date ? gapDays(stored.date, linked.date) : null,
      linkedTo: linked?.id ?? null,
    };
    addToEvent(event, stored, this.index.caps, evidence);
    return { document: stored.id, event: eventIdOf(event), created: false, evidence };
  }
}
