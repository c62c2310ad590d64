import type { Command } from 'commander';
import { loadConfig } from '../../../config/config.ts';
import { toAnalysisExport } from '../../../pipeline/export.ts';
import { describeDb } from '../../../store/db-setting.ts';
import { openStore } from '../../../store/open-store.ts';
import { terminalSafe } from '../terminal-text.ts';
import { textReport } from '../text-report.ts';

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('print one stored document')
    .argument('<id>', 'document id')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .option('--format <format>', 'json or text', 'text')
    .action(async (id: string, opts: { db?: string; format: string }) => {
      const config = loadConfig(opts.db ? { dbPath: opts.db } : {});
      const store = await openStore(config.dbPath);
      try {
        const doc = await store.getDocument(id);
        if (!doc) {
          process.stderr.write(`warta: no document ${JSON.stringify(id)} in ${describeDb(config.dbPath)}\n`);
          process.exitCode = 1;
          return;
        }
        const result = {
          documents: [doc],
          entities: [],
          events: [],
          storylines: [],
          claims: [],
          rejected: [],
          timings: {},
        };
        process.stdout.write(
          opts.format === 'json'
            ? `${JSON.stringify(toAnalysisExport(result).documents[0], null, 2)}\n`
            : textReport(result),
        );
      } finally {
        await store.close();
      }
    });
}

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('what the store holds')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .option('--format <format>', 'json or text', 'text')
    .action(async (opts: { db?: string; format: string }) => {
      const config = loadConfig(opts.db ? { dbPath: opts.db } : {});
      const store = await openStore(config.dbPath);
      try {
        const stats = await store.stats();
        if (opts.format === 'json') {
          process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
          return;
        }
        const rows = [
          `documents    ${stats.documents}`,
          `rejected     ${stats.failures}`,
          `entities     ${stats.entities}`,
          `events       ${stats.events}`,
          `storylines   ${stats.storylines}`,
          `claims       ${stats.claims}`,
          `removed      ${stats.removedPieces} boilerplate pieces`,
          `diagnostics  ${stats.diagnostics}`,
          'outlets',
          ...stats.outlets.map((o) => `  ${String(o.documents).padStart(6)}  ${o.outlet ?? '(unknown)'}`),
          'languages',
          ...stats.languages.map((l) => `  ${String(l.documents).padStart(6)}  ${l.language}`),
        ];
        process.stdout.write(terminalSafe(`${rows.join('\n')}\n`));
      } finally {
        await store.close();
      }
    });
}
