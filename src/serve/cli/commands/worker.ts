import type { Command } from 'commander';
import { ConfigError, loadConfig } from '../../../config/config.ts';
import { deliverDueWebhooks, startWebhookDelivery } from '../../../alerts/deliver-webhooks.ts';
import { isPostgresUrl, redactUrl } from '../../../store/db-setting.ts';
import { openStore } from '../../../store/open-store.ts';

const DEFAULT_BATCH_SIZE = 50;

/** A whole number option within bounds, or a `ConfigError` naming it. */
export function parseCount(name: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new ConfigError(`${name}: expected a whole number 1-${max}, got ${JSON.stringify(value)}`);
  }
  return n;
}

/** The database of a queue command: a PostgreSQL URL, or a `ConfigError` saying why not. */
export function queueDatabase(command: string, db: string): string {
  if (!isPostgresUrl(db)) {
    throw new ConfigError(
      `${command}: the job queue lives in PostgreSQL: expected --db postgres://…, got ${JSON.stringify(db)}`,
    );
  }
  return db;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description(
      'analyse and store the items queued by `ingest --enqueue`, the API and the feed watcher ' +
        '(PostgreSQL); run any number of workers on any machines that reach the database: ' +
        'each write transaction clusters under a database lock, so concurrent workers never split ' +
        'an event, and jobs of a worker that dies are taken up by the others',
    )
    .option('--db <url>', 'postgres:// URL of the database')
    .option('--batch-size <n>', 'items analysed and stored per transaction', String(DEFAULT_BATCH_SIZE))
    .option('--concurrency <n>', 'jobs held at once (default: twice the batch size)')
    .option('--once', 'process the jobs ready now, then exit')
    .option('--reference-date <iso>', 'for jobs that carry no reference date (default: now)')
    .action(
      async (opts: { db?: string; batchSize: string; concurrency?: string; once?: boolean; referenceDate?: string }) => {
        const config = loadConfig({
          ...(opts.db ? { dbPath: opts.db } : {}),
          ...(opts.referenceDate ? { referenceDate: opts.referenceDate } : {}),
        });
        const url = queueDatabase('worker', config.dbPath);
        const batchSize = parseCount('--batch-size', opts.batchSize, 10_000);
        const concurrency = opts.concurrency ? parseCount('--concurrency', opts.concurrency, 10_000) : 2 * batchSize;
        if (concurrency < batchSize) {
          throw new ConfigError(
            `--concurrency: expected at least the batch size (${batchSize}) so that a batch can fill, got ${concurrency}`,
          );
        }
        const [{ loadAliasTable }, { startWorker }] = await Promise.all([
          import('../../../enrich/entities/index.ts'),
          import('../../../queue/run-worker.ts'),
        ]);
        const aliases = loadAliasTable(config.aliasesPath);
        const fixedDate = opts.referenceDate ? config.referenceDate : null;
        const store = await openStore(url);
        const webhooks = startWebhookDelivery(store, 15_000, (error) =>
          process.stderr.write(`warta worker: webhook delivery: ${error.message}\n`),
        );
        try {
          const worker = await startWorker({
            url,
            store,
            concurrency,
            batchSize,
            once: opts.once ?? false,
            referenceDate: () => fixedDate ?? new Date(),
            aliases,
            onBatch: (b) =>
              process.stderr.write(
                `warta worker: ${b.jobs} job(s): ${b.added} added, ${b.updated} updated, ${b.unchanged} unchanged, ` +
                  `${b.rejected} rejected, ${b.failed} failed (${Math.round(b.ms)} ms)\n`,
              ),
            onNotice: (message) => process.stderr.write(`warta worker: ${message}\n`),
          });
          const stop = (): void => worker.stop();
          process.on('SIGINT', stop);
          process.on('SIGTERM', stop);
          try {
            const report = await worker.done.catch((error: Error) => {
              // The pool ended on an error (the database went away for good, a migration failed).
              process.stderr.write(`warta worker: stopped: ${error.message}\n`);
              process.exitCode = 1;
              return null;
            });
            if (!report) return;
            if (opts.once) await deliverDueWebhooks(store);
            process.stdout.write(
              `processed ${report.completed + report.failed} job(s) from ${redactUrl(url)}: ${report.added} added, ` +
                `${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected} rejected, ` +
                `${report.failed} failed\n`,
            );
          } finally {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
          }
        } finally {
          await webhooks.stop();
          await store.close();
        }
      },
    );
}
