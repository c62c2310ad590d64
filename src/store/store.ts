import type { Claim, NewsEvent, Storyline } from '../model/cluster.ts';
import type { EnrichedDocument } from '../model/document.ts';
import type { GlobalEntity } from '../model/entity.ts';

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

export interface SearchHit extends DocumentSummary {
  score: number;
  snippet: string;
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

/** Everything Warta keeps. SQLite implements it; a PostgreSQL backend can implement it later. */
export interface Store {
  /** Content hashes already stored, of those given. */
  knownHashes(hashes: string[]): Set<string>;
  /** Saves a batch of documents and the raw content they came from, in one transaction. */
  saveDocuments(batch: { document: EnrichedDocument; raw: string; rawFormat: string }[]): SaveResult;
  /** Rewrites what later stages learned about stored documents (duplicates, dates inferred from events). */
  updateDocuments(documents: EnrichedDocument[]): void;
  saveFailures(failures: StoredFailure[]): void;
  getDocument(id: string): EnrichedDocument | null;
  getRaw(id: string): { content: string; format: string } | null;
  allDocuments(): EnrichedDocument[];
  listDocuments(query: DocumentQuery): DocumentSummary[];
  search(text: string, query?: DocumentQuery): SearchHit[];
  /** Replaces the global entity table (the registry's snapshot). */
  saveEntities(entities: GlobalEntity[]): void;
  entities(): GlobalEntity[];
  /** Replaces events, storylines and claims with a fresh clustering. */
  saveClusters(clusters: { events: NewsEvent[]; storylines: Storyline[]; claims: Claim[] }): void;
  events(page?: Page): NewsEvent[];
  storylines(page?: Page): Storyline[];
  claims(page?: Page): Claim[];
  getEvent(id: string): NewsEvent | null;
  getStoryline(id: string): Storyline | null;
  getEntity(id: string): GlobalEntity | null;
  /** Documents mentioning an entity, counted per publication month (`YYYY-MM`, or `undated`). */
  entityTimeline(id: string): { period: string; documents: number; mentions: number }[];
  /** Learned outlet templates: line frequencies per outlet. */
  outletLineCounts(outlet: string): OutletLineCounts;
  recordOutletLines(outlet: string, documentLines: string[]): void;
  failures(limit?: number): StoredFailure[];
  /** Adds a feed to watch; false when it was already there. */
  addFeed(url: string): boolean;
  feeds(): FeedState[];
  saveFeedState(state: FeedState): void;
  stats(): StoreStats;
  close(): void;
}
