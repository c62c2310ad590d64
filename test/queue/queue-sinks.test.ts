// POST /api/documents and the feed watcher with a PostgreSQL store: items go onto the queue
// (answered 202), and a worker stores them.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { Hono } from 'hono';
import { openIngestSink, queueSink } from '../../src/queue/ingest-sink.ts';
import { JobQueue } from '../../src/queue/job-queue.ts';
import { errorResponse } from '../../src/serve/http/errors.ts';
import { readRoutes } from '../../src/serve/http/routes/reads.ts';
import { writeRoutes } from '../../src/serve/http/routes/writes.ts';
import { pollFeed } from '../../src/serve/watch/feed-poller.ts';
import { PostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { runCli } from '../support/cli.ts';
import { postgresSkipReason, startPostgres, type TestPostgres } from '../support/postgres.ts';
import { readSeed } from '../support/shared.ts';
import { statsOf } from './queue-support.ts';

const skip = postgresSkipReason();
const TOKEN = 'queue-token';
let pg: TestPostgres;

before(async () => {
  if (!skip) pg = await startPostgres();
});
after(async () => {
  if (!skip) await pg.stop();
});

/** The API's routes as `createApp` mounts them, with the writes going to the given sink. */
function apiOver(store: PostgresStore, queue: JobQueue): Hono {
  const app = new Hono();
  app.onError(errorResponse);
  app.route('/api', readRoutes(store));
  app.route(
    '/api',
    writeRoutes(store, {
      token: TOKEN,
      referenceDate: () => new Date('2026-11-23T00:00:00Z'),
      feeds: { add: (url) => store.addFeed(url), list: async () => (await store.feeds()).map((f) => f.url) },
      sink: queueSink(queue, store),
    }),
  );
  return app;
}

function post(app: Hono, body: unknown): Promise<Response> {
  return Promise.resolve(
    app.request('/api/documents', {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

test('POST /api/documents on PostgreSQL queues the document; it appears once a worker ran', { skip }, async () => {
  const url = await pg.createDatabase('sink_api');
  const store = new PostgresStore({ url });
  const queue = await JobQueue.open(url);
  try {
    const app = apiOver(store, queue);
    const document = { id: 'api-seed-004', text: readSeed('004') };
    const first = await post(app, document);
    assert.equal(first.status, 202);
    // The id is known before a worker runs: the record's own id (or its text's hash).
    assert.deepEqual(await first.json(), {
      queued: 1,
      alreadyQueued: 0,
      rejected: [],
      documents: [{ line: 1, id: 'api-seed-004', status: 'queued' }],
      errors: [],
    });
    const second = await post(app, [document, { text: '' }]);
    assert.equal(second.status, 400, 'an empty text is refused by validation before anything is queued');
    const repeat = await post(app, document);
    assert.deepEqual(await repeat.json(), {
      queued: 0,
      alreadyQueued: 1,
      rejected: [],
      documents: [{ line: 1, id: 'api-seed-004', status: 'queued' }],
      errors: [],
    });
    assert.equal((await app.request('/api/documents/api-seed-004')).status, 404, 'not stored before a worker runs');

    const worker = runCli(['worker', '--once'], { WARTA_DB: url });
    assert.equal(worker.status, 0, worker.stderr);
    const stored = await app.request('/api/documents/api-seed-004');
    assert.equal(stored.status, 200);
    assert.equal(((await stored.json()) as { id: string }).id, 'api-seed-004');
  } finally {
    await queue.close();
    await store.close();
  }
});

test('the feed watcher on PostgreSQL queues the feed’s items', { skip }, async () => {
  const url = await pg.createDatabase('sink_feed');
  const feed = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Kabar Uji</title>
<item><title>Jembatan Desa Diresmikan</title><link>http://127.0.0.1/a</link><pubDate>Tue, 04 Mar 2025 10:00:00 +0700</pubDate>
<description><![CDATA[<p>Jembatan gantung sepanjang 80 meter di Desa Sukamaju diresmikan pada Selasa pagi oleh bupati.</p><p>Warga kini tidak perlu memutar sejauh tujuh kilometer untuk ke pasar.</p>]]></description></item>
</channel></rss>`;
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
  const store = new PostgresStore({ url });
  const { sink, close } = await openIngestSink(url, store);
  try {
    await store.addFeed(feedUrl);
    const outcome = await pollFeed((await store.feeds())[0]!, store, {
      referenceDate: () => new Date('2025-03-05T00:00:00Z'),
      intervalMs: 60_000,
      maxBackoffMs: 3_600_000,
      sink,
    });
    assert.equal(outcome.status, 'new');
    assert.equal(outcome.queued?.queued, 1);
    assert.equal((await statsOf(url)).waiting, 1);
    assert.equal((await store.stats()).documents, 0, 'nothing stored until a worker runs');
  } finally {
    await close();
    await store.close();
    server.close();
  }
});

test('on SQLite the sink is the store itself', async () => {
  const store = new SqliteStore({ path: ':memory:' });
  try {
    const { sink, close } = await openIngestSink(':memory:', store);
    const receipt = await sink.take(
      [{ ok: true, doc: { source: 'x', kind: 'text', format: 'text', content: readSeed('004'), encoding: 'utf-8', hints: {}, diagnostics: [] } }],
      new Date('2026-11-23T00:00:00Z'),
    );
    await close();
    assert.equal(receipt.mode, 'stored');
    assert.equal((await store.stats()).documents, 1);
  } finally {
    await store.close();
  }
});
