import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { type Config, ConfigError, loadConfig } from '../../../config/config.ts';
import { deliverDueWebhooks } from '../../../alerts/deliver-webhooks.ts';
import type { IngestItem } from '../../../ingest/index.ts';
import { describeDb, isPostgresUrl } from '../../../store/db-setting.ts';
import { openStore } from '../../../store/open-store.ts';

function progressBar(): { bar: SingleBar | null; onItem: (item: IngestItem) => void } {
  const bar = process.stderr.isTTY
    ? new SingleBar({ format: 'ingest {value} items {bar} {source}', stream: process.stderr })
    : null;
  bar?.start(0, 0, { source: '' });
  return {
    bar,
    onItem: (item) => {
      bar?.setTotal(bar.getTotal() + 1);
      bar?.increment(1, { source: (item.ok ? item.doc.source : item.source).slice(-40) });
    },
  };
}

/** `--enqueue`: one job per item on the PostgreSQL queue, for `warta worker` to analyse and store. */
async function enqueueInputs(inputs: string[], config: Config): Promise<void> {
  if (!isPostgresUrl(config.dbPath)) {
    throw new ConfigError(
      `--enqueue: expected a PostgreSQL database (--db postgres://…), got ${JSON.stringify(config.dbPath)}; ` +
        'with SQLite, ingest without --enqueue',
    );
  }
  const [{ ingestSources }, { enqueueItems }, { JobQueue }] = await Promise.all([
    import('../../../ingest/index.ts'),
    import('../../../queue/enqueue-items.ts'),
    import('../../../queue/job-queue.ts'),
  ]);
  const store = await openStore(config.dbPath);
  const { bar, onItem } = progressBar();
  try {
    const queue = await JobQueue.open(config.dbPath);
    try {
      const summary = await enqueueItems(ingestSources(inputs, config.ingest), queue, store, {
        referenceDate: config.referenceDate,
        onItem,
      });
      bar?.stop();
      for (const r of summary.rejected) process.stderr.write(`warta: ${r.message}\n`);
      process.stdout.write(
        `queued ${summary.queued} item(s) on ${queue.name} (${summary.alreadyQueued} already queued), ` +
          `${summary.rejected.length} rejected\n`,
      );
      if (summary.queued + summary.alreadyQueued === 0) process.exitCode = 1;
    } finally {
      await queue.close();
    }
  } finally {
    bar?.stop();
    await store.close();
  }
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'read files, directories, JSONL, feeds or URLs into the store; what is already stored is skipped',
    )
    .argument('<inputs...>', 'paths or http(s) URLs')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .option('--reference-date <iso>', 'resolve year-less dates against this date (default: now)')
    .option('--enqueue', 'put the items on the job queue for `warta worker` (PostgreSQL --db only)')
    .action(async (inputs: string[], opts: { db?: string; referenceDate?: string; enqueue?: boolean }) => {
      const config = loadConfig({
        ...(opts.db ? { dbPath: opts.db } : {}),
        ...(opts.referenceDate ? { referenceDate: opts.referenceDate } : {}),
      });
      if (opts.enqueue) return enqueueInputs(inputs, config);
      const [{ loadAliasTable }, { ingestIntoStore }] = await Promise.all([
        import('../../../enrich/entities/index.ts'),
        import('../../../pipeline/ingest-into-store.ts'),
      ]);
      const store = await openStore(config.dbPath, { create: true });
      const { bar, onItem } = progressBar();
      try {
        const summary = await ingestIntoStore(inputs, store, {
          referenceDate: config.referenceDate,
          aliases: loadAliasTable(config.aliasesPath),
          batchSize: config.batchSize,
          ingest: config.ingest,
          onItem,
        });
        bar?.stop();
        for (const r of summary.rejected) process.stderr.write(`warta: ${r.message}\n`);
        const ms = Object.values(summary.timings).reduce((a, b) => a + b, 0);
        process.stdout.write(
          `ingested ${summary.read} item(s) into ${describeDb(config.dbPath)}: ${summary.added} added, ${summary.updated} updated, ` +
            `${summary.unchanged} unchanged, ${summary.rejected.length} rejected (${Math.round(ms)} ms processing)\n`,
        );
        if (summary.added + summary.updated + summary.unchanged === 0) process.exitCode = 1;
        // One try for the digests this run produced; a later serve, watch or worker retries them.
        const sent = await deliverDueWebhooks(store).catch((error: Error) => {
          process.stderr.write(`warta: webhook delivery: ${error.message}\n`);
          return null;
        });
        if (sent && sent.failed + sent.givenUp > 0) {
          process.stderr.write(`warta: ${sent.failed + sent.givenUp} webhook digest(s) not delivered; retried by serve, watch or \`alerts deliver\`\n`);
        }
      } finally {
        bar?.stop();
        await store.close();
      }
    });
}
