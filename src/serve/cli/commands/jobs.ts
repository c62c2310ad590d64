import type { Command } from 'commander';
import { ConfigError, loadConfig } from '../../../config/config.ts';
import type { QueueStats } from '../../../queue/queue-stats.ts';
import { parseCount, queueDatabase } from './worker.ts';

function textStats(name: string, stats: QueueStats): string {
  const { throughput } = stats;
  const lines = [
    `queue on ${name}`,
    `  waiting    ${stats.waiting}`,
    `  retrying   ${stats.retrying}`,
    `  running    ${stats.running}${stats.orphaned > 0 ? ` (${stats.orphaned} held by workers that are gone)` : ''}`,
    `  failed     ${stats.failed}`,
    `  completed  ${throughput.lastMinute} in the last minute, ${throughput.lastHour} in the last hour ` +
      `(${throughput.failedAttemptsLastHour} failed attempt(s) in the last hour)`,
    `  workers    ${stats.workers.length}`,
    ...stats.workers.map(
      (w) => `    ${w.hostname} pid ${w.processId}, ${w.concurrency} at once, since ${w.startedAt} (${w.poolId})`,
    ),
  ];
  if (stats.failedJobs.length > 0) {
    lines.push('failed jobs (attempts used up; `ingest --enqueue` of the same item queues it afresh):');
    for (const job of stats.failedJobs) {
      lines.push(
        `  #${job.id} ${job.source ?? '(no source)'} attempts ${job.attempts}/${job.maxAttempts} at ${job.failedAt}`,
        `    ${(job.lastError ?? '(no error recorded)').split('\n')[0]}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

export function registerJobs(program: Command): void {
  program
    .command('jobs')
    .description('the ingest queue: waiting, running and failed jobs (with their errors), throughput, workers')
    .option('--db <url>', 'postgres:// URL of the database')
    .option('--format <format>', 'json or text', 'text')
    .option('--limit <n>', 'failed jobs listed at most', '20')
    .action(async (opts: { db?: string; format: string; limit: string }) => {
      const config = loadConfig(opts.db ? { dbPath: opts.db } : {});
      const url = queueDatabase('jobs', config.dbPath);
      if (opts.format !== 'json' && opts.format !== 'text') {
        throw new ConfigError(`--format: expected json or text, got ${JSON.stringify(opts.format)}`);
      }
      const limit = parseCount('--limit', opts.limit, 10_000);
      const [{ JobQueue }, { queueStats }] = await Promise.all([
        import('../../../queue/job-queue.ts'),
        import('../../../queue/queue-stats.ts'),
      ]);
      const queue = await JobQueue.open(url);
      try {
        const stats = await queueStats(queue, limit);
        process.stdout.write(
          opts.format === 'json' ? `${JSON.stringify(stats, null, 2)}\n` : textStats(queue.name, stats),
        );
      } finally {
        await queue.close();
      }
    });
}
