import {
  type ClusterDocRecord,
  type ClusterEventRecord,
  type ClusterStatePort,
  type PostingLookup,
  type PostingRecord,
  splitTermKey,
  type TermKey,
  termKey,
} from '../../store/cluster-port.ts';
import type { DayRange } from '../calendar-days.ts';
import type { DuplicateDetector } from '../duplicates/duplicate-detector.ts';
import { EventClusterer } from '../events/event-clusterer.ts';
import type { EventIndex } from '../events/event-index.ts';
import type { EventState, StoredDoc } from '../events/event-state.ts';
import type { EventClustererOptions } from '../events/options.ts';
import { EMPTY_VECTOR, type SparseVector, sparseVector } from '../events/sparse-vector.ts';
import type { ClusterDocument } from '../features.ts';

/** Entries read per LSH bucket (as the in-memory LSH index reads them). */
const BUCKET_READ = 16;
/** Band neighbours of one document filled for the exact copy check, those sharing the most bands first. */
const BAND_NEIGHBOURS_FILLED = 64;

/** What one lookup (a document, or an event by its centroid) reached among the stored documents. */
export interface Reach {
  events: Set<string>;
  documents: Set<string>;
}

/**
 * The clusterer's memory for one batch, filled from a store with what the batch can meet: the
 * posting entries under the batch's keys (as cheap stubs: id, date, event), then the full vectors
 * of the candidates the index picks among them. The in-memory `EventClusterer` then runs on it
 * unchanged, so a batch through the store is clustered by the same code as `warta analyze`.
 */
export class WorkingSet {
  readonly clusterer: EventClusterer;
  readonly index: EventIndex;
  readonly duplicates: DuplicateDetector;
  /** Adopted (stored) documents and events by id. */
  readonly docs = new Map<string, StoredDoc>();
  readonly events = new Map<string, EventState>();
  /** Records read in full, by id. */
  readonly docRecords = new Map<string, ClusterDocRecord>();
  readonly eventRecords = new Map<string, ClusterEventRecord>();
  /** Lookups already read (kind, window, key) and store entries already filed per key. */
  readonly #loadedLookups = new Set<string>();
  readonly #filed = new Map<string, Set<number>>();
  readonly #loadedBands = new Set<number>();
  readonly #seededTerms = new Set<TermKey>();
  readonly #seededEntities = new Set<string>();

  constructor(
    private readonly port: ClusterStatePort,
    readonly options: EventClustererOptions,
    /** Ids of the batch: a stored record under one of them is an older version, never a candidate. */
    private readonly batchIds: ReadonlySet<string> = new Set(),
  ) {
    // The store reads each lookup's postings within its window: everything read is kept and scanned.
    this.clusterer = new EventClusterer({
      ...options,
      retainDays: null,
      postingReadCap: Number.MAX_SAFE_INTEGER,
      postingKeep: Number.MAX_SAFE_INTEGER,
      olderInARow: Number.POSITIVE_INFINITY,
    });
    ({ index: this.index, duplicates: this.duplicates } = this.clusterer.memory);
  }

  /** Document frequencies of the store for the batch's terms and entities, before the batch counts in. */
  async seedStatistics(batch: readonly ClusterDocument[]): Promise<void> {
    for (const [language, documents] of await this.port.documentCounts())
      this.index.termStats.seedDocuments(language, documents);
    await this.seedTerms(batch.flatMap((doc) => [...doc.terms.keys()].map((t) => termKey(doc.language, t))));
    await this.seedEntities(batch.flatMap((doc) => doc.entities.map((entity) => entity.id)));
  }

  async seedTerms(keys: Iterable<TermKey>): Promise<void> {
    const fresh = [...new Set(keys)].filter((key) => !this.#seededTerms.has(key));
    if (fresh.length === 0) return;
    for (const key of fresh) this.#seededTerms.add(key);
    const counts = await this.port.termFrequencies(fresh);
    for (const key of fresh) {
      const { language, term } = splitTermKey(key);
      this.index.termStats.seedFrequency(term, language, counts.get(key) ?? 0);
    }
  }

  async seedEntities(ids: Iterable<string>): Promise<void> {
    const fresh = [...new Set(ids)].filter((id) => !this.#seededEntities.has(id));
    if (fresh.length === 0) return;
    for (const id of fresh) this.#seededEntities.add(id);
    const counts = await this.port.entityFrequencies(fresh);
    for (const id of fresh) this.index.entityStats.seedFrequency(id, '', counts.get(id) ?? 0);
  }

  termKeyOf(id: number): TermKey {
    return termKey(this.index.termStats.languageOfId(id), this.index.termStats.nameOf(id));
  }

  /**
   * Reads the stored postings under the lookup keys of `terms` and `entities` within the time
   * window of `date` (and the LSH buckets of `signature`), adopting their documents as stubs;
   * returns the stored band neighbours of each lookup.
   */
  async loadPostings(
    lookups: { terms: SparseVector; entities: SparseVector; date: DayRange | null; signature: Uint32Array | null }[],
  ): Promise<Map<number, number>[]> {
    const termLookups = new Map<string, PostingLookup<TermKey>>();
    const entityLookups = new Map<string, PostingLookup<string>>();
    const localTerm = new Map<TermKey, number>();
    const localEntity = new Map<string, number>();
    for (const lookup of lookups) {
      const keys = this.index.keysOf(lookup.terms, lookup.entities);
      const window = this.#windowOf(lookup.date);
      const tag = window ? `${window.from}:${window.to}` : '*';
      for (const id of keys.terms) {
        const key = this.termKeyOf(id);
        localTerm.set(key, id);
        if (!this.#loadedLookups.has(`t${tag}|${key}`)) termLookups.set(`t${tag}|${key}`, { key, window });
      }
      for (const id of keys.entities) {
        const key = this.index.entityStats.nameOf(id);
        localEntity.set(key, id);
        if (!this.#loadedLookups.has(`e${tag}|${key}`)) entityLookups.set(`e${tag}|${key}`, { key, window });
      }
    }
    for (const tag of [...termLookups.keys(), ...entityLookups.keys()]) this.#loadedLookups.add(tag);
    const readCap = this.options.postingReadCap;
    const [terms, entities] = await Promise.all([
      this.port.termPostings([...termLookups.values()], readCap),
      this.port.entityPostings([...entityLookups.values()], readCap),
    ]);
    for (const [key, entries] of terms) this.#prepend('term', key, localTerm.get(key)!, entries);
    for (const [key, entries] of entities) this.#prepend('entity', key, localEntity.get(key)!, entries);
    return this.#loadBands(lookups.map((lookup) => lookup.signature));
  }

  #windowOf(date: DayRange | null): { from: number; to: number } | null {
    const days = this.options.windowDays;
    return date ? { from: date.first - days, to: date.last + days } : null;
  }

  async #loadBands(signatures: (Uint32Array | null)[]): Promise<Map<number, number>[]> {
    const keysPer = signatures.map((signature) => (signature ? this.duplicates.bandKeys(signature) : []));
    const fresh = [...new Set(keysPer.flat())].filter((key) => !this.#loadedBands.has(key));
    for (const key of fresh) this.#loadedBands.add(key);
    const buckets = await this.port.bandPostings(fresh, BUCKET_READ);
    const entriesOf = new Map<number, PostingRecord[]>(buckets);
    return keysPer.map((keys) => {
      const shared = new Map<number, number>();
      for (const key of keys) {
        for (const entry of entriesOf.get(key) ?? []) {
          if (this.batchIds.has(entry.id)) continue;
          const doc = this.adoptStub(entry);
          shared.set(doc.index, (shared.get(doc.index) ?? 0) + 1);
        }
      }
      return shared;
    });
  }

  /** Files stored entries under the key in memory, each once (lookups of several windows overlap). */
  #prepend(kind: 'term' | 'entity', storeKey: string, key: number, newestFirst: readonly PostingRecord[]): void {
    const filed = this.#filed.get(`${kind}|${storeKey}`) ?? new Set<number>();
    this.#filed.set(`${kind}|${storeKey}`, filed);
    const items = [...newestFirst]
      .reverse()
      .filter((entry) => !this.batchIds.has(entry.id) && !filed.has(entry.seq))
      .map((entry) => {
        filed.add(entry.seq);
        return this.adoptStub(entry).index;
      });
    this.index.prependPostings(kind, key, items);
  }

  /** A stored document known by its posting entry: id, date and event, no vectors yet. */
  adoptStub(entry: Pick<PostingRecord, 'id' | 'event' | 'date'>): StoredDoc {
    const known = this.docs.get(entry.id);
    if (known) return known;
    const event = this.adoptEventStub(entry.event);
    const doc = this.index.adopt({
      id: entry.id,
      title: '',
      date: entry.date,
      terms: EMPTY_VECTOR,
      titleTerms: EMPTY_VECTOR,
      entities: EMPTY_VECTOR,
      event: event.index,
      evicted: false,
    });
    const item = this.duplicates.adoptPlaceholder(entry.id);
    if (item !== doc.index) throw new Error(`working set out of step: item ${item} for document ${doc.index}`);
    this.clusterer.registerAdopted(entry.id, doc.index, null);
    this.docs.set(entry.id, doc);
    return doc;
  }

  adoptEventStub(id: string): EventState {
    const known = this.events.get(id);
    if (known) return known;
    const event: EventState = {
      index: this.index.events.length,
      founder: '',
      members: [],
      centroid: EMPTY_VECTOR,
      titleBag: EMPTY_VECTOR,
      entities: EMPTY_VECTOR,
      date: null,
      evidence: [],
      alive: true,
      live: 0,
      frozen: null,
      released: false,
      founded: -1,
      storedId: id,
    };
    this.index.events.push(event);
    this.events.set(id, event);
    return event;
  }

  /** The events and members the index would compare a lookup with (a dry run of the candidate search). */
  reach(
    terms: SparseVector,
    entities: SparseVector,
    date: EventState['date'],
    neighbours: ReadonlyMap<number, number>,
    exclude = -1,
  ): Reach {
    const reach: Reach = { events: new Set(), documents: new Set() };
    for (const candidate of this.index.candidates(terms, entities, date, neighbours, exclude)) {
      if (candidate.event.storedId) reach.events.add(candidate.event.storedId);
      for (const member of candidate.members) if (this.docs.has(member.id)) reach.documents.add(member.id);
    }
    const closest = [...neighbours].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, BAND_NEIGHBOURS_FILLED);
    for (const [item] of closest) {
      const doc = this.index.docs[item]!;
      if (this.docs.has(doc.id)) {
        reach.documents.add(doc.id);
        const event = this.index.events[doc.event]!;
        if (event.storedId) reach.events.add(event.storedId);
      }
    }
    return reach;
  }

  /**
   * Reads in full what a dry run reached: the documents (and the earliest copies they point to),
   * their events, and the members that stand for those events.
   */
  async fill(reach: Reach): Promise<void> {
    await this.#fillDocuments([...reach.documents]);
    const eventIds = new Set(reach.events);
    for (const id of reach.documents) {
      const record = this.docRecords.get(id);
      if (record) eventIds.add(record.event);
      const root = record?.duplicateOf ? this.docRecords.get(record.duplicateOf) : undefined;
      if (root) eventIds.add(root.event);
    }
    await this.#fillEvents([...eventIds]);
  }

  async #fillEvents(ids: string[]): Promise<void> {
    const fresh = ids.filter((id) => !this.eventRecords.has(id));
    if (fresh.length === 0) return;
    const records = await this.port.clusterEvents(fresh);
    await this.seedTerms(records.flatMap((r) => [...r.centroid, ...r.titleBag].map(([l, t]) => termKey(l, t))));
    await this.seedEntities(records.flatMap((r) => r.entities.map(([id]) => id)));
    const representatives: string[] = [];
    for (const record of records) {
      this.eventRecords.set(record.id, record);
      const event = this.adoptEventStub(record.id);
      event.founder = record.founder;
      event.founded = record.foundedSeq;
      event.centroid = this.#languageVector(record.centroid);
      event.titleBag = this.#languageVector(record.titleBag);
      event.entities = this.#entityVector(record.entities);
      event.date = record.date;
      event.live = record.members;
      representatives.push(...record.firstMembers, ...record.latestMembers);
    }
    await this.#fillDocuments(representatives);
    for (const record of records) {
      const event = this.events.get(record.id)!;
      const standing = [...new Set([...record.firstMembers, ...record.latestMembers])]
        .map((id) => this.docs.get(id)?.index)
        .filter((index) => index !== undefined);
      event.members = [...new Set([...standing, ...event.members])];
    }
  }

  /** Reads documents in full, with the earliest copies they point to (filled first, so copies join their group). */
  async #fillDocuments(ids: string[]): Promise<void> {
    const fresh = [...new Set(ids)].filter((id) => !this.docRecords.has(id) && !this.batchIds.has(id));
    if (fresh.length === 0) return;
    const records = await this.port.clusterDocuments(fresh);
    const fetched = new Set(records.map((record) => record.id));
    const missingRoots = records
      .map((record) => record.duplicateOf)
      // A root the batch analyses again comes with the batch, not from the store.
      .filter(
        (root): root is string =>
          root !== null && !fetched.has(root) && !this.docRecords.has(root) && !this.batchIds.has(root),
      );
    const roots = missingRoots.length > 0 ? await this.port.clusterDocuments([...new Set(missingRoots)]) : [];
    const all = [...roots, ...records];
    await this.seedTerms(
      all.flatMap((r) => [...r.terms.map(([t]) => t), ...r.titleTerms].map((t) => termKey(r.language, t))),
    );
    await this.seedEntities(all.flatMap((r) => r.entities.map(([id]) => id)));
    const earliestFirst = [...all].sort(
      (a, b) => Number(a.duplicateOf !== null) - Number(b.duplicateOf !== null),
    );
    for (const record of earliestFirst) this.#fillDocument(record);
  }

  #fillDocument(record: ClusterDocRecord): void {
    this.docRecords.set(record.id, record);
    const doc = this.adoptStub({ id: record.id, event: record.event, date: record.date });
    const stats = this.index.termStats;
    doc.title = record.title;
    doc.date = record.date;
    doc.terms = sparseVector(record.terms.map(([term, value]) => [stats.intern(term, record.language), value]));
    doc.titleTerms = sparseVector(record.titleTerms.map((term) => [stats.intern(term, record.language), 1]));
    doc.entities = this.#entityVector(record.entities);
    const root = record.duplicateOf && this.docRecords.has(record.duplicateOf) ? this.docs.get(record.duplicateOf) : undefined;
    this.duplicates.fill(
      doc.index,
      { id: record.id, date: record.date, signature: record.signature, shingles: record.shingles ?? new Uint32Array(0) },
      root ? root.index : null,
    );
    this.clusterer.registerAdopted(record.id, doc.index, record.duplicateOf);
  }

  #languageVector(entries: [string, string, number][]): SparseVector {
    const stats = this.index.termStats;
    return sparseVector(entries.map(([language, term, value]) => [stats.intern(term, language), value]));
  }

  #entityVector(entries: [string, string, number][]): SparseVector {
    const stats = this.index.entityStats;
    return sparseVector(
      entries.map(([id, name, value]) => {
        const local = stats.intern(id);
        if (!this.index.entityNames.has(local)) this.index.entityNames.set(local, name);
        return [local, value];
      }),
    );
  }
}
