import type { Command } from 'commander';
import { AlertInputError, createAlert } from '../../../alerts/create-alert.ts';
import { deliverDueWebhooks } from '../../../alerts/deliver-webhooks.ts';
import { ConfigError, loadConfig } from '../../../config/config.ts';
import { QuerySyntaxError } from '../../../search/syntax.ts';
import type { Store } from '../../../store/store.ts';
import { openStore } from '../../../store/open-store.ts';
import { parseCount } from './worker.ts';

async function withStore<T>(db: string | undefined, work: (store: Store) => Promise<T>): Promise<T> {
  const config = loadConfig(db ? { dbPath: db } : {});
  const store = await openStore(config.dbPath);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export function registerAlerts(program: Command): void {
  const alerts = program
    .command('alerts')
    .description('saved searches that alert: articles stored after an alert is made that match its query');

  alerts
    .command('add')
    .description('save a search; it matches only articles stored from now on (no replay)')
    .argument('<name>', 'a name for people')
    .argument('<query>', 'a query in the search language (see README)')
    .option('--webhook <url>', 'POST a signed digest of each batch’s new matches here')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .action(async (name: string, query: string, opts: { webhook?: string; db?: string }) => {
      await withStore(opts.db, async (store) => {
        try {
          const { alert, secret } = await createAlert(store, { name, query, webhook: opts.webhook ?? null });
          process.stdout.write(`${alert.id}\t${alert.name}\t${alert.query}\n`);
          if (alert.webhook) process.stderr.write(`webhook secret (shown once; it signs X-Warta-Signature): ${secret}\n`);
        } catch (error) {
          if (error instanceof QuerySyntaxError || error instanceof AlertInputError) throw new ConfigError(error.message);
          throw error;
        }
      });
    });

  alerts
    .command('list')
    .description('every alert with its matches, and those not seen yet')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .action(async (opts: { db?: string }) => {
      await withStore(opts.db, async (store) => {
        for (const alert of await store.alerts.list()) {
          process.stdout.write(
            `${alert.id}\t${alert.name}\t${alert.query}\t${alert.matches} match(es), ${alert.newMatches} new` +
              `${alert.webhook ? '\twebhook' : ''}\n`,
          );
        }
      });
    });

  alerts
    .command('show')
    .description('the articles an alert matched, newest first; marks them seen')
    .argument('<id>')
    .option('--limit <n>', 'articles at most', '20')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .action(async (id: string, opts: { limit: string; db?: string }) => {
      const limit = parseCount('--limit', opts.limit, 10_000);
      await withStore(opts.db, async (store) => {
        const alert = await store.alerts.get(id);
        if (!alert) throw new ConfigError(`no alert ${JSON.stringify(id)}`);
        process.stdout.write(`${alert.name} — ${alert.query} (${alert.matches} match(es), ${alert.newMatches} new)\n`);
        for (const item of await store.alerts.feed(id, limit)) {
          process.stdout.write(
            `${item.matchedAt}\t${item.documentId}\t${item.published ?? '-'}\t${item.outlet ?? '-'}\t${item.title ?? ''}\n`,
          );
        }
        await store.transaction((tx) => tx.alerts.markSeen(id, new Date().toISOString()));
      });
    });

  alerts
    .command('remove')
    .description('delete an alert and its matches')
    .argument('<id>')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .action(async (id: string, opts: { db?: string }) => {
      await withStore(opts.db, async (store) => {
        if (!(await store.transaction((tx) => tx.alerts.remove(id)))) {
          throw new ConfigError(`no alert ${JSON.stringify(id)}`);
        }
        process.stdout.write(`removed ${id}\n`);
      });
    });

  alerts
    .command('deliver')
    .description('post the webhook digests that are due now (serve, watch and worker do this every 15 s)')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .action(async (opts: { db?: string }) => {
      await withStore(opts.db, async (store) => {
        const report = await deliverDueWebhooks(store, { limit: 1_000 });
        process.stdout.write(`${report.delivered} delivered, ${report.failed} to retry, ${report.givenUp} given up\n`);
      });
    });
}
