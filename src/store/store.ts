import type { Claim, NewsEvent, Storyline } from '../model/cluster.ts';
import type { EnrichedDocument, RawDocument } from '../model/document.ts';
import type { GlobalEntity, StoredEntity } from '../model/entity.ts';
import type { DidYouMean } from '../search/plan.ts';
import type { AlertReads, AlertWrites } from './alert-port.ts';
import type { ClusterStatePort } from './cluster-port.ts';

/** Why an item could not be stored: kept so a person can see what was rejected and why. */
export interface StoredFailure {
  source: string;
  reason: string;
  message: string;
  at: string;
}

export interface SaveResult {
  added: string[];
  updated: string[];
  unchanged: string[];
}

export interface DocumentQuery {
  outlet?: string;
  language?: string;
  /** Inclusive ISO date bounds compared with the publication date's prefix. */
  from?: string;
  to?: string;
  entity?: string;
  limit?: number;
  offset?: number;
}

export interface Page {
  limit?: number;
  offset?: number;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  language: string;
  published: string | null;
  source: string;
}

export type ClusterKind = 'event' | 'storyline' | 'claim';

export type SearchSort = 'relevance' | 'date';

/** A search: the query in the search language (src/search/syntax.ts), and filters and a page beside it. */
export interface SearchRequest extends DocumentQuery {
  q: string;
  /** Best match first (default), or newest first. */
  sort?: SearchSort;
}

export interface SearchHit extends DocumentSummary {
  /** Lower is better (SQLite's bm25; PostgreSQL's rank negated); 0 for a match by entity link alone. */
  score: number;
  /** Words around the match, the matched words between `[` and `]`. */
  snippet: string;
  /** Near-duplicates of this article that match too, folded under it. */
  duplicates: DocumentSummary[];
}

export interface SearchResult {
  /** Hits in all pages: a near-duplicate folded under its first article is not counted again. */
  total: number;
  /** Matching documents, near-duplicates included. */
  documents: number;
  hits: SearchHit[];
  /** The entity names taken for typos of the query, and the query with them corrected. */
  didYouMean: DidYouMean | null;
}

export interface StoreStats {
  documents: number;
  failures: number;
  outlets: { outlet: string | null; documents: number }[];
  languages: { language: string; documents: number }[];
  entities: number;
  events: number;
  storylines: number;
  claims: number;
  removedPieces: number;
  diagnostics: number;
}

export interface OutletLineCounts {
  outlet: string;
  /** Normalised lines and, for each, the number of documents of the outlet that contain it. */
  lines: Map<string, number>;
  documents: number;
}

/** What the feed watcher remembers of one feed between polls. */
export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: string | null;
  nextPollAt: string | null;
  consecutiveFailures: number;
  lastError: string | null;
}

export interface EntityQuery extends Page {
  /** Substring of the name or of an alias, case-insensitive. */
  q?: string;
  type?: GlobalEntity['type'];
}

/** How a raw item came in (all of `RawDocument` but its content): enough to analyse it again. */
export type RawEnvelope = Omit<RawDocument, 'content' | 'diagnostics'>;

/** A stored document with the raw content it came from, for full scans (export, reprocess). */
export interface StoredDocumentRow {
  document: EnrichedDocument;
  /** `envelope` is null for documents stored before envelopes were kept. */
  raw: { content: string; format: string; envelope: RawEnvelope | null };
  /** When it was first stored (ISO). */
  ingestedAt: string;
}

/** Where a scan through the documents stands: pass it back to get the next page. */
export type DocumentCursor = string | null;

export interface DocumentScan {
  /** Only documents stored at or after this ISO instant. */
  since?: string;
  limit: number;
  after: DocumentCursor;
}

/** What a batch stores: one document and the raw content it was extracted from. */
export interface DocumentToSave {
  document: EnrichedDocument;
  raw: string;
  rawFormat: string;
  envelope?: RawEnvelope;
  /**
   * Re-analysed content (`warta reprocess`): the same content already stored under the same id is
   * rewritten in place (same storage order and ingest time) instead of being skipped.
   */
  replace?: boolean;
  /**
   * The id is the caller's (a JSONL `id`, an API `givenId`): the record is stored under it even
   * when its content is stored under another id. Without it, stored content is never stored again.
   */
  keyedById?: boolean;
}

/** Which of some ids and content hashes are stored, and under what. */
export interface StoredKeys {
  /** Stored id → the content hash stored under it. */
  hashOfId: Map<string, string>;
  /** Stored content hash → the id of the first document holding it. */
  idOfHash: Map<string, string>;
}

/**
 * Writes of one batch. Everything written through it commits together when the transaction's
 * work resolves, or not at all when it throws (or the process dies): a rerun then redoes the batch.
 */
export interface StoreTransaction extends ClusterStatePort {
  /** Saved searches: created, removed and matched inside write transactions. */
  alerts: AlertWrites;
  /** Content hashes already stored, of those given (read inside the transaction: no race). */
  knownHashes(hashes: string[]): Promise<Set<string>>;
  /** The same, with the ids: what the transaction sees stored of the given ids and hashes. */
  storedKeys(ids: string[], hashes: string[]): Promise<StoredKeys>;
  saveDocuments(batch: DocumentToSave[]): Promise<SaveResult>;
  /**
   * Rewrites what later stages learned about stored documents (duplicates, dates inferred from
   * events, times re-read against them); the entity timelines follow the new dates.
   */
  updateDocuments(documents: EnrichedDocument[]): Promise<void>;
  getDocuments(ids: string[]): Promise<EnrichedDocument[]>;
  /** Inserts or replaces the given entities only (the ones a batch created or changed). */
  upsertEntities(entities: StoredEntity[]): Promise<void>;
  /** Counts one more document of `outlet` holding each of the lines (outlet templates). */
  recordOutletLines(outlet: string, documentLines: string[]): Promise<void>;
  saveFailures(failures: StoredFailure[]): Promise<void>;
}

/**
 * Everything Warta keeps, behind an asynchronous port shaped by what the stages need. SQLite
 * implements it (embedded default); other backends implement the same contract
 * (test/store/store-contract.ts). No method loads the whole store: lists are paged.
 */
export interface Store {
  /** Saved searches that alert, their matches and webhook deliveries. */
  readonly alerts: AlertReads;
  /** Content hashes already stored, of those given. */
  knownHashes(hashes: string[]): Promise<Set<string>>;
  /** What is stored of the given ids (their content hashes) and content hashes (their first ids). */
  storedKeys(ids: string[], hashes: string[]): Promise<StoredKeys>;
  /** Runs `work` in one write transaction (one writer at a time; readers are never blocked). */
  transaction<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T>;
  saveFailures(failures: StoredFailure[]): Promise<void>;
  getDocument(id: string): Promise<EnrichedDocument | null>;
  getDocuments(ids: string[]): Promise<EnrichedDocument[]>;
  getRaw(id: string): Promise<{ content: string; format: string } | null>;
  /** One page of a full scan in storage order; `next` is null after the last page. */
  scanDocuments(scan: DocumentScan): Promise<{ rows: StoredDocumentRow[]; next: DocumentCursor }>;
  listDocuments(query: DocumentQuery): Promise<DocumentSummary[]>;
  /** How many documents the query's filters match, over every page (limit and offset aside). */
  countDocuments(query: DocumentQuery): Promise<number>;
  /** Throws `QuerySyntaxError` (src/search/syntax.ts) for a query it cannot read. */
  search(request: SearchRequest): Promise<SearchResult>;
  /**
   * Every entity without its document list (documents live in the entity timeline): what the
   * entity registry needs to give new mentions their identity.
   */
  entityCatalog(): Promise<StoredEntity[]>;
  /** The entities filed under any of the words (`StoredEntity.lookupTokens`): what a batch can meet. */
  entitiesByTokens(tokens: string[]): Promise<StoredEntity[]>;
  /** Entities by name or alias, most documents first, with the total that match. */
  listEntities(query: EntityQuery): Promise<{ items: StoredEntity[]; total: number }>;
  /** The entity with the ids of the documents mentioning it. */
  getEntity(id: string): Promise<GlobalEntity | null>;
  /** Documents mentioning an entity, counted per publication month (`YYYY-MM`, or `undated`). */
  entityTimeline(id: string): Promise<{ period: string; documents: number; mentions: number }[]>;
  events(page?: Page): Promise<NewsEvent[]>;
  storylines(page?: Page & { sort?: 'size' | 'recent' }): Promise<Storyline[]>;
  claims(page?: Page): Promise<Claim[]>;
  /** How many events, storylines or claims are stored: the totals of their lists. */
  countClusters(kind: ClusterKind): Promise<number>;
  /** Claims with a figure from one of the given documents. */
  claimsOfDocuments(documentIds: string[]): Promise<Claim[]>;
  getEvent(id: string): Promise<NewsEvent | null>;
  getStoryline(id: string): Promise<Storyline | null>;
  /**
   * Learned outlet templates of the given outlets, read once before a batch is extracted: only
   * the given (normalised) lines of an outlet when `lines` names some, else all its lines.
   */
  outletLineCounts(
    outlets: string[],
    lines?: ReadonlyMap<string, readonly string[]>,
  ): Promise<Map<string, OutletLineCounts>>;
  failures(limit?: number): Promise<StoredFailure[]>;
  /** Adds a feed to watch; false when it was already there. */
  addFeed(url: string): Promise<boolean>;
  feeds(): Promise<FeedState[]>;
  saveFeedState(state: FeedState): Promise<void>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
