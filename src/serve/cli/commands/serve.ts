import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { loadConfig } from '../../../config/config.ts';
import { createApp } from '../../http/app.ts';
import { openStore } from '../open-store.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API and the web UI')
    .option('--db <file>', 'SQLite database file')
    .option('--port <n>', 'port (0 picks a free one)')
    .option('--host <host>', 'interface to listen on')
    .action((opts: { db?: string; port?: string; host?: string }) => {
      const config = loadConfig({
        ...(opts.db ? { dbPath: opts.db } : {}),
        ...(opts.port !== undefined ? { port: opts.port } : {}),
        ...(opts.host ? { host: opts.host } : {}),
      });
      const store = openStore(config.dbPath);
      const app = createApp({ store, writeToken: config.http.writeToken });
      const server = serve(
        { fetch: app.fetch, port: config.http.port, hostname: config.http.host },
        (info) => {
          const host = info.address.includes(':') ? `[${info.address}]` : info.address;
          process.stdout.write(`Warta is serving ${config.dbPath} at http://${host}:${info.port}/\n`);
        },
      );
      const stop = (): void => {
        server.close();
        // Closing waits for a write in progress (an API post, a poll), so it commits before exit.
        void store.close().finally(() => process.exit(0));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
}
