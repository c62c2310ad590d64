import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { ConfigError, loadConfig } from '../../../config/config.ts';
import {
  type ExportSource,
  exportStore,
  type StoreExportCounts,
  type StoreExportFormat,
} from '../../../pipeline/export-store.ts';
import { describeDb, openStore } from '../open-store.ts';

const FORMATS = new Set<string>(['json', 'jsonl']);

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('print the analysis export of everything in the store, streamed page by page')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .option('--format <format>', 'json (the analysis export) or jsonl (one {"kind": …} object a line)', 'json')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts: { db?: string; format: string; out?: string }) => {
      if (!FORMATS.has(opts.format)) {
        throw program.error(`--format: expected json or jsonl, got ${JSON.stringify(opts.format)}`);
      }
      const format = opts.format as StoreExportFormat;
      const config = loadConfig(opts.db ? { dbPath: opts.db } : {});
      const store = openStore(config.dbPath);
      try {
        if (opts.out) {
          const counts = await exportToFile(store, opts.out, format);
          process.stdout.write(`exported ${describe(counts)} from ${describeDb(config.dbPath)} to ${opts.out}\n`);
        } else {
          await exportToStdout(store, format);
        }
      } finally {
        await store.close();
      }
    });
}

/** Written beside the target and renamed at the end: a reader never meets half an export. */
async function exportToFile(store: ExportSource, path: string, format: StoreExportFormat): Promise<StoreExportCounts> {
  const partial = `${path}.partial`;
  const file = createWriteStream(partial);
  try {
    await once(file, 'open');
  } catch (error) {
    throw new ConfigError(`--out: cannot write ${path}: ${(error as Error).message}`);
  }
  try {
    const counts = await exportStore(store, file, format);
    file.end();
    await finished(file);
    await rename(partial, path);
    return counts;
  } catch (error) {
    file.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

async function exportToStdout(store: ExportSource, format: StoreExportFormat): Promise<void> {
  try {
    await exportStore(store, process.stdout, format);
  } catch (error) {
    // The reader went away (`warta export | head`): what it wanted was written.
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
  }
}

function describe(counts: StoreExportCounts): string {
  return (
    `${counts.documents} document(s), ${counts.entities} entities, ${counts.events} event(s), ` +
    `${counts.storylines} storyline(s), ${counts.claims} claim(s)`
  );
}
