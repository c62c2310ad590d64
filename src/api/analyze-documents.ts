import { DEFAULTS } from '../config/config.ts';
import type { AliasTable } from '../enrich/entities/index.ts';
import { sniffFormat } from '../ingest/format.ts';
import type { IngestItem } from '../ingest/index.ts';
import type { RawDocument, SourceHints } from '../model/document.ts';
import { type AnalysisResult, analyzeItems } from '../pipeline/analyze.ts';
import { type IngestSummary, ingestItemsIntoStore } from '../pipeline/ingest-into-store.ts';
import type { Store } from '../store/store.ts';

/** One article held in memory. */
export interface DocumentInput {
  /** The article as plain text (scraped text with its litter is fine) or as an HTML page. */
  content: string;
  /** Default: `html` when the content starts like an HTML page, else `text`. */
  format?: 'text' | 'html';
  /** Names the document in results and messages (default `document-1`, `document-2`, …). */
  source?: string;
  /** Your own id for the document; by default the id is derived from the content. */
  id?: string;
  /** What is known about the article beside its content (its URL, title, outlet, date…). */
  hints?: SourceHints;
}

export interface AnalyzeDocumentsOptions {
  /** Year-less and relative dates resolve against this date (default: now). */
  referenceDate?: Date;
  /** Aliases the entities resolve with (see `loadAliasTable`); default: the built-in curated ones. */
  aliases?: AliasTable;
}

function rawDocument(input: DocumentInput | string, index: number): RawDocument {
  if (typeof input === 'string') input = { content: input };
  const format = input.format ?? (sniffFormat(input.content) === 'html' ? 'html' : 'text');
  return {
    ...(input.id !== undefined ? { givenId: input.id } : {}),
    source: input.source ?? `document-${index + 1}`,
    kind: format,
    format,
    content: input.content,
    encoding: 'utf-8',
    hints: { ...input.hints },
    diagnostics: [],
  };
}

function documentItems(documents: readonly (DocumentInput | string)[]): IngestItem[] {
  return documents.map((input, index) => ({ ok: true, doc: rawDocument(input, index) }));
}

/**
 * Analyses articles held in memory as `warta analyze` does files: extraction, entities, quotes,
 * figures, times, then events, storylines and claims across the documents given together.
 * Nothing is stored. Pass the result to `toAnalysisExport` for the JSON export.
 */
export function analyzeDocuments(
  documents: readonly (DocumentInput | string)[],
  options: AnalyzeDocumentsOptions = {},
): Promise<AnalysisResult> {
  return analyzeItems(documentItems(documents), {
    referenceDate: options.referenceDate ?? new Date(),
    ...(options.aliases ? { aliases: options.aliases } : {}),
  });
}

export interface StoreDocumentsOptions extends AnalyzeDocumentsOptions {
  /** Documents analysed and stored per transaction (default 200). */
  batchSize?: number;
}

/**
 * Analyses articles held in memory and stores them, as `warta ingest` does files: what is already
 * stored (same content) is left alone, events and storylines grow with what is new.
 */
export function storeDocuments(
  store: Store,
  documents: readonly (DocumentInput | string)[],
  options: StoreDocumentsOptions = {},
): Promise<IngestSummary> {
  return ingestItemsIntoStore(documentItems(documents), store, {
    referenceDate: options.referenceDate ?? new Date(),
    batchSize: options.batchSize ?? DEFAULTS.batchSize,
    ...(options.aliases ? { aliases: options.aliases } : {}),
  });
}
