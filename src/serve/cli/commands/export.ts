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
import type { Store } from '../../../store/store.ts';
import { csvLine } from '../../export/csv.ts';
import { CLAIM_TABLE, claimRows, entityQuoteRows, type ExportTable, QUOTE_TABLE, tableCsvLine } from '../../export/table-rows.ts';
import { describeDb } from '../../../store/db-setting.ts';
import { openStore } from '../../../store/open-store.ts';

const FORMATS = new Set<string>(['json', 'jsonl']);

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('print the analysis export of everything in the store, streamed page by page')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .option('--format <format>', 'json (the analysis export) or jsonl (one {"kind": …} object a line)', 'json')
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--table <table>', 'one table instead of the analysis export: quotes (of --entity) or claims, as --format csv or jsonl')
    .option('--entity <id>', 'the entity whose quotes --table quotes gives')
    .action(async (opts: { db?: string; format: string; out?: string; table?: string; entity?: string }) => {
      if (opts.table !== undefined) {
        if (opts.table !== 'quotes' && opts.table !== 'claims') throw program.error(`--table: expected quotes or claims, got ${JSON.stringify(opts.table)}`);
        if (opts.format !== 'csv' && opts.format !== 'jsonl') throw program.error('--table: give --format csv or jsonl');
        if (opts.table === 'quotes' && !opts.entity) throw program.error('--table quotes: give --entity ID (`warta inspect entities` lists them)');
        const config = loadConfig(opts.db ? { dbPath: opts.db } : {});
        const store = await openStore(config.dbPath);
        try {
          const rows = await exportTable(store, opts.table, opts.entity, opts.format, opts.out);
          if (opts.out) process.stdout.write(`exported ${rows} row(s) of ${opts.table} from ${describeDb(config.dbPath)} to ${opts.out}\n`);
        } finally {
          await store.close();
        }
        return;
      }
      if (!FORMATS.has(opts.format)) {
        throw program.error(`--format: expected json or jsonl, got ${JSON.stringify(opts.format)}`);
      }
      const format = opts.format as StoreExportFormat;
      const config = loadConfig(opts.db ? { dbPath: opts.db } : {});
      const store = await openStore(config.dbPath);
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

/** A table of quotes or claims, row by row, to a file (renamed into place at the end) or stdout. */
async function exportTable(
  store: Store,
  table: 'quotes' | 'claims',
  entity: string | undefined,
  format: 'csv' | 'jsonl',
  out: string | undefined,
): Promise<number> {
  if (table === 'quotes' && !(await store.getEntity(entity!))) throw new ConfigError(`no entity ${entity} in the store`);
  const write = async (target: NodeJS.WritableStream): Promise<number> => {
    // Bytes as they are into files and pipes (CSV's CRLF); a terminal gets its guarded text.
    const raw = target !== process.stdout || !process.stdout.isTTY;
    const put = async (text: string) => {
      if (!target.write(raw ? Buffer.from(text, 'utf8') : text)) await once(target, 'drain');
    };
    let rows = 0;
    const emit = async <Row>(spec: ExportTable<Row>, source: AsyncGenerator<Row>) => {
      if (format === 'csv') await put(csvLine([...spec.columns]));
      for await (const row of source) {
        rows += 1;
        await put(format === 'csv' ? tableCsvLine(spec, row) : `${JSON.stringify(row)}\n`);
      }
    };
    if (table === 'quotes') await emit(QUOTE_TABLE, entityQuoteRows(store, entity!));
    else await emit(CLAIM_TABLE, claimRows(store));
    return rows;
  };
  if (!out) {
    try {
      return await write(process.stdout);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
      return 0;
    }
  }
  const partial = `${out}.partial`;
  const file = createWriteStream(partial);
  try {
    await once(file, 'open');
    const rows = await write(file);
    file.end();
    await finished(file);
    await rename(partial, out);
    return rows;
  } catch (error) {
    file.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

function describe(counts: StoreExportCounts): string {
  return (
    `${counts.documents} document(s), ${counts.entities} entities, ${counts.events} event(s), ` +
    `${counts.storylines} storyline(s), ${counts.claims} claim(s)`
  );
}
