import { hostname } from 'node:os';
import type { WithPgClient, WorkerUtils } from 'graphile-worker';
import { type QueueClient, WORKER_GONE } from './queue-tables.ts';

/**
 * The session of a worker that vanishes without a word (a machine lost) is ended by the server
 * after about 30 s + 3 × 10 s of silence, instead of the operating system's two hours.
 */
const KEEPALIVES = 'SET tcp_keepalives_idle = 30; SET tcp_keepalives_interval = 10; SET tcp_keepalives_count = 3';

/** One connection held for the worker's lifetime: while its server session lives, the worker does. */
class HeldSession {
  private constructor(
    private readonly client: QueueClient,
    private readonly letGo: () => void,
    private readonly ended: Promise<void>,
  ) {}

  static open(withPgClient: WithPgClient): Promise<HeldSession> {
    return new Promise<HeldSession>((resolve, reject) => {
      let letGo!: () => void;
      const released = new Promise<void>((done) => (letGo = done));
      const ended: Promise<void> = withPgClient(async (client) => {
        // On a Unix-socket connection there is no TCP to keep alive: the settings are ignored.
        await client.query(KEEPALIVES);
        resolve(new HeldSession(client, letGo, ended));
        await released;
      });
      ended.catch(reject);
    });
  }

  async query(text: string, values: unknown[] = []): Promise<void> {
    await this.client.query(text, values);
  }

  async close(): Promise<void> {
    this.letGo();
    await this.ended.catch(() => undefined);
  }
}

/**
 * A worker's presence in `warta_workers`: each of its graphile-worker pools (the id jobs are
 * locked by) with the database session the worker holds open. Another worker that finds the
 * session gone knows the locks are orphaned and releases them at once; graphile-worker alone
 * would wait four hours.
 */
export class WorkerPresence {
  readonly #poolIds = new Set<string>();

  private constructor(
    private readonly utils: WorkerUtils,
    private readonly concurrency: number,
    private session: HeldSession,
  ) {}

  static async start(utils: WorkerUtils, concurrency: number): Promise<WorkerPresence> {
    return new WorkerPresence(utils, concurrency, await HeldSession.open(utils.withPgClient));
  }

  async register(poolId: string): Promise<void> {
    this.#poolIds.add(poolId);
    await this.#write(poolId);
  }

  /** Checks the held session; when it was lost, holds a new one and registers the pools again. */
  async heartbeat(): Promise<void> {
    try {
      await this.session.query('SELECT 1');
    } catch {
      await this.session.close();
      this.session = await HeldSession.open(this.utils.withPgClient);
      for (const poolId of this.#poolIds) await this.#write(poolId);
    }
  }

  async stop(): Promise<void> {
    try {
      await this.session.query('DELETE FROM warta_workers WHERE pool_id = ANY($1::text[])', [[...this.#poolIds]]);
    } finally {
      await this.session.close();
    }
  }

  async #write(poolId: string): Promise<void> {
    // The session's own pid and start, read by the server: a start time through a JS Date would
    // lose its microseconds and never match pg_stat_activity again.
    await this.session.query(
      `INSERT INTO warta_workers (pool_id, backend_pid, backend_start, hostname, process_id, concurrency)
       SELECT $1, pid, backend_start, $2, $3, $4 FROM pg_stat_activity WHERE pid = pg_backend_pid()
       ON CONFLICT (pool_id) DO UPDATE SET backend_pid = excluded.backend_pid, backend_start = excluded.backend_start`,
      [poolId, hostname(), process.pid, this.concurrency],
    );
  }
}

/**
 * Releases the jobs locked by workers whose session has ended (killed, crashed, cut off): they
 * are ready to run again at once, with the attempt they were on counted. Returns how many.
 */
export async function unlockJobsOfGoneWorkers(utils: WorkerUtils): Promise<{ jobs: number; workers: number }> {
  const gone = await utils.withPgClient(async (client) => {
    const { rows } = await client.query<{ pool_id: string; jobs: number }>(
      `SELECT w.pool_id, (SELECT COUNT(*)::int FROM graphile_worker.jobs j WHERE j.locked_by = w.pool_id) AS jobs
       FROM warta_workers w WHERE ${WORKER_GONE}`,
    );
    return rows;
  });
  if (gone.length === 0) return { jobs: 0, workers: 0 };
  const poolIds = gone.map((row) => row.pool_id);
  await utils.forceUnlockWorkers(poolIds);
  await utils.withPgClient((client) =>
    client.query('DELETE FROM warta_workers WHERE pool_id = ANY($1::text[])', [poolIds]),
  );
  return { jobs: gone.reduce((sum, row) => sum + row.jobs, 0), workers: gone.length };
}
