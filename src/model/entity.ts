import type { Span } from './span.ts';

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'EVT' | 'PRD' | 'MISC';

/** One entity as it occurs in one document, with every mention. */
export interface EntityMention {
  /** Global entity id, the same across documents for the same real-world entity. */
  entity: string;
  /** Canonical name. */
  name: string;
  type: EntityType;
  mentions: Span[];
  /** Titles and roles seen with the name in this document (Presiden, Menteri Luar Negeri). */
  roles?: string[];
}

export type AliasSource = 'rule' | 'text' | 'curated' | 'user';

export interface Alias {
  alias: string;
  source: AliasSource;
  /** The text or rule id that supports the alias. */
  evidence?: string;
}

/** An entity across the whole store. */
export interface GlobalEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: Alias[];
  documents: string[];
}

/**
 * An entity as the store keeps it: without the list of its documents (they live in the entity
 * timeline, `entity_documents`), with their number and what the registry needs to go on learning.
 */
export interface StoredEntity extends Omit<GlobalEntity, 'documents'> {
  documentCount: number;
  /** Surface form → number of documents it was seen in; decides the canonical name. */
  forms?: Record<string, number>;
  /** The name comes from the alias table and stays. */
  pinned?: boolean;
  /** Words a store files the entity under, so a batch reads only the entities its text can meet. */
  lookupTokens?: string[];
}
