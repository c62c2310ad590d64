import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { IngestSink } from '../../queue/ingest-sink.ts';
import type { Store } from '../../store/store.ts';
import { errorResponse } from './errors.ts';
import { openApiDocument } from './openapi.ts';
import { readRoutes } from './routes/reads.ts';
import { searchExportRoutes } from './routes/search-export.ts';
import { tableExportRoutes } from './routes/table-exports.ts';
import { alertRoutes } from './routes/alerts.ts';
import { writeRoutes } from './routes/writes.ts';

export const WEB_DIST_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'web', 'dist');

export interface AppOptions {
  store: Store;
  /** Token required on writes; writes are refused when null. */
  writeToken: string | null;
  referenceDate?: () => Date;
  webDir?: string;
  /** Where posted documents go: the store (default) or, on PostgreSQL, the job queue. */
  sink?: IngestSink;
}

const MAX_URL_LENGTH = 4096;

/** The HTTP app: JSON API under /api, the web UI at /. Tests call it in-process with `app.request()`. */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  app.onError(errorResponse);
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
    }),
  );
  app.use('*', async (c, next) => {
    if (c.req.url.length > MAX_URL_LENGTH)
      return c.json({ error: 'bad-request', message: `URL longer than ${MAX_URL_LENGTH} characters` }, 414);
    await next();
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: 10 * 1024 * 1024,
      onError: (c) => c.json({ error: 'too-large', message: 'body over 10 MB' }, 413),
    }),
  );

  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  app.route('/api', searchExportRoutes(options.store));
  app.route('/api', tableExportRoutes(options.store));
  app.route('/api', readRoutes(options.store));
  app.route(
    '/api',
    writeRoutes(options.store, {
      token: options.writeToken,
      referenceDate: options.referenceDate ?? (() => new Date()),
      ...(options.sink ? { sink: options.sink } : {}),
      feeds: {
        add: (url) => options.store.addFeed(url),
        list: async () => (await options.store.feeds()).map((f) => f.url),
      },
    }),
  );
  app.route('/api', alertRoutes(options.store, { token: options.writeToken }));
  app.all('/api/*', (c) =>
    c.json({ error: 'not-found', message: `no route ${c.req.method} ${c.req.path}` }, 404),
  );

  const webDir = options.webDir ?? WEB_DIST_DIR;
  if (existsSync(join(webDir, 'index.html'))) {
    app.use('/*', serveStatic({ root: webDir }));
    app.get('*', serveStatic({ root: webDir, path: 'index.html' }));
  } else {
    app.get('/', (c) =>
      c.text('Warta API is running; the web UI is not built (npm run build:web). See /api/openapi.json.'),
    );
  }
  return app;
}
