import type { Server } from 'node:net';

/** A server that cannot listen (port taken, no permission) says so in one line and exits 2. */
export function exitOnListenError(server: Pick<Server, 'on'>, where: string, cleanUp: () => Promise<unknown>): void {
  server.on('error', (error: NodeJS.ErrnoException) => {
    const why =
      error.code === 'EADDRINUSE'
        ? 'the port is in use (another server?); choose another with --port'
        : error.code === 'EACCES'
          ? 'no permission to use that port'
          : error.message;
    process.stderr.write(`warta: cannot listen on ${where}: ${why}\n`);
    void cleanUp().finally(() => process.exit(2));
  });
}
