import type { EnrichedDocument, ExtractedDocument } from '../model/document.ts';
import type { GlobalEntity } from '../model/entity.ts';

/** Cross-document state the enrich stage grows: one identity per entity. */
export interface EnrichContext {
  entities: GlobalEntity[];
}

export function createEnrichContext(snapshot: GlobalEntity[] = []): EnrichContext {
  return { entities: snapshot };
}

/** Adds entities, quotes, figures and times to an extracted document without touching its text. */
export function enrichDocument(doc: ExtractedDocument, _context: EnrichContext): EnrichedDocument {
  return { ...doc, entities: [], quotes: [], figures: [], times: [], duplicateOf: null };
}

export function entitySnapshot(context: EnrichContext): GlobalEntity[] {
  return context.entities;
}
