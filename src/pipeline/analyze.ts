import type { AliasTable } from '../enrich/entities/index.ts';
import { extractDocument } from '../extract/extract-document.ts';
import { type IngestItem, type IngestOptions, ingestSources } from '../ingest/index.ts';
import type { EnrichedDocument, ExtractedDocument, RawDocument } from '../model/document.ts';
import type { GlobalEntity } from '../model/entity.ts';
import { clusterAll } from './cluster.ts';
import { createEnrichContext, enrichDocument, entitySnapshot } from './enrich.ts';
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

/**
 * Extract and enrich raw items; an item the extractor cannot handle is rejected with its reason.
 * Extraction runs twice for outlets seen often enough: first to learn each outlet's recurring
 * lines (its template), then to remove them.
 */
export function processRawDocuments(
  raws: RawDocument[],
  options: {
    referenceDate: Date;
    entities?: GlobalEntity[];
    templates?: BatchTemplates;
    aliases?: AliasTable;
  },
  timings: Record<string, number> = {},
): {
  documents: EnrichedDocument[];
  raws: Map<string, RawDocument>;
  entities: GlobalEntity[];
  rejected: Rejection[];
} {
  const rejected: Rejection[] = [];
  const extracted: ExtractedDocument[] = [];
  const rawById = new Map<string, RawDocument>();
  const templates = options.templates ?? new BatchTemplates(null);
  for (const raw of raws) {
    try {
      const doc = timed(timings, 'extract', () =>
        extractDocument(raw, { referenceDate: options.referenceDate }),
      );
      if (rawById.has(doc.id)) continue;
      rawById.set(doc.id, raw);
      extracted.push(doc);
      if (doc.outlet) templates.observe(doc.outlet, templateLines(raw));
    } catch (error) {
      rejected.push({
        source: raw.source,
        reason: 'extract-failed',
        message: `${raw.source}: extract failed: ${(error as Error).message}`,
      });
    }
  }
  const final = extracted.map((doc) => {
    const raw = rawById.get(doc.id);
    if (raw?.format !== 'text' || !doc.outlet || !templates.canLearn(doc.outlet)) return doc;
    return timed(timings, 'extract', () =>
      extractDocument(raw, { referenceDate: options.referenceDate, templates }),
    );
  });
  const context = createEnrichContext(options.entities ?? [], options.aliases);
  const documents = final.map((doc) =>
    timed(timings, 'enrich', () =>
      runIsolated(
        'enrich',
        doc.id,
        { ...doc, entities: [], quotes: [], figures: [], times: [], duplicateOf: null },
        doc.diagnostics,
        () => enrichDocument(doc, context),
      ),
    ),
  );
  return { documents, raws: rawById, entities: entitySnapshot(context), rejected };
}

/** The whole job in memory: read inputs, extract, enrich, cluster. Nothing is stored. */
export async function analyzeInputs(inputs: string[], options: AnalyzeOptions): Promise<AnalysisResult> {
  const timings: Record<string, number> = {};
  const raws: RawDocument[] = [];
  const rejected: Rejection[] = [];
  const ingestStarted = performance.now();
  for await (const item of ingestSources(inputs, options.ingest ?? {})) {
    options.onItem?.(item);
    if (item.ok) raws.push(item.doc);
    else rejected.push({ source: item.source, reason: item.reason, message: item.message });
  }
  timings.ingest = performance.now() - ingestStarted;
  const processed = processRawDocuments(
    raws,
    { referenceDate: options.referenceDate, ...(options.aliases ? { aliases: options.aliases } : {}) },
    timings,
  );
  const clusters = timed(timings, 'cluster', () => clusterAll(processed.documents));
  return {
    ...clusters,
    entities: processed.entities,
    rejected: [...rejected, ...processed.rejected],
    timings,
  };
}
