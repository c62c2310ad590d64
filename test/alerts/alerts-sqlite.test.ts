import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { createAlert } from '../../src/alerts/create-alert.ts';
import { deliverDueWebhooks, signature } from '../../src/alerts/deliver-webhooks.ts';
import { ingestIntoStore } from '../../src/pipeline/ingest-into-store.ts';
import { createApp } from '../../src/serve/http/app.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { seedFiles } from '../support/shared.ts';
import { alertsFollowNewArticles } from './alert-scenario.ts';

const referenceDate = new Date('2026-11-23T00:00:00Z');

test('sqlite: an alert lists exactly the matching articles stored after it was made', async () => {
  const store = new SqliteStore({ path: ':memory:' });
  try {
    await alertsFollowNewArticles(store);
  } finally {
    await store.close();
  }
});

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

async function receiver(statuses: number[]): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = statuses[received.length - 1] ?? 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test('a webhook gets one signed digest per batch; a failed post is retried after its backoff', async () => {
  const hook = await receiver([500, 200]);
  const store = new SqliteStore({ path: ':memory:' });
  try {
    const { alert, secret } = await createAlert(store, { name: 'Ukraina', query: 'Ukraina', webhook: hook.url });
    // All five seeds in one batch: one digest, whatever the number of matches.
    await ingestIntoStore(seedFiles(), store, { referenceDate, batchSize: 50 });
    const t0 = new Date();
    assert.deepEqual(await deliverDueWebhooks(store, { now: () => t0 }), { delivered: 0, failed: 1, givenUp: 0 });
    // Not due again before its backoff (30 s after the first failure).
    assert.deepEqual(await deliverDueWebhooks(store, { now: () => new Date(t0.getTime() + 10_000) }), {
      delivered: 0,
      failed: 0,
      givenUp: 0,
    });
    assert.deepEqual(await deliverDueWebhooks(store, { now: () => new Date(t0.getTime() + 31_000) }), {
      delivered: 1,
      failed: 0,
      givenUp: 0,
    });
    assert.equal(hook.received.length, 2);
    const [first, second] = hook.received;
    assert.equal(first!.body, second!.body, 'a retry sends the same digest');
    assert.equal(second!.headers['x-warta-signature'], signature(secret, second!.body), 'HMAC-SHA256 of the body');
    const digest = JSON.parse(second!.body) as { alert: { id: string }; articles: { id: string }[] };
    assert.equal(digest.alert.id, alert.id);
    const feed = await store.alerts.feed(alert.id, 100);
    assert.deepEqual(digest.articles.map((a) => a.id).sort(), feed.map((item) => item.documentId).sort());
    assert.ok(digest.articles.length >= 3, 'Ukraina appears in most seeds (the war is their background)');
    const [delivery] = await store.alerts.deliveries(alert.id, 10);
    assert.equal(delivery?.attempts, 2);
    assert.ok(delivery?.deliveredAt, 'the second attempt is recorded as delivered');
    assert.match(delivery?.lastError ?? '', /^$|HTTP 500/);
  } finally {
    await store.close();
    await hook.close();
  }
});

test('API: alerts need the token to change, give their feed as Atom, and a bad query is a 400 with its position', async () => {
  const store = new SqliteStore({ path: ':memory:' });
  const app = createApp({ store, writeToken: 'sekret', referenceDate: () => referenceDate });
  const auth = { authorization: 'Bearer sekret', 'content-type': 'application/json' };
  try {
    const refused = await app.request('/api/alerts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x', query: 'Lavrov' }),
    });
    assert.equal(refused.status, 401);
    const bad = await app.request('/api/alerts', {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ name: 'x', query: 'Lavrov OR' }),
    });
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as { position?: number }).position, 7, 'OR at offset 7 has nothing after it');
    const made = await app.request('/api/alerts', {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ name: '<script>alert(1)</script>', query: '"Korea Utara"' }),
    });
    assert.equal(made.status, 201);
    const { id, secret } = (await made.json()) as { id: string; secret: string };
    assert.ok(secret.length >= 32);
    await ingestIntoStore(seedFiles(), store, { referenceDate, batchSize: 50 });

    const list = (await (await app.request('/api/alerts')).json()) as { total: number; items: { id: string; newMatches: number }[] };
    assert.equal(list.total, 1);
    assert.equal(list.items[0]?.newMatches, 5, 'every seed names Korea Utara');
    const feed = await app.request(`/api/alerts/${id}/feed`);
    assert.equal(feed.status, 200);
    assert.match(feed.headers.get('content-type') ?? '', /application\/atom\+xml/);
    const xml = await feed.text();
    assert.equal(xml.match(/<entry>/g)?.length, 5);
    assert.ok(!xml.includes('<script>'), 'names are escaped in the feed');
    assert.ok(xml.includes('&lt;script&gt;'));
    assert.ok(!xml.includes(secret), 'the secret is never shown again');

    assert.equal((await app.request(`/api/alerts/${id}`, { method: 'DELETE' })).status, 401);
    assert.equal((await app.request(`/api/alerts/${id}`, { method: 'DELETE', headers: auth })).status, 204);
    assert.equal((await app.request(`/api/alerts/${id}/feed`)).status, 404);
    const spec = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    for (const path of ['/api/alerts', '/api/alerts/{id}', '/api/alerts/{id}/seen', '/api/alerts/{id}/feed']) {
      assert.ok(spec.paths[path], `the API description documents ${path}`);
    }
  } finally {
    await store.close();
  }
});
