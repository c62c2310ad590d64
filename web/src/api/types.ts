/** Shapes of the JSON API's answers, as the UI reads them. Model types come from the engine itself. */
import type { Claim, NewsEvent, Storyline, StorylineMembershipEvidence } from '../../../src/model/cluster.ts';
import type { EnrichedDocument, PublishedDate } from '../../../src/model/document.ts';
import type { EntityType, GlobalEntity } from '../../../src/model/entity.ts';
import type { Figure } from '../../../src/model/figure.ts';
import type { Quote } from '../../../src/model/quote.ts';

export type {
  Claim,
  EnrichedDocument,
  EntityType,
  Figure,
  GlobalEntity,
  NewsEvent,
  Quote,
  Storyline,
  StorylineMembershipEvidence,
};

/** An entity as listed: with the number of documents mentioning it instead of their ids. */
export interface EntityListItem extends Omit<GlobalEntity, 'documents'> {
  documentCount: number;
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
  /** Near-duplicates of this article that match too, folded under it. */
  duplicates: DocumentSummary[];
}

export interface DidYouMean {
  query: string;
  corrections: { text: string; suggestion: string; entity: { id: string; name: string } }[];
}

/** A page of a list (src/serve/http/schemas/reads.ts): every list says its total over all pages. */
export interface ListResponse<T> {
  items: T[];
  limit: number;
  offset: number;
  total: number;
}

export interface SearchResponse {
  q: string;
  /** Hits over all pages (near-duplicates folded) and matching documents. */
  total: number;
  documents: number;
  hits: SearchHit[];
  didYouMean: DidYouMean | null;
  limit: number;
  offset: number;
  sort: 'relevance' | 'date';
  tookMs: number;
}

export interface Stats {
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

/** Title, outlet and date of a document, for labelling references to it. */
export interface DocumentLabel {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

export interface EntityLabel {
  id: string;
  name: string;
  type: EntityType;
}

export interface EventSource {
  id: string;
  title: string | null;
  outlet: string | null;
  published: PublishedDate | null;
  duplicateOf: string | null;
  quotes: Quote[];
  figures: Figure[];
  entities: { entity: string; name: string; type: EntityType; mentions: number }[];
}

export interface EventDetail {
  event: NewsEvent;
  sources: EventSource[];
  claims: Claim[];
}

export interface EntityDetail {
  entity: GlobalEntity;
  timeline: { period: string; documents: number; mentions: number }[];
  documents: DocumentSummary[];
  quotes: (Quote & { document: string; title: string | null })[];
}

/** An event as listed: the model's event plus the outlets of its documents. */
export interface EventListItem extends NewsEvent {
  outlets?: string[];
}

export interface StorylineDetail {
  storyline: Storyline;
  timeline: EventListItem[];
  entities?: EntityLabel[];
  documents?: DocumentLabel[];
}

export interface ClaimsResponse extends ListResponse<Claim> {
  documents?: DocumentLabel[];
}

/** A storyline as listed: the model's storyline plus the span of its events' dates. */
export interface StorylineListItem extends Storyline {
  from?: string | null;
  to?: string | null;
}
