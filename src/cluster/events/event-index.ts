import { type DayRange, gapDays } from '../calendar-days.ts';
import type { ClusterDocument } from '../features.ts';
import type { EventState, StoredDoc, VectorCaps } from './event-state.ts';
import type { EventClustererOptions } from './options.ts';
import type { Weights } from './pair-features.ts';
import { PostingIndex } from './posting-index.ts';
import { type SparseVector, sparseVector, weightedNorm } from './sparse-vector.ts';
import { TermStatistics } from './term-statistics.ts';

/** A candidate event for a document, with the member documents through which the index found it. */
export interface Candidate {
  event: EventState;
  members: StoredDoc[];
  /** Sum of the IDFs of the index keys that led to it. */
  hits: number;
}

/** How much a shared MinHash band counts, next to a shared rare term (IDF ≈ 3–8). */
const BAND_HIT = 2;


/** Strongest `count` ids of a vector by value × weight. */
function strongest(vector: SparseVector, count: number, weight: (id: number) => number): number[] {
  const ranked: { id: number; score: number }[] = [];
  for (let index = 0; index < vector.ids.length; index++) {
    const id = vector.ids[index]!;
    ranked.push({ id, score: vector.values[index]! * weight(id) });
  }
  ranked.sort((a, b) => b.score - a.score || a.id - b.id);
  return ranked.slice(0, count).map((entry) => entry.id);
}

/**
 * The clusterer's memory: stored documents, events, document frequencies and the inverted indexes
 * (rare terms, entities) that find candidate events without looking at every document.
 */
export class EventIndex {
  readonly docs: StoredDoc[] = [];
  readonly events: EventState[] = [];
  readonly termStats: TermStatistics;
  readonly entityStats = new TermStatistics();
  readonly entityNames = new Map<number, string>();
  /** Events frozen by retention and not yet handed over (`EventClusterer.takeClosedEvents`). */
  closed: EventState[] = [];
  /** The latest day any stored document may mean: retention counts back from it. */
  newestDay = Number.NEGATIVE_INFINITY;
  readonly weights: Weights;
  readonly caps: VectorCaps;
  private readonly termPostings: PostingIndex;
  private readonly entityPostings: PostingIndex;

  constructor(private readonly options: EventClustererOptions) {
    this.termStats = new TermStatistics(options.backgrounds);
    this.termPostings = new PostingIndex(options.postingReadCap, options.postingKeep);
    this.entityPostings = new PostingIndex(options.postingReadCap, options.postingKeep);
    this.weights = {
      termIdf: (id) => this.termStats.idf(id),
      entityIdf: (id) => this.entityStats.idf(id),
      termNorm: (vector) => this.termNorm(vector),
    };
    this.caps = {
      maxEventTerms: options.maxEventTerms,
      maxEventEntities: options.maxEventEntities,
      termRank: (id, value) => value * this.termStats.idf(id),
      entityRank: (id, value) => value * this.entityStats.idf(id),
    };
  }

  private readonly norms = new WeakMap<SparseVector, { norm: number; documents: number }>();

  /**
   * IDF-weighted norm of a term vector. Vectors are never mutated (an event gets a new centroid),
   * so the norm is cached per vector and refreshed once the corpus has grown by 2 %.
   */
  termNorm(vector: SparseVector): number {
    const documents = this.termStats.totalDocuments;
    const cached = this.norms.get(vector);
    if (cached && documents - cached.documents <= cached.documents * 0.02) return cached.norm;
    const norm = weightedNorm(vector, this.weights.termIdf);
    this.norms.set(vector, { norm, documents });
    return norm;
  }

  /** Counts the document's terms and entities into the document frequencies. */
  observe(doc: ClusterDocument): void {
    this.termStats.observe(doc.terms.keys(), doc.language);
    this.entityStats.observe(new Set(doc.entities.map((entity) => entity.id)));
  }

  /** The capped vectors a document is stored with (over interned ids). */
  vectorsOf(doc: ClusterDocument): Pick<StoredDoc, 'terms' | 'titleTerms' | 'entities'> {
    const termWeights = [...doc.terms].map(([term, count]) => {
      return [this.termStats.intern(term, doc.language), 1 + Math.log(count)] as [number, number];
    });
    const entityWeights = new Map<number, number>();
    for (const entity of doc.entities) {
      const id = this.entityStats.intern(entity.id);
      if (!this.entityNames.has(id)) this.entityNames.set(id, entity.name);
      entityWeights.set(id, (entityWeights.get(id) ?? 0) + entity.weight);
    }
    return {
      terms: sparseVector(termWeights, this.options.maxDocTerms, this.caps.termRank),
      titleTerms: sparseVector(doc.titleTerms.map((term) => [this.termStats.intern(term, doc.language), 1])),
      entities: sparseVector(entityWeights, this.options.maxEventEntities, this.caps.entityRank),
    };
  }

  /** Turns a cluster document into a stored one (not yet in any event nor in the postings). */
  store(doc: ClusterDocument): StoredDoc {
    const stored: StoredDoc = {
      index: this.docs.length,
      id: doc.id,
      title: doc.title,
      date: doc.date,
      ...this.vectorsOf(doc),
      event: -1,
      evicted: false,
    };
    this.docs.push(stored);
    if (doc.date && doc.date.last > this.newestDay) this.newestDay = doc.date.last;
    return stored;
  }

  /** The keys a document (or an event, by its centroid) is filed and looked up under. */
  keysOf(terms: SparseVector, entities: SparseVector): { terms: number[]; entities: number[] } {
    return {
      terms: strongest(terms, this.options.queryTerms, this.weights.termIdf),
      entities: strongest(entities, this.options.queryEntities, this.weights.entityIdf),
    };
  }

  /** Takes in a document clustered in an earlier batch (read back from a store), as the next index. */
  adopt(doc: Omit<StoredDoc, 'index'>): StoredDoc {
    const stored: StoredDoc = { ...doc, index: this.docs.length };
    this.docs.push(stored);
    if (doc.date && doc.date.last > this.newestDay) this.newestDay = doc.date.last;
    return stored;
  }

  /** Postings known from a store for `key`, oldest first: they come before everything held. */
  prependPostings(kind: 'term' | 'entity', key: number, items: readonly number[]): void {
    (kind === 'term' ? this.termPostings : this.entityPostings).prepend(key, items);
  }

  /** Files the document under its rarest terms and most salient entities. */
  index(doc: StoredDoc): void {
    const keys = this.keysOf(doc.terms, doc.entities);
    for (const term of keys.terms) this.termPostings.add(term, doc.index);
    for (const entity of keys.entities) this.entityPostings.add(entity, doc.index);
  }

  private olderThanWindow(stored: DayRange | null, date: DayRange | null): boolean {
    return stored !== null && date !== null && stored.last < date.first - this.options.windowDays;
  }

  /** True when either date is missing or they are at most `windowDays` apart. */
  withinWindow(a: DayRange | null, b: DayRange | null): boolean {
    return !a || !b || gapDays(a, b) <= this.options.windowDays;
  }

  /**
   * Events reachable from the given vectors through the index (and MinHash band neighbours),
   * within the time window of `date`, best hit first, at most `maxCandidateEvents`.
   */
  candidates(
    terms: SparseVector,
    entities: SparseVector,
    date: DayRange | null,
    neighbours: ReadonlyMap<number, number> = new Map(),
    exclude = -1,
  ): Candidate[] {
    const found = new Map<number, Candidate>();
    const visit = (item: number, weight: number): void => {
      const doc = this.docs[item]!;
      if (doc.evicted || doc.event < 0 || doc.event === exclude || !this.withinWindow(date, doc.date)) return;
      const event = this.events[doc.event]!;
      let candidate = found.get(event.index);
      if (!candidate) {
        candidate = { event, members: [], hits: 0 };
        found.set(event.index, candidate);
      }
      candidate.hits += weight;
      const known = candidate.members.includes(doc);
      if (!known && candidate.members.length < this.options.membersPerCandidate) candidate.members.push(doc);
    };
    const scan = (postings: PostingIndex, key: number, weight: number): void => {
      let olderInARow = 0;
      postings.scan(key, (item) => {
        visit(item, weight);
        olderInARow = this.olderThanWindow(this.docs[item]!.date, date) ? olderInARow + 1 : 0;
        return olderInARow < this.options.olderInARow;
      });
    };
    const keys = this.keysOf(terms, entities);
    for (const term of keys.terms) scan(this.termPostings, term, this.termStats.idf(term));
    for (const entity of keys.entities) scan(this.entityPostings, entity, this.entityStats.idf(entity));
    for (const [item, bands] of neighbours) visit(item, bands * BAND_HIT);
    // An undated member is within every window: it must not bridge a dated document to an event
    // whose dated members all lie outside the window (articles do not always arrive in date order).
    return [...found.values()]
      .filter((candidate) => this.withinWindow(date, candidate.event.date))
      .sort((a, b) => b.hits - a.hits || a.event.index - b.event.index)
      .slice(0, this.options.maxCandidateEvents);
  }

  /** Drops evicted documents from the postings (and keys left empty). */
  pruneEvicted(): void {
    const gone = (item: number) => this.docs[item]!.evicted;
    this.termPostings.prune(gone);
    this.entityPostings.prune(gone);
  }

  /** The member documents of `event` that best stand for it when it is compared as a whole. */
  representatives(event: EventState): StoredDoc[] {
    const count = this.options.membersPerCandidate;
    const members = event.members.filter((index) => !this.docs[index]!.evicted);
    if (members.length <= count) return members.map((index) => this.docs[index]!);
    const first = members.slice(0, Math.ceil(count / 2));
    const last = members.slice(members.length - Math.floor(count / 2));
    return [...first, ...last].map((index) => this.docs[index]!);
  }
}
