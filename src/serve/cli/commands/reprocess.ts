import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { ConfigError, loadConfig } from '../../../config/config.ts';
import type { IngestSummary } from '../../../pipeline/ingest-into-store.ts';
import { describeDb } from '../../../store/db-setting.ts';
import { openStore } from '../../../store/open-store.ts';

interface ReprocessFlags {
  db?: string;
  since?: string;
  batchSize?: string;
  referenceDate?: string;
}

export function registerReprocess(program: Command): void {
  program
    .command('reprocess')
    .description(
      'analyse the stored documents again from their raw content (after an alias edit or a new model); ids stay',
    )
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .option('--since <iso>', 'only documents stored at or after this date')
    .option('--batch-size <n>', 'documents per store transaction')
    .option('--reference-date <iso>', 'resolve year-less dates against this date (default: now)')
    .action(async (opts: ReprocessFlags) => {
      const config = loadConfig({
        ...(opts.db ? { dbPath: opts.db } : {}),
        ...(opts.referenceDate ? { referenceDate: opts.referenceDate } : {}),
      });
      const since = opts.since === undefined ? undefined : isoInstant('--since', opts.since);
      const batchSize = opts.batchSize === undefined ? config.batchSize : positiveInteger('--batch-size', opts.batchSize);
      const [{ loadAliasTable }, { reprocessStore }] = await Promise.all([
        import('../../../enrich/entities/index.ts'),
        import('../../../pipeline/reprocess.ts'),
      ]);
      const store = await openStore(config.dbPath);
      const bar = process.stderr.isTTY
        ? new SingleBar({ format: 'reprocess {value}/{total} documents {bar} {source}', stream: process.stderr })
        : null;
      try {
        bar?.start((await store.stats()).documents, 0, { source: '' });
        const summary = await reprocessStore(store, {
          referenceDate: config.referenceDate,
          aliases: loadAliasTable(config.aliasesPath),
          batchSize,
          ...(since ? { since } : {}),
          onItem: (item) => bar?.increment(1, { source: (item.ok ? item.doc.source : item.source).slice(-40) }),
        });
        bar?.stop();
        for (const r of summary.rejected) process.stderr.write(`warta: ${r.message}\n`);
        process.stdout.write(`${summaryLine(summary, config.dbPath)}\n`);
        if (summary.read > 0 && summary.added + summary.updated + summary.unchanged === 0) process.exitCode = 1;
      } finally {
        bar?.stop();
        await store.close();
      }
    });
}

function summaryLine(summary: IngestSummary, dbPath: string): string {
  const ms = Object.values(summary.timings).reduce((a, b) => a + b, 0);
  return (
    `reprocessed ${summary.read} document(s) in ${describeDb(dbPath)}: ${summary.updated} updated, ` +
    `${summary.unchanged} unchanged, ${summary.added} added, ${summary.rejected.length} rejected ` +
    `(${Math.round(ms)} ms processing)`
  );
}

/** `ingested_at` is a UTC ISO instant: the bound is compared as one, whatever zone it was given in. */
function isoInstant(name: string, value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new ConfigError(`${name}: expected an ISO date, got ${JSON.stringify(value)}`);
  return date.toISOString();
}

function positiveInteger(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`${name}: expected a positive integer, got ${JSON.stringify(value)}`);
  return n;
}
