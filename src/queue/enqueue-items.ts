import type { IngestItem } from '../ingest/index.ts';
import type { Rejection } from '../pipeline/analyze.ts';
import type { Store, StoredFailure } from '../store/store.ts';
import { ingestJob } from './job-payload.ts';
import type { JobQueue } from './job-queue.ts';

export interface EnqueueSummary {
  read: number;
  queued: number;
  alreadyQueued: number;
  rejected: Rejection[];
}

export interface EnqueueOptions {
  /** Carried by every job: the worker resolves year-less dates as a direct ingest now would. */
  referenceDate: Date;
  onItem?: (item: IngestItem) => void;
}

/** Items read before their jobs are added and their rejections stored. */
const CHUNK = 500;

/**
 * Puts every readable item on the queue, one job per item keyed by its content hash, and stores
 * what could not be read as failures (as a direct ingest would), a chunk at a time.
 */
export async function enqueueItems(
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  queue: JobQueue,
  store: Store,
  options: EnqueueOptions,
): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { read: 0, queued: 0, alreadyQueued: 0, rejected: [] };
  let jobs: ReturnType<typeof ingestJob>[] = [];
  let failures: StoredFailure[] = [];
  const flush = async (): Promise<void> => {
    if (jobs.length > 0) {
      const added = await queue.enqueue(jobs);
      summary.queued += added.queued;
      summary.alreadyQueued += added.alreadyQueued;
    }
    const rejected = failures;
    if (rejected.length > 0) await store.transaction((tx) => tx.saveFailures(rejected));
    jobs = [];
    failures = [];
  };
  for await (const item of items) {
    options.onItem?.(item);
    summary.read += 1;
    if (item.ok) jobs.push(ingestJob(item.doc, options.referenceDate));
    else {
      const rejection = { source: item.source, reason: item.reason, message: item.message };
      summary.rejected.push(rejection);
      failures.push({ ...rejection, at: new Date().toISOString() });
    }
    if (jobs.length + failures.length >= CHUNK) await flush();
  }
  await flush();
  return summary;
}
