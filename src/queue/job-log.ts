import type { WithPgClient } from 'graphile-worker';

/** One finished attempt of a job. */
export interface JobAttempt {
  jobId: string;
  key: string | null;
  source: string | null;
  /** Null when the attempt completed the job. */
  error: string | null;
}

/**
 * Writes finished attempts to `warta_job_log` and forgets those older than a day: the log only
 * answers "how many in the last minute, the last hour" and "what was this failed job".
 */
export async function recordAttempts(withPgClient: WithPgClient, attempts: JobAttempt[]): Promise<void> {
  if (attempts.length === 0) return;
  await withPgClient(async (client) => {
    await client.query(
      `WITH pruned AS (DELETE FROM warta_job_log WHERE finished_at < now() - interval '1 day')
       INSERT INTO warta_job_log (job_id, job_key, source, outcome, error)
       SELECT job_id, job_key, source, CASE WHEN error IS NULL THEN 'completed' ELSE 'failed' END, error
       FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) AS a(job_id, job_key, source, error)`,
      [
        attempts.map((attempt) => attempt.jobId),
        attempts.map((attempt) => attempt.key),
        attempts.map((attempt) => attempt.source),
        attempts.map((attempt) => attempt.error),
      ],
    );
  });
}
