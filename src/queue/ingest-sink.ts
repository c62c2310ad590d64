import type { IngestItem } from '../ingest/index.ts';
import type { Rejection } from '../pipeline/analyze.ts';
import { type IngestSummary, type ItemOutcome, ingestItemsIntoStore } from '../pipeline/ingest-into-store.ts';
import { isPostgresUrl } from '../store/postgres/connection.ts';
import type { Store } from '../store/store.ts';
import { type EnqueueSummary, enqueueItems } from './enqueue-items.ts';
import { JobQueue } from './job-queue.ts';

export type IngestReceipt =
  | { mode: 'stored'; summary: IngestSummary }
  | { mode: 'queued'; summary: EnqueueSummary };

/**
 * Where new items go (the HTTP API, the feed watcher): into the store at once, or onto the job
 * queue for workers. Either way, items that cannot be read are stored as failures.
 */
export interface IngestSink {
  /** `onOutcome` hears of each stored item (a direct ingest only: a queue learns it in the worker). */
  take(
    items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
    referenceDate: Date,
    onOutcome?: (outcome: ItemOutcome) => void,
  ): Promise<IngestReceipt>;
}

/** Ingests in the caller's process, one store transaction per batch (the SQLite way). */
export function storeSink(store: Store, batchSize = 200): IngestSink {
  return {
    take: async (items, referenceDate, onOutcome) => ({
      mode: 'stored',
      summary: await ingestItemsIntoStore(items, store, { referenceDate, batchSize, ...(onOutcome ? { onOutcome } : {}) }),
    }),
  };
}

/** Puts the items on the queue, for `warta worker` to analyse and store. */
export function queueSink(queue: JobQueue, store: Store): IngestSink {
  return {
    take: async (items, referenceDate) => ({
      mode: 'queued',
      summary: await enqueueItems(items, queue, store, { referenceDate }),
    }),
  };
}

/** Items the sink accepted: stored (or found stored already), or queued (or found queued already). */
export function acceptedCount(receipt: IngestReceipt): number {
  return receipt.mode === 'stored'
    ? receipt.summary.added + receipt.summary.updated + receipt.summary.unchanged
    : receipt.summary.queued + receipt.summary.alreadyQueued;
}

export function rejectionsOf(receipt: IngestReceipt): Rejection[] {
  return receipt.summary.rejected;
}

/**
 * The sink a database setting calls for: the queue on PostgreSQL (any number of workers share
 * it), the store itself on SQLite. `close` releases the queue's connections.
 */
export async function openIngestSink(db: string, store: Store): Promise<{ sink: IngestSink; close(): Promise<void> }> {
  if (!isPostgresUrl(db)) return { sink: storeSink(store), close: () => Promise.resolve() };
  const queue = await JobQueue.open(db);
  return { sink: queueSink(queue, store), close: () => queue.close() };
}
