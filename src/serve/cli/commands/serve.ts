import type { Command } from 'commander';
import { loadConfig } from '../../../config/config.ts';
import { startWebhookDelivery } from '../../../alerts/deliver-webhooks.ts';
import { describeDb } from '../../../store/db-setting.ts';
import { openStore } from '../../../store/open-store.ts';
import { exitOnListenError } from '../listen-error.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API and the web UI')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .option('--port <n>', 'port (0 picks a free one)')
    .option('--host <host>', 'interface to listen on')
    .action(async (opts: { db?: string; port?: string; host?: string }) => {
      const config = loadConfig({
        ...(opts.db ? { dbPath: opts.db } : {}),
        ...(opts.port !== undefined ? { port: opts.port } : {}),
        ...(opts.host ? { host: opts.host } : {}),
      });
      const [{ serve }, { createApp }, { openIngestSink }] = await Promise.all([
        import('@hono/node-server'),
        import('../../http/app.ts'),
        import('../../../queue/ingest-sink.ts'),
      ]);
      const store = await openStore(config.dbPath);
      // On PostgreSQL posted documents go to the job queue (workers store them); this also checks
      // the database is reachable before the server listens.
      let ingest: Awaited<ReturnType<typeof openIngestSink>>;
      try {
        ingest = await openIngestSink(config.dbPath, store);
      } catch (error) {
        await store.close();
        throw error;
      }
      const webhooks = startWebhookDelivery(store, 15_000, (error) =>
        process.stderr.write(`warta: webhook delivery: ${error.message}\n`),
      );
      const app = createApp({ store, writeToken: config.http.writeToken, sink: ingest.sink });
      const server = serve(
        { fetch: app.fetch, port: config.http.port, hostname: config.http.host },
        (info) => {
          const host = info.address.includes(':') ? `[${info.address}]` : info.address;
          process.stdout.write(`Warta is serving ${describeDb(config.dbPath)} at http://${host}:${info.port}/\n`);
        },
      );
      const stop = (): void => {
        server.close();
        // Closing waits for a write in progress (an API post, a poll), so it commits before exit.
        void Promise.allSettled([webhooks.stop(), ingest.close()])
          .then(() => store.close()).finally(() => process.exit(0));
      };
      exitOnListenError(server, `${config.http.host}:${config.http.port}`, () =>
        Promise.allSettled([ingest.close()]).then(() => store.close()),
      );
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
}
