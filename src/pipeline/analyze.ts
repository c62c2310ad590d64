import type { AliasTable } from '../enrich/entities/index.ts';
import { extractDocument } from '../extract/extract-document.ts';
import { type IngestItem, type IngestOptions, ingestSources } from '../ingest/index.ts';
import type { EnrichedDocument, ExtractedDocument, RawDocument } from '../model/document.ts';
import { clusterAll } from './cluster.ts';
import type { OutletLineCounts } from '../store/store.ts';
import { createEnrichContext, type EnrichContext, enrichDocument, entitySnapshot } from './enrich.ts';
import type { ExportInput } from './export.ts';
import { runIsolated } from './stage-error.ts';
import { BatchTemplates, templateLines } from './templates.ts';

export interface Rejection {
  source: string;
  reason: string;
  message: string;
}

export interface AnalysisResult extends ExportInput {
  rejected: Rejection[];
  /** Milliseconds spent in each stage, summed over documents. */
  timings: Record<string, number>;
}

export interface AnalyzeOptions {
  referenceDate: Date;
  aliases?: AliasTable;
  ingest?: Partial<IngestOptions>;
  onItem?: (item: IngestItem) => void;
}

function timed<T>(timings: Record<string, number>, stage: string, work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    timings[stage] = (timings[stage] ?? 0) + performance.now() - started;
  }
}

export interface ProcessOptions {
  referenceDate: Date;
  /** The entity registry documents are resolved against; it learns from them. */
  context: EnrichContext;
  /** Outlet templates learned earlier (a store's), read once for the outlets a batch holds. */
  storedTemplates?: (
    outlets: string[],
    lines: ReadonlyMap<string, readonly string[]>,
  ) => Promise<Map<string, OutletLineCounts>>;
  /** Runs after extraction, before enrichment (a store reads the entities the texts can meet). */
  beforeEnrich?: (documents: ExtractedDocument[]) => Promise<void>;
}

export interface ProcessedBatch {
  documents: EnrichedDocument[];
  raws: Map<string, RawDocument>;
  rejected: Rejection[];
}

function extractFirstPass(
  raws: RawDocument[],
  referenceDate: Date,
  timings: Record<string, number>,
): { extracted: ExtractedDocument[]; rawById: Map<string, RawDocument>; rejected: Rejection[] } {
  const rejected: Rejection[] = [];
  const extracted: ExtractedDocument[] = [];
  const rawById = new Map<string, RawDocument>();
  for (const raw of raws) {
    try {
      const doc = timed(timings, 'extract', () => extractDocument(raw, { referenceDate }));
      if (rawById.has(doc.id)) continue;
      rawById.set(doc.id, raw);
      extracted.push(doc);
    } catch (error) {
      rejected.push({
        source: raw.source,
        reason: 'extract-failed',
        message: `${raw.source}: extract failed: ${(error as Error).message}`,
      });
    }
  }
  return { extracted, rawById, rejected };
}

/**
 * Extract and enrich raw items; an item the extractor cannot handle is rejected with its reason.
 * Extraction runs twice for outlets seen often enough: first to learn each outlet's recurring
 * lines (its template, with what a store learned before), then to remove them.
 */
export async function processRawDocuments(
  raws: RawDocument[],
  options: ProcessOptions,
  timings: Record<string, number> = {},
): Promise<ProcessedBatch> {
  const { extracted, rawById, rejected } = extractFirstPass(raws, options.referenceDate, timings);
  const linesOf = new Map<string, string[]>();
  for (const doc of extracted) {
    if (doc.outlet) linesOf.set(doc.outlet, [...(linesOf.get(doc.outlet) ?? []), ...templateLines(rawById.get(doc.id)!)]);
  }
  const outlets = [...linesOf.keys()];
  const stored = options.storedTemplates && outlets.length > 0 ? await options.storedTemplates(outlets, linesOf) : new Map();
  const templates = new BatchTemplates(stored);
  // Copies of one content (under other ids) are observed once: a copy would teach its own lines as template.
  const observed = new Set<string>();
  for (const doc of extracted) {
    if (!doc.outlet || observed.has(doc.contentHash)) continue;
    observed.add(doc.contentHash);
    templates.observe(doc.outlet, templateLines(rawById.get(doc.id)!));
  }
  const final = extracted.map((doc) => {
    const raw = rawById.get(doc.id);
    if (raw?.format !== 'text' || !doc.outlet || !templates.canLearn(doc.outlet)) return doc;
    return timed(timings, 'extract', () =>
      extractDocument(raw, { referenceDate: options.referenceDate, templates }),
    );
  });
  await options.beforeEnrich?.(final);
  const documents = final.map((doc) =>
    timed(timings, 'enrich', () =>
      runIsolated(
        'enrich',
        doc.id,
        { ...doc, entities: [], quotes: [], figures: [], times: [], duplicateOf: null },
        doc.diagnostics,
        () => enrichDocument(doc, options.context),
      ),
    ),
  );
  return { documents, raws: rawById, rejected };
}

/** The whole job in memory: read inputs, extract, enrich, cluster. Nothing is stored. */
export function analyzeInputs(inputs: string[], options: AnalyzeOptions): Promise<AnalysisResult> {
  return analyzeItems(ingestSources(inputs, options.ingest ?? {}), options);
}

/** The same job on items already read (documents in memory, a payload in hand). */
export async function analyzeItems(
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  options: Omit<AnalyzeOptions, 'ingest'>,
): Promise<AnalysisResult> {
  const timings: Record<string, number> = {};
  const raws: RawDocument[] = [];
  const rejected: Rejection[] = [];
  const ingestStarted = performance.now();
  for await (const item of items) {
    options.onItem?.(item);
    if (item.ok) raws.push(item.doc);
    else rejected.push({ source: item.source, reason: item.reason, message: item.message });
  }
  timings.ingest = performance.now() - ingestStarted;
  const context = createEnrichContext([], options.aliases);
  const processed = await processRawDocuments(raws, { referenceDate: options.referenceDate, context }, timings);
  const clusters = timed(timings, 'cluster', () => clusterAll(processed.documents));
  return {
    ...clusters,
    entities: entitySnapshot(context),
    rejected: [...rejected, ...processed.rejected],
    timings,
  };
}
