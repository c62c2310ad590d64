import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { loadConfig } from '../../../config/config.ts';
import { loadAliasTable } from '../../../enrich/entities/index.ts';
import { ingestIntoStore } from '../../../pipeline/ingest-into-store.ts';
import { openStore } from '../open-store.ts';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'read files, directories, JSONL, feeds or URLs into the store; what is already stored is skipped',
    )
    .argument('<inputs...>', 'paths or http(s) URLs')
    .option('--db <file>', 'SQLite database file')
    .option('--reference-date <iso>', 'resolve year-less dates against this date (default: now)')
    .action(async (inputs: string[], opts: { db?: string; referenceDate?: string }) => {
      const config = loadConfig({
        ...(opts.db ? { dbPath: opts.db } : {}),
        ...(opts.referenceDate ? { referenceDate: opts.referenceDate } : {}),
      });
      const store = openStore(config.dbPath);
      const bar = process.stderr.isTTY
        ? new SingleBar({ format: 'ingest {value} items {bar} {source}', stream: process.stderr })
        : null;
      bar?.start(0, 0, { source: '' });
      try {
        const summary = await ingestIntoStore(inputs, store, {
          referenceDate: config.referenceDate,
          aliases: loadAliasTable(config.aliasesPath),
          batchSize: config.batchSize,
          ingest: config.ingest,
          onItem: (item) => {
            bar?.setTotal(bar.getTotal() + 1);
            bar?.increment(1, { source: (item.ok ? item.doc.source : item.source).slice(-40) });
          },
        });
        bar?.stop();
        for (const r of summary.rejected) process.stderr.write(`warta: ${r.message}\n`);
        const ms = Object.values(summary.timings).reduce((a, b) => a + b, 0);
        process.stdout.write(
          `ingested ${summary.read} item(s) into ${config.dbPath}: ${summary.added} added, ${summary.updated} updated, ` +
            `${summary.unchanged} unchanged, ${summary.rejected.length} rejected (${Math.round(ms)} ms processing)\n`,
        );
        if (summary.added + summary.updated + summary.unchanged === 0) process.exitCode = 1;
      } finally {
        bar?.stop();
        await store.close();
      }
    });
}
