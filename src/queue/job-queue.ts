import { Logger, makeWorkerUtils, type WorkerUtils } from 'graphile-worker';
import { openError, redactUrl } from '../store/postgres/connection.ts';
import { INGEST_TASK, type IngestJobPayload } from './job-payload.ts';
import { prepareQueueTables } from './queue-tables.ts';

/** Attempts before a job is left as failed, with exp(1), exp(2)… seconds between them (about 1.5 min in all). */
export const MAX_ATTEMPTS = 5;
/** Jobs added per statement. */
const ADD_CHUNK = 500;

export interface EnqueueResult {
  /** New jobs. */
  queued: number;
  /** Items whose content already waits in the queue (the same job key): one job for both. */
  alreadyQueued: number;
}

/**
 * The ingest queue: graphile-worker's jobs on the PostgreSQL database the store lives in, one
 * job per raw item, keyed by the item's content hash.
 */
export class JobQueue {
  private constructor(
    readonly url: string,
    readonly utils: WorkerUtils,
  ) {}

  /** Connects, installs or upgrades graphile-worker's schema and Warta's queue tables. */
  static async open(url: string, logger: Logger = warningsToStderr()): Promise<JobQueue> {
    let utils: WorkerUtils;
    try {
      utils = await makeWorkerUtils({ connectionString: url, logger });
    } catch (error) {
      throw openError(url, error);
    }
    try {
      await utils.withPgClient(prepareQueueTables);
    } catch (error) {
      await utils.release();
      throw openError(url, error);
    }
    return new JobQueue(url, utils);
  }

  /** The URL without its password, for messages. */
  get name(): string {
    return redactUrl(this.url);
  }

  /**
   * Adds one job per item. An item whose key waits in the queue already updates that job (it
   * keeps its place); one whose job is running or failed for good gets a new job, which a worker
   * finds already stored when the running one succeeded.
   */
  async enqueue(jobs: { key: string; payload: IngestJobPayload }[]): Promise<EnqueueResult> {
    const result: EnqueueResult = { queued: 0, alreadyQueued: 0 };
    for (let start = 0; start < jobs.length; start += ADD_CHUNK) {
      // One statement cannot touch a key twice: a repeat within the chunk is already queued.
      const byKey = new Map(jobs.slice(start, start + ADD_CHUNK).map((job) => [job.key, job.payload]));
      const chunkSize = Math.min(ADD_CHUNK, jobs.length - start);
      const added = await this.utils.addJobs(
        [...byKey].map(([jobKey, payload]) => ({ identifier: INGEST_TASK, payload, jobKey, maxAttempts: MAX_ATTEMPTS })),
        true,
      );
      // revision 0: inserted now; above 0: an existing job updated. A job locked by a worker
      // between the two steps of add_jobs is not returned: it is being processed, so already queued.
      const fresh = added.filter((job) => job.revision === 0).length;
      result.queued += fresh;
      result.alreadyQueued += chunkSize - fresh;
    }
    return result;
  }

  async close(): Promise<void> {
    await this.utils.release();
  }
}

/** graphile-worker's warnings and errors on stderr (stdout carries only a command's output). */
export function warningsToStderr(prefix = 'warta: queue'): Logger {
  return new Logger(() => (level, message) => {
    if ((level as string) !== 'error' && (level as string) !== 'warning') return;
    // A job holds a connection only to be fetched and settled (the task uses the store's pool).
    if (message.includes('smaller than concurrency')) return;
    process.stderr.write(`${prefix}: ${message}\n`);
  });
}
