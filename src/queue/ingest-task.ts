import type { JobHelpers, Task, WithPgClient } from 'graphile-worker';
import type { AliasTable } from '../enrich/entities/index.ts';
import { ingestItemsIntoStore } from '../pipeline/ingest-into-store.ts';
import type { Store } from '../store/store.ts';
import { Batcher, type ItemOutcome } from './batcher.ts';
import { type JobAttempt, recordAttempts } from './job-log.ts';
import { type IngestJobPayload, parseIngestJob } from './job-payload.ts';

export interface IngestTaskOptions {
  store: Store;
  /** For jobs that carry no reference date of their own. */
  referenceDate: () => Date;
  aliases?: AliasTable;
  /** Items analysed and stored per store transaction. */
  batchSize: number;
  /** How long a batch waits for more jobs before it is processed anyway. */
  maxWaitMs: number;
  /** Where the attempts are logged (the queue's connections). */
  withPgClient: WithPgClient;
  onBatch?: (report: BatchReport) => void;
  onWarning?: (message: string) => void;
}

/** What a worker did, summed over its batches. */
export interface WorkerTotals {
  completed: number;
  failed: number;
  added: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** Documents a batch stored, left as they were, or rejected. */
interface Tally {
  added: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface BatchReport extends Tally {
  jobs: number;
  failed: number;
  ms: number;
}

interface QueuedItem {
  job: JobHelpers['job'];
  payload: IngestJobPayload;
}

export interface IngestTask {
  task: Task;
  totals: WorkerTotals;
  /** Processes the gathered items now (on shutdown, so no job waits for a batch to fill). */
  flush(): void;
  idle(): Promise<void>;
}

/**
 * The `warta_ingest` task. Each job carries one raw item; the jobs a worker runs at once are
 * gathered into one batch, analysed outside the write transaction and stored in one (the
 * pipeline's `ingestItemsIntoStore`), so a batch commits whole or not at all. Content already
 * stored is skipped, which makes a re-run job harmless. When a batch throws, its items are tried
 * one by one, so that only the item at fault fails (and is retried with backoff).
 */
export function createIngestTask(options: IngestTaskOptions): IngestTask {
  const totals: WorkerTotals = { completed: 0, failed: 0, added: 0, updated: 0, unchanged: 0, rejected: 0 };

  const ingestTogether = async (group: QueuedItem[], referenceDate: Date, tally: Tally): Promise<ItemOutcome[]> => {
    try {
      const summary = await ingestItemsIntoStore(
        group.map((queued) => ({ ok: true as const, doc: queued.payload.raw })),
        options.store,
        { referenceDate, batchSize: group.length, ...(options.aliases ? { aliases: options.aliases } : {}) },
      );
      tally.added += summary.added;
      tally.updated += summary.updated;
      tally.unchanged += summary.unchanged;
      tally.rejected += summary.rejected.length;
      return group.map(() => ({ ok: true }));
    } catch (error) {
      if (group.length === 1) return [{ ok: false, error: asError(error) }];
      const outcomes: ItemOutcome[] = [];
      for (const queued of group) outcomes.push(...(await ingestTogether([queued], referenceDate, tally)));
      return outcomes;
    }
  };

  const log = async (attempts: JobAttempt[]): Promise<void> => {
    try {
      await recordAttempts(options.withPgClient, attempts);
    } catch (error) {
      // The log only feeds `warta jobs`; the jobs themselves are settled by graphile-worker.
      options.onWarning?.(`could not log ${attempts.length} job attempt(s): ${asError(error).message}`);
    }
  };

  const processBatch = async (items: QueuedItem[]): Promise<ItemOutcome[]> => {
    const started = performance.now();
    const tally: Tally = { added: 0, updated: 0, unchanged: 0, rejected: 0 };
    const outcomes: ItemOutcome[] = [];
    // Items read against different reference dates are analysed apart, each against its own.
    for (const [iso, indexes] of groupIndexes(items, (queued) => queued.payload.referenceDate ?? '')) {
      const referenceDate = iso ? new Date(iso) : options.referenceDate();
      const group = indexes.map((index) => items[index]!);
      const results = await ingestTogether(group, referenceDate, tally);
      indexes.forEach((index, at) => (outcomes[index] = results[at]!));
    }
    const failed = outcomes.filter((outcome) => !outcome.ok).length;
    totals.completed += items.length - failed;
    totals.failed += failed;
    totals.added += tally.added;
    totals.updated += tally.updated;
    totals.unchanged += tally.unchanged;
    totals.rejected += tally.rejected;
    await log(
      items.map((queued, index) => {
        const outcome = outcomes[index]!;
        return attemptOf(queued.job, queued.payload.raw.source, outcome.ok ? null : outcome.error.message);
      }),
    );
    options.onBatch?.({ jobs: items.length, failed, ...tally, ms: performance.now() - started });
    return outcomes;
  };

  const batcher = new Batcher<QueuedItem>({
    maxSize: options.batchSize,
    maxWaitMs: options.maxWaitMs,
    process: processBatch,
  });

  const task: Task = async (payload, helpers) => {
    let parsed: IngestJobPayload;
    try {
      parsed = parseIngestJob(payload);
    } catch (error) {
      totals.failed += 1;
      await log([attemptOf(helpers.job, null, asError(error).message)]);
      throw error;
    }
    await batcher.add({ job: helpers.job, payload: parsed });
  };

  return { task, totals, flush: () => batcher.flush(), idle: () => batcher.idle() };
}

function attemptOf(job: JobHelpers['job'], source: string | null, error: string | null): JobAttempt {
  return { jobId: job.id, key: job.key, source, error };
}

/** The indexes of the items, grouped by a key, groups in order of first appearance. */
function groupIndexes<T>(items: T[], keyOf: (item: T) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  return groups;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
