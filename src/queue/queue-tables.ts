import type { WithPgClient } from 'graphile-worker';

/** A connection lent by the queue's pool. */
export type QueueClient = Parameters<Parameters<WithPgClient>[0]>[0];

/** Held while creating the tables: workers starting at once would otherwise race on CREATE TABLE. */
const SETUP_LOCK = 7_716_150_010;

/**
 * Warta's two tables beside graphile-worker's schema. `warta_job_log` keeps one row per finished
 * attempt for a day (graphile-worker deletes a job when it completes, so throughput is counted
 * here); `warta_workers` names each running worker pool and the database session it holds open,
 * so that the jobs of a worker whose session is gone can be unlocked at once.
 */
const TABLES = `
CREATE TABLE IF NOT EXISTS warta_job_log (
  job_id BIGINT NOT NULL,
  job_key TEXT,
  source TEXT,
  outcome TEXT NOT NULL CHECK (outcome IN ('completed', 'failed')),
  error TEXT,
  finished_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS warta_job_log_finished_at ON warta_job_log (finished_at);
CREATE INDEX IF NOT EXISTS warta_job_log_job_id ON warta_job_log (job_id);
CREATE TABLE IF NOT EXISTS warta_workers (
  pool_id TEXT PRIMARY KEY,
  backend_pid INTEGER NOT NULL,
  backend_start TIMESTAMPTZ NOT NULL,
  hostname TEXT NOT NULL,
  process_id INTEGER NOT NULL,
  concurrency INTEGER NOT NULL,
  started_at TIMESTAMPTZ NOT NULL DEFAULT now()
);`;

export async function prepareQueueTables(client: QueueClient): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`);
    await client.query(TABLES);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** True for a `warta_workers` row (alias `w`) whose database session has ended: the worker is gone. */
export const WORKER_GONE = `NOT EXISTS (
  SELECT 1 FROM pg_stat_activity a
  WHERE a.pid = w.backend_pid AND (a.backend_start = w.backend_start OR a.backend_start IS NULL)
)`;
