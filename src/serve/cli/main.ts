import { Command, CommanderError } from 'commander';
import { ConfigError } from '../../config/config.ts';
import { AliasTableError } from '../../enrich/entities/alias-table-file.ts';
import { StoreOpenError } from '../../store/errors.ts';
import { registerAlerts } from './commands/alerts.ts';
import { registerAliases } from './commands/aliases.ts';
import { registerAnalyze } from './commands/analyze.ts';
import { registerClusterReports } from './commands/clusters.ts';
import { registerExport } from './commands/export.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerJobs } from './commands/jobs.ts';
import { registerShow, registerStats } from './commands/inspect.ts';
import { registerReprocess } from './commands/reprocess.ts';
import { registerSearch } from './commands/search.ts';
import { registerServe } from './commands/serve.ts';
import { registerWatch } from './commands/watch.ts';
import { registerWorker } from './commands/worker.ts';
import { guardTerminalOutput } from './terminal-text.ts';

/**
 * Builds the `warta` program; exported so tests can run commands in-process. Each command loads
 * its heavy modules (pipeline, stores, drivers, server) inside its action, so that `--version`,
 * `--help` and a mistyped command start at once.
 */
export function buildProgram(): Command {
  const program = new Command()
    .name('warta')
    .description('News intelligence for Indonesian-language news')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerIngest(program);
  registerAnalyze(program);
  registerShow(program);
  registerStats(program);
  registerSearch(program);
  registerServe(program);
  registerWatch(program);
  registerAliases(program);
  registerAlerts(program);
  registerClusterReports(program);
  registerExport(program);
  registerReprocess(program);
  registerWorker(program);
  registerJobs(program);
  return program;
}

async function main(): Promise<void> {
  guardTerminalOutput();
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof ConfigError || error instanceof StoreOpenError || error instanceof AliasTableError) {
      process.stderr.write(`warta: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
}

await main();
