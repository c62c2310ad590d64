import type { Diagnostic } from './diagnostic.ts';
import type { EntityMention } from './entity.ts';
import type { Figure } from './figure.ts';
import type { Quote } from './quote.ts';
import type { TimeExpression } from './time.ts';

/** What kind of container an item came from. */
export type SourceKind = 'text' | 'html' | 'jsonl' | 'feed' | 'url';

/** Metadata the container itself states (JSONL fields, feed item fields, HTTP headers). */
export interface SourceHints {
  title?: string;
  url?: string;
  outlet?: string;
  published?: string;
  language?: string;
  section?: string;
  byline?: string;
}

/** One item as ingested, decoded to a JS string but otherwise untouched. */
export interface RawDocument {
  /** Caller-given id (JSONL `id`); otherwise the content hash becomes the id. */
  givenId?: string;
  /** The path or URL as given, with `#N` appended for the Nth item of a JSONL file or feed. */
  source: string;
  kind: SourceKind;
  /** `text` for scraped plain text (with its litter), `html` for markup. */
  format: 'text' | 'html';
  content: string;
  /** Encoding the bytes were decoded from, e.g. `utf-8`, `windows-1252`. */
  encoding: string;
  hints: SourceHints;
  /** Problems met while reading the item (e.g. invalid bytes replaced). */
  diagnostics: Diagnostic[];
}

export type RemovedKind =
  | 'navigation'
  | 'promo'
  | 'share'
  | 'related'
  | 'caption'
  | 'credit'
  | 'byline'
  | 'dateline'
  | 'date'
  | 'title'
  | 'section'
  | 'tags'
  | 'embed'
  | 'editor'
  | 'template'
  | 'other';

export interface RemovedPiece {
  text: string;
  kind: RemovedKind;
  /** The rule that removed it, e.g. `share-label`, `outlet-template`. */
  rule?: string;
}

export interface PublishedDate {
  /** ISO 8601, only as precise as the evidence: `2025`, `2025-07`, `2025-07-13`, `2025-08-15T13:12`. */
  value: string;
  /** The text the value rests on, verbatim. */
  evidence: string;
  /** True when reasoned (weekday match, relative clue, other documents) rather than read. */
  inferred: boolean;
  /** How the value was reached, for people who doubt it. */
  reasoning?: string;
}

/** A document after `extract`: its clean `text` is fixed from here on. */
export interface ExtractedDocument {
  id: string;
  /** sha256 of the raw content, normalised (line endings, trailing whitespace, NFC): decides whether an ingest is new. */
  contentHash: string;
  source: string;
  kind: SourceKind;
  url: string | null;
  language: string;
  title: string | null;
  outlet: string | null;
  /** Why the outlet was chosen (the promo line, dateline, domain or field). */
  outletEvidence: string | null;
  section: string | null;
  byline: string | null;
  published: PublishedDate | null;
  text: string;
  removed: RemovedPiece[];
  diagnostics: Diagnostic[];
}

/** A document after `enrich`. */
export interface EnrichedDocument extends ExtractedDocument {
  entities: EntityMention[];
  quotes: Quote[];
  figures: Figure[];
  /** Points in time, ISO dates at their own granularity. */
  times: TimeExpression[];
  /** Lengths of time ("selama 16 bulan" → P16M); kept apart from `times`. */
  durations?: TimeExpression[];
  duplicateOf: string | null;
}
