import { EventEmitter } from 'node:events';
import { run, runOnce, type RunnerOptions, type WorkerEvents, type WorkerPool } from 'graphile-worker';
import type { AliasTable } from '../enrich/entities/index.ts';
import type { Store } from '../store/store.ts';
import { type BatchReport, createIngestTask, type WorkerTotals } from './ingest-task.ts';
import { INGEST_TASK } from './job-payload.ts';
import { JobQueue, warningsToStderr } from './job-queue.ts';
import { unlockJobsOfGoneWorkers, WorkerPresence } from './worker-presence.ts';

export interface WorkerOptions {
  /** The PostgreSQL database of the queue (and of the store). */
  url: string;
  store: Store;
  /** Jobs held at once; at least `batchSize`, so that a batch can fill. */
  concurrency: number;
  /** Items analysed and stored per store transaction. */
  batchSize: number;
  /** Process the jobs that are ready, then return (graphile-worker's `runOnce`). */
  once: boolean;
  /** For jobs that carry no reference date. */
  referenceDate: () => Date;
  aliases?: AliasTable;
  onBatch?: (report: BatchReport) => void;
  /** Things an operator should know (jobs recovered from a dead worker, a lost session). */
  onNotice?: (message: string) => void;
}

export interface WorkerReport extends WorkerTotals {
  /** Jobs of dead workers this worker released. */
  unlocked: number;
}

export interface RunningWorker {
  /**
   * First call: take no more jobs, finish the batch in hand, then end. Second call: fail the
   * running jobs (they are retried later) and end now.
   */
  stop(): void;
  done: Promise<WorkerReport>;
}

/** How long a batch waits for more jobs: jobs fetched together reach the task within a few ms. */
const BATCH_WAIT_MS = 100;
/** How often idle workers look for jobs that became due (retries after their backoff). */
const POLL_MS = 5_000;
/** How often the worker checks its own session and releases the jobs of dead workers. */
const MAINTENANCE_MS = 30_000;

/**
 * Runs graphile-worker's pool on the ingest queue until stopped (or, with `once`, until no job is
 * ready). Before taking jobs, and every 30 s, it releases the jobs held by workers that died.
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const notice = options.onNotice ?? (() => undefined);
  const logger = warningsToStderr('warta worker');
  const queue = await JobQueue.open(options.url, logger);
  let presence: WorkerPresence;
  let unlocked = 0;
  const unlockOrphans = async (): Promise<void> => {
    const released = await unlockJobsOfGoneWorkers(queue.utils);
    unlocked += released.jobs;
    if (released.workers > 0) {
      notice(`released ${released.jobs} job(s) held by ${released.workers} worker(s) that are gone`);
    }
  };
  try {
    await unlockOrphans();
    presence = await WorkerPresence.start(queue.utils, options.concurrency);
  } catch (error) {
    await queue.close();
    throw error;
  }

  const ingest = createIngestTask({
    store: options.store,
    referenceDate: options.referenceDate,
    ...(options.aliases ? { aliases: options.aliases } : {}),
    batchSize: options.batchSize,
    maxWaitMs: BATCH_WAIT_MS,
    withPgClient: queue.utils.withPgClient,
    ...(options.onBatch ? { onBatch: options.onBatch } : {}),
    onWarning: notice,
  });

  const events = new EventEmitter() as WorkerEvents;
  const pools: WorkerPool[] = [];
  const registrations: Promise<void>[] = [];
  let stopping = 0;
  events.on('pool:create', ({ workerPool }) => {
    pools.push(workerPool);
    // Stopped while starting up: the pool ends before it takes a job.
    if (stopping > 0) void Promise.resolve(workerPool.gracefulShutdown('warta worker is stopping')).catch(() => undefined);
    registrations.push(
      presence.register(workerPool.id).catch((error: Error) => {
        notice(
          `could not register the worker (${error.message}): should it die, its jobs wait for graphile-worker's 4-hour lock timeout`,
        );
      }),
    );
  });

  const runnerOptions: RunnerOptions = {
    connectionString: options.url,
    logger,
    events,
    noHandleSignals: true,
    concurrency: options.concurrency,
    taskList: { [INGEST_TASK]: ingest.task },
    parsedCronItems: [],
    // New jobs wake the workers through LISTEN/NOTIFY; the poll only finds retries that fell due.
    pollInterval: POLL_MS,
    preset: {
      worker: {
        // Not the local queue: in 0.17.3, releasing it while it holds jobs throws during shutdown.
        // Completions and failures of a batch are written in one statement each.
        completeJobBatchDelay: 0,
        failJobBatchDelay: 0,
      },
    },
  };
  const finished = options.once
    ? runOnce(runnerOptions)
    : run(runnerOptions).then((runner) => runner.promise);

  const maintenance = setInterval(() => {
    presence
      .heartbeat()
      .then(unlockOrphans)
      .catch((error: Error) => notice(`maintenance failed, trying again in 30 s: ${error.message}`));
  }, MAINTENANCE_MS);

  const stop = (): void => {
    stopping += 1;
    for (const pool of pools) {
      if (stopping === 1) void Promise.resolve(pool.gracefulShutdown('warta worker is stopping')).catch(() => undefined);
      else void Promise.resolve(pool.forcefulShutdown('warta worker was stopped twice')).catch(() => undefined);
    }
    // The jobs gathered for a batch are processed now rather than after the wait.
    ingest.flush();
  };

  const done = finished
    .finally(async () => {
      clearInterval(maintenance);
      await Promise.allSettled(registrations);
      await ingest.idle();
      await presence.stop().catch(() => undefined);
      await queue.close();
    })
    .then((): WorkerReport => ({ ...ingest.totals, unlocked }));
  return { stop, done };
}
