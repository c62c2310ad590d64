import { INGEST_TASK } from './job-payload.ts';
import type { JobQueue } from './job-queue.ts';
import { WORKER_GONE } from './queue-tables.ts';

export interface FailedJob {
  id: string;
  key: string | null;
  /** The item's source, from the job log (null when the payload named none). */
  source: string | null;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  failedAt: string;
}

export interface QueueWorker {
  poolId: string;
  hostname: string;
  processId: number;
  concurrency: number;
  startedAt: string;
}

export interface QueueStats {
  /** Ready to run now. */
  waiting: number;
  /** Failed at least once, waiting for their next attempt (exponential backoff). */
  retrying: number;
  /** Locked by a worker. */
  running: number;
  /** Of the running: locked by workers that are gone (the next worker to start or check releases them). */
  orphaned: number;
  /** Attempts used up: left for a person to look at. */
  failed: number;
  failedJobs: FailedJob[];
  throughput: { lastMinute: number; lastHour: number; failedAttemptsLastHour: number };
  workers: QueueWorker[];
}

/** The ingest queue at a glance: depth, work in progress, failures with their errors, throughput, workers. */
export async function queueStats(queue: JobQueue, failedLimit = 20): Promise<QueueStats> {
  return queue.utils.withPgClient(async (client) => {
    const counts = await client.query<Record<'waiting' | 'retrying' | 'running' | 'orphaned' | 'failed', number>>(
      `SELECT
         COUNT(*) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts AND run_at <= now())::int AS waiting,
         COUNT(*) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts AND run_at > now())::int AS retrying,
         COUNT(*) FILTER (WHERE locked_at IS NOT NULL)::int AS running,
         COUNT(*) FILTER (WHERE locked_at IS NOT NULL AND (
           locked_by IN (SELECT w.pool_id FROM warta_workers w WHERE ${WORKER_GONE})))::int AS orphaned,
         COUNT(*) FILTER (WHERE locked_at IS NULL AND attempts >= max_attempts)::int AS failed
       FROM graphile_worker.jobs WHERE task_identifier = $1`,
      [INGEST_TASK],
    );
    const failed = await client.query<{
      id: string;
      key: string | null;
      source: string | null;
      attempts: number;
      max_attempts: number;
      last_error: string | null;
      updated_at: Date;
    }>(
      `SELECT j.id::text, j.key, j.attempts, j.max_attempts, j.last_error, j.updated_at,
         (SELECT l.source FROM warta_job_log l WHERE l.job_id = j.id AND l.source IS NOT NULL
          ORDER BY l.finished_at DESC LIMIT 1) AS source
       FROM graphile_worker.jobs j
       WHERE j.task_identifier = $1 AND j.locked_at IS NULL AND j.attempts >= j.max_attempts
       ORDER BY j.updated_at DESC, j.id DESC LIMIT $2`,
      [INGEST_TASK, failedLimit],
    );
    const throughput = await client.query<{ minute: number; hour: number; failed_hour: number }>(
      `SELECT
         COUNT(*) FILTER (WHERE outcome = 'completed' AND finished_at > now() - interval '1 minute')::int AS minute,
         COUNT(*) FILTER (WHERE outcome = 'completed')::int AS hour,
         COUNT(*) FILTER (WHERE outcome = 'failed')::int AS failed_hour
       FROM warta_job_log WHERE finished_at > now() - interval '1 hour'`,
    );
    const workers = await client.query<{
      pool_id: string;
      hostname: string;
      process_id: number;
      concurrency: number;
      started_at: Date;
    }>(`SELECT pool_id, hostname, process_id, concurrency, started_at FROM warta_workers w
        WHERE NOT ${WORKER_GONE} ORDER BY started_at, pool_id`);
    const count = counts.rows[0]!;
    const rate = throughput.rows[0]!;
    return {
      ...count,
      failedJobs: failed.rows.map((row) => ({
        id: row.id,
        key: row.key,
        source: row.source,
        attempts: row.attempts,
        maxAttempts: row.max_attempts,
        lastError: row.last_error,
        failedAt: row.updated_at.toISOString(),
      })),
      throughput: { lastMinute: rate.minute, lastHour: rate.hour, failedAttemptsLastHour: rate.failed_hour },
      workers: workers.rows.map((row) => ({
        poolId: row.pool_id,
        hostname: row.hostname,
        processId: row.process_id,
        concurrency: row.concurrency,
        startedAt: row.started_at.toISOString(),
      })),
    };
  });
}
