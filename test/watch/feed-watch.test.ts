import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { pollFeed } from '../../src/serve/watch/feed-poller.ts';
import { parseFeedList, watchFeeds } from '../../src/serve/watch/watch-feeds.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';

const FEED = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Kabar Uji</title><link>http://127.0.0.1/</link>
<item><title>Jembatan Desa Diresmikan</title><link>http://127.0.0.1/a</link><pubDate>Tue, 04 Mar 2025 10:00:00 +0700</pubDate>
<description><![CDATA[<p>Jembatan gantung sepanjang 80 meter di Desa Sukamaju diresmikan pada Selasa pagi oleh bupati.</p><p>Warga kini tidak perlu memutar sejauh tujuh kilometer untuk ke pasar.</p>]]></description></item>
</channel></rss>`;

const seen: IncomingMessage[] = [];
let failing = false;
let server: Server;
let base = '';

before(async () => {
  server = createServer((req, res) => {
    seen.push(req);
    if (failing) {
      res.writeHead(500).end('boom');
      return;
    }
    if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(FEED);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

const options = {
  referenceDate: () => new Date('2025-03-05T00:00:00Z'),
  intervalMs: 60_000,
  maxBackoffMs: 3_600_000,
};

test('a feed is ingested once, then answered with 304 thanks to its ETag, and failures back off', async () => {
  const store = new SqliteStore({ path: ':memory:' });
  const feed = async () => (await store.feeds())[0]!;
  await store.addFeed(`${base}/rss`);
  const first = await pollFeed(await feed(), store, options);
  assert.equal(first.status, 'new');
  assert.equal(first.summary?.added, 1);
  assert.equal((await feed()).etag, '"v1"');

  const second = await pollFeed(await feed(), store, options);
  assert.equal(second.status, 'not-modified');
  assert.equal(seen.at(-1)?.headers['if-none-match'], '"v1"');
  assert.match(String(seen.at(-1)?.headers['user-agent']), /Warta/);
  assert.equal((await store.stats()).documents, 1);

  failing = true;
  const third = await pollFeed(await feed(), store, options);
  const fourth = await pollFeed(await feed(), store, options);
  failing = false;
  assert.equal(third.status, 'failed');
  assert.match(third.error ?? '', /500/);
  assert.equal((await feed()).consecutiveFailures, 2);
  const wait = (o: typeof fourth) => Date.parse(o.nextPollAt) - Date.now();
  assert.ok(wait(fourth) > wait(third) * 1.5, 'the second failure waits longer than the first');
  assert.equal((await store.stats()).documents, 1, 'nothing stored is lost');
  await store.close();
});

test('a failed poll is remembered with its error, without ingesting anything', async () => {
  // Needs no pipeline: the server fails before any item is read.
  const store = new SqliteStore({ path: ':memory:' });
  await store.addFeed(`${base}/rss`);
  failing = true;
  try {
    const outcome = await pollFeed((await store.feeds())[0]!, store, options);
    assert.equal(outcome.status, 'failed');
  } finally {
    failing = false;
  }
  const [state] = await store.feeds();
  assert.equal(state?.consecutiveFailures, 1);
  assert.match(state?.lastError ?? '', /500/);
  assert.equal(state?.nextPollAt, (await store.feeds())[0]?.nextPollAt);
  assert.ok(Date.parse(state?.nextPollAt ?? '') > Date.now(), 'the next poll is in the future');
  assert.equal((await store.stats()).documents, 0);
  await store.close();
});

test('watch --once polls every due feed, one host at a time', async () => {
  const store = new SqliteStore({ path: ':memory:' });
  const urls = parseFeedList(`# feeds\n${base}/rss\n\nnot a url\n${base}/rss2 # second\n`);
  assert.deepEqual(urls, [`${base}/rss`, `${base}/rss2`]);
  const outcomes = await watchFeeds(urls, store, { ...options, perHostGapMs: 50, once: true });
  assert.equal(outcomes.length, 2);
  assert.deepEqual(
    (await store.feeds()).map((f) => f.url),
    urls,
    'the listed feeds are kept for the next run',
  );
  assert.equal((await store.stats()).documents, 1, 'the same item from two feed URLs is stored once');
  await store.close();
});
