import type { AliasTable } from '../enrich/entities/index.ts';
import { contentHash } from '../extract/extract-document.ts';
import { type IngestItem, type IngestOptions, ingestSources } from '../ingest/index.ts';
import type { RawDocument } from '../model/document.ts';
import type { Store } from '../store/store.ts';
import { processRawDocuments, type Rejection } from './analyze.ts';
import { clusterAll } from './cluster.ts';
import { BatchTemplates, templateLines } from './templates.ts';

export interface IngestSummary {
  read: number;
  added: number;
  updated: number;
  unchanged: number;
  rejected: Rejection[];
  timings: Record<string, number>;
}

export interface IngestIntoStoreOptions {
  referenceDate: Date;
  /** The user's alias table; the curated table alone when absent. */
  aliases?: AliasTable;
  batchSize: number;
  ingest?: Partial<IngestOptions>;
  onItem?: (item: IngestItem) => void;
}

/**
 * Reads inputs and stores what is new, one transaction per batch, so a crash leaves the store
 * consistent. Content already stored (same hash) is skipped; a bad item is recorded and the rest goes on.
 */
export async function ingestIntoStore(
  inputs: string[],
  store: Store,
  options: IngestIntoStoreOptions,
): Promise<IngestSummary> {
  return ingestItemsIntoStore(ingestSources(inputs, options.ingest ?? {}), store, options);
}

/** The same, for items that come from elsewhere (the HTTP API, the feed watcher). */
export async function ingestItemsIntoStore(
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  store: Store,
  options: IngestIntoStoreOptions,
): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, added: 0, updated: 0, unchanged: 0, rejected: [], timings: {} };
  let batch: RawDocument[] = [];
  const flush = (): void => {
    if (batch.length === 0) return;
    storeBatch(batch, store, options, summary);
    batch = [];
  };
  for await (const item of items) {
    options.onItem?.(item);
    summary.read += 1;
    if (item.ok) batch.push(item.doc);
    else summary.rejected.push({ source: item.source, reason: item.reason, message: item.message });
    if (batch.length >= options.batchSize) flush();
  }
  flush();
  store.saveFailures(summary.rejected.map((r) => ({ ...r, at: new Date().toISOString() })));
  if (summary.added + summary.updated > 0) recluster(store);
  return summary;
}

function storeBatch(
  raws: RawDocument[],
  store: Store,
  options: IngestIntoStoreOptions,
  summary: IngestSummary,
): void {
  const hashes = raws.map((raw) => contentHash(raw.content));
  const known = store.knownHashes(hashes);
  const fresh = raws.filter((_, i) => !known.has(hashes[i] ?? ''));
  summary.unchanged += raws.length - fresh.length;
  if (fresh.length === 0) return;
  const processed = processRawDocuments(
    fresh,
    {
      referenceDate: options.referenceDate,
      entities: store.entities(),
      templates: new BatchTemplates(store),
      ...(options.aliases ? { aliases: options.aliases } : {}),
    },
    summary.timings,
  );
  summary.rejected.push(...processed.rejected);
  const saved = store.saveDocuments(
    processed.documents.map((document) => {
      const raw = processed.raws.get(document.id);
      return { document, raw: raw?.content ?? '', rawFormat: raw?.format ?? 'text' };
    }),
  );
  store.saveEntities(processed.entities);
  const byId = new Map(processed.documents.map((d) => [d.id, d]));
  for (const id of saved.added) {
    const doc = byId.get(id);
    const raw = processed.raws.get(id);
    if (doc?.outlet && raw) store.recordOutletLines(doc.outlet, templateLines(raw));
  }
  summary.added += saved.added.length;
  summary.updated += saved.updated.length;
  summary.unchanged += saved.unchanged.length;
}

/** Re-derives events, storylines and claims over the stored documents. */
export function recluster(store: Store): void {
  const clusters = clusterAll(store.allDocuments());
  store.updateDocuments(clusters.documents);
  store.saveClusters(clusters);
}
