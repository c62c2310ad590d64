import type { DayRange } from '../cluster/calendar-days.ts';
import type { Claim, EventMembershipEvidence, NewsEvent, Storyline } from '../model/cluster.ts';

/**
 * The persisted state of incremental clustering, as the cluster stage reads and writes it inside
 * a batch's transaction. Every read is keyed by what the new documents point at (their terms,
 * entities, MinHash bands, events, storylines): adding k documents to a store of N reads only
 * the candidates of those k documents, whatever N is.
 */

/** `language` NUL `term`: a term's statistics are kept per language. */
export type TermKey = string;

export function termKey(language: string, term: string): TermKey {
  return `${language}\u0000${term}`;
}

export function splitTermKey(key: TermKey): { language: string; term: string } {
  const at = key.indexOf('\u0000');
  return { language: key.slice(0, at), term: key.slice(at + 1) };
}

/** A document as the clusterer keeps it between batches: compact, capped vectors. */
export interface ClusterDocRecord {
  /** Arrival order in the store: newer is larger. */
  seq: number;
  id: string;
  language: string;
  title: string;
  /** The title, or the opening words of the text: names an event when the central article has no title. */
  lead: string;
  outlet: string | null;
  date: DayRange | null;
  /** The document's own publication date (never one inferred from its event), or null. */
  ownPublished: string | null;
  /** Strongest stemmed terms with their sub-linear weights. */
  terms: [string, number][];
  titleTerms: string[];
  /** Entity id, name, salience. */
  entities: [string, string, number][];
  signature: Uint32Array;
  /** Word-shingle hashes, kept while the document can still be matched exactly (dropped by retention). */
  shingles: Uint32Array | null;
  event: string;
  evidence: EventMembershipEvidence;
  /** The earliest copy of this text, or null. */
  duplicateOf: string | null;
}

/** A new document as written: its record and the index keys it is filed under. */
export interface NewClusterDoc extends ClusterDocRecord {
  claimItems: ClaimItemRecord[];
  termKeys: TermKey[];
  entityKeys: string[];
  bandKeys: number[];
}

/** One entry of a candidate index (postings of a term or entity, or an LSH bucket), newest first. */
export interface PostingRecord {
  seq: number;
  id: string;
  event: string;
  date: DayRange | null;
}

/** An event's running state: capped summed vectors, dates, representatives. */
export interface ClusterEventRecord {
  id: string;
  founder: string;
  /** Founding order: when two events merge, the earlier one keeps its id. */
  foundedSeq: number;
  /** [language, term, value]: an event may hold articles of several languages. */
  centroid: [string, string, number][];
  titleBag: [string, string, number][];
  /** Entity id, name, summed salience. */
  entities: [string, string, number][];
  date: DayRange | null;
  members: number;
  /** Ids of the first and the latest members: they stand for the event when it is compared as a whole. */
  firstMembers: string[];
  latestMembers: string[];
  storyline: string | null;
}

/** A member of an event, as needed to summarise the event and infer dates from it. */
export interface EventMemberRecord {
  seq: number;
  id: string;
  title: string;
  lead: string;
  date: DayRange | null;
  ownPublished: string | null;
  evidence: EventMembershipEvidence;
  duplicateOf: string | null;
}

/** What a storyline remembers of one of its recent events. */
export interface StorylineEventProfile {
  id: string;
  title: string;
  date: DayRange | null;
  /** The event's date as the event shows it (ISO), or null. */
  eventDate?: string | null;
  documents: number;
  terms: [string, number][];
  coreEntities: { id: string; name: string; weight: number }[];
}

export interface StorylineRecord {
  id: string;
  /** Founding order. */
  foundedSeq: number;
  events: string[];
  /** The last events (at most the tracker's `eventsCompared`): all that a new event is compared with. */
  recent: StorylineEventProfile[];
  /** How many of its events have each core entity. */
  entityCounts: [string, number][];
  largest: { title: string; documents: number };
  /** The latest day its recent events reach (ISO, '' when undated): lists sort by it. */
  latest: string;
  summary: Storyline;
}

/** A figure of a document that may join a claim, with the words around it. */
export interface ClaimItemRecord {
  document: string;
  /** The outlet, or the document when the outlet is unknown: one source per claim. */
  source: string;
  family: string;
  text: string;
  value: number;
  qualifier: string;
  start: number;
  end: number;
  /** Fields of the figure the consistency judgement reads. */
  figure: Record<string, unknown>;
  words: [string, number][];
  subject: string;
}

/** Everything one batch changed in the clustering state: written in the batch's transaction. */
export interface ClusterChanges {
  documentCounts: Map<string, number>;
  termFrequencies: Map<TermKey, number>;
  entityFrequencies: Map<string, number>;
  newDocuments: NewClusterDoc[];
  /** Stored documents moved to another event (merges): all members of `from` go to `into`. */
  mergedEvents: { from: string; into: string }[];
  /** Stored documents moved to another event one by one (an undated article to the event it fits). */
  movedDocuments: { id: string; event: string; evidence: EventMembershipEvidence }[];
  /** Copy groups whose earliest text is now another document. */
  rerootedDuplicates: { from: string; to: string }[];
  events: ClusterEventRecord[];
  /** Event summaries as the API and the export show them. */
  eventSummaries: NewsEvent[];
  removedEvents: string[];
  storylines: StorylineRecord[];
  removedStorylines: string[];
  /** Claims recomputed per storyline: each replaces the claims of its storyline. */
  claims: { storyline: string; claims: Claim[] }[];
  /** The latest day any stored document may mean: retention counts back from it. */
  newestDay: number | null;
  /** Documents dated before this day leave the candidate indexes (retention), or null. */
  evictBefore: number | null;
}

/** A lookup of one index key for documents within a time window (days), or at any time (null). */
export interface PostingLookup<K> {
  key: K;
  window: { from: number; to: number } | null;
}

export interface ClusterStatePort {
  /** Documents per language so far (language → count). */
  documentCounts(): Promise<Map<string, number>>;
  termFrequencies(keys: TermKey[]): Promise<Map<TermKey, number>>;
  entityFrequencies(ids: string[]): Promise<Map<string, number>>;
  /**
   * Per lookup, the newest `limit` entries of its key dated within its window, and the newest
   * `limit` undated ones (an undated document is within every window); merged per key, newest first.
   */
  termPostings(lookups: PostingLookup<TermKey>[], limit: number): Promise<Map<TermKey, PostingRecord[]>>;
  entityPostings(lookups: PostingLookup<string>[], limit: number): Promise<Map<string, PostingRecord[]>>;
  /** Newest `limit` documents per LSH band key, newest first. */
  bandPostings(keys: number[], limit: number): Promise<Map<number, PostingRecord[]>>;
  clusterDocuments(ids: string[]): Promise<ClusterDocRecord[]>;
  clusterEvents(ids: string[]): Promise<ClusterEventRecord[]>;
  /** Every member of each event (an event's size, never the store's). */
  eventMembers(ids: string[]): Promise<Map<string, EventMemberRecord[]>>;
  /** Stored copies whose earliest text is one of `roots`. */
  copiesOf(roots: string[]): Promise<Map<string, string[]>>;
  /** Storylines whose events have the entity as a core entity, newest first, at most `limit` each. */
  storylinesOfEntities(ids: string[], limit: number): Promise<Map<string, string[]>>;
  storylineRecords(ids: string[]): Promise<StorylineRecord[]>;
  /** The newest `limit` document ids of the storyline's events. */
  storylineDocuments(id: string, limit: number): Promise<string[]>;
  claimItems(documentIds: string[]): Promise<ClaimItemRecord[]>;
  /** The last document sequence number given out (0 for an empty store) and the newest day held. */
  clusterMeta(): Promise<{ lastSeq: number; newestDay: number | null }>;
  applyClusterChanges(changes: ClusterChanges): Promise<void>;
}
