import { extractDocument } from '../extract/extract-document.ts';
import { type IngestItem, type IngestOptions, ingestSources } from '../ingest/index.ts';
import type { EnrichedDocument, ExtractedDocument, RawDocument } from '../model/document.ts';
import type { GlobalEntity } from '../model/entity.ts';
import { clusterAll } from './cluster.ts';
import { createEnrichContext, enrichDocument, entitySnapshot } from './enrich.ts';
import type { ExportInput } from './export.ts';
import { runIsolated } from './stage-error.ts';

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

/** Extract and enrich raw items; an item the extractor cannot handle is rejected with its reason. */
export function processRawDocuments(
  raws: RawDocument[],
  options: { referenceDate: Date; entities?: GlobalEntity[] },
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
  for (const raw of raws) {
    try {
      const doc = timed(timings, 'extract', () =>
        extractDocument(raw, { referenceDate: options.referenceDate }),
      );
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
  const context = createEnrichContext(options.entities ?? []);
  const documents = extracted.map((doc) =>
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
  const processed = processRawDocuments(raws, { referenceDate: options.referenceDate }, timings);
  const clusters = timed(timings, 'cluster', () => clusterAll(processed.documents));
  return {
    ...clusters,
    entities: processed.entities,
    rejected: [...rejected, ...processed.rejected],
    timings,
  };
}
