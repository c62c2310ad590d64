import type { Claim, NewsEvent, Storyline } from '../model/cluster.ts';
import type { EnrichedDocument } from '../model/document.ts';
import type { GlobalEntity } from '../model/entity.ts';

export const EXPORT_FORMAT = 'warta-analysis/1';

export interface AnalysisExport {
  format: typeof EXPORT_FORMAT;
  documents: ExportedDocument[];
  entities: ExportedEntity[];
  events: NewsEvent[];
  storylines: Storyline[];
  claims: Claim[];
}

export type ExportedDocument = Omit<EnrichedDocument, 'contentHash' | 'kind'> & { contentHash: string };

export interface ExportedEntity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  aliasSources: GlobalEntity['aliases'];
  documents: string[];
}

export interface ExportInput {
  documents: EnrichedDocument[];
  entities: GlobalEntity[];
  events: NewsEvent[];
  storylines: Storyline[];
  claims: Claim[];
}

/** The public export (`../shared/spec/analysis-export.md`): field names and meanings are a contract. */
export function toAnalysisExport(input: ExportInput): AnalysisExport {
  return {
    format: EXPORT_FORMAT,
    documents: input.documents.map(exportDocument),
    entities: input.entities.map(exportEntity),
    events: input.events,
    storylines: input.storylines,
    claims: input.claims,
  };
}

/** One document of the export: also written one by one by the streaming export of a store. */
export function exportDocument(doc: EnrichedDocument): ExportedDocument {
  return {
    id: doc.id,
    source: doc.source,
    url: doc.url,
    language: doc.language,
    title: doc.title,
    outlet: doc.outlet,
    outletEvidence: doc.outletEvidence,
    section: doc.section,
    byline: doc.byline,
    published: doc.published,
    text: doc.text,
    removed: doc.removed,
    duplicateOf: doc.duplicateOf,
    entities: doc.entities,
    quotes: doc.quotes,
    figures: doc.figures,
    times: doc.times,
    durations: doc.durations ?? [],
    diagnostics: doc.diagnostics,
    contentHash: doc.contentHash,
  };
}

export function exportEntity(entity: GlobalEntity): ExportedEntity {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases.map((a) => a.alias),
    aliasSources: entity.aliases,
    documents: entity.documents,
  };
}
