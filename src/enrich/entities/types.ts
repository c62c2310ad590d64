import type { Alias, EntityType } from '../../model/entity.ts';
import type { TableMatch } from './alias-table.ts';

/**
 * What a named-entity recogniser returns (the same shape as `src/lang/id/ner`'s spans). Entity
 * resolution takes the recogniser as a parameter, so any function of this type will do.
 */
export interface RecognizedSpan {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  score?: number;
}

export type Recognizer = (text: string) => RecognizedSpan[];

/**
 * Where a mention came from: the recogniser, the alias table, a definition in the text, a name
 * the registry learned from other documents, or a later search for a name already found.
 */
export type MentionOrigin = 'model' | 'table' | 'text' | 'registry' | 'recovered';

/** One mention of a name, its span covering the name only (roles and particles stripped). */
export interface NameMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  origin: MentionOrigin;
  roles: string[];
}

/** One entity of one document, before it gets its global identity. */
export interface DocumentEntity {
  type: EntityType;
  /** The best name the document offers (or the table's canonical name). */
  name: string;
  mentions: NameMention[];
  /** Surface forms (spacing tidied) → how many mentions used them. */
  forms: Map<string, number>;
  /** How the other forms were joined to the name, with provenance. */
  aliases: Alias[];
  roles: string[];
  /** Set when the alias table decided the name. */
  table: TableMatch | null;
}
