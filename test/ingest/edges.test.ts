import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createSocketServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type IngestItem, ingestSources } from '../../src/ingest/index.ts';
import { pollFeed } from '../../src/serve/watch/feed-poller.ts';
import { dueAt, readFeedList, watchFeeds } from '../../src/serve/watch/watch-feeds.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { SEEDS_DIR } from '../support/shared.ts';

const SEED = join(SEEDS_DIR, '000_75aa186616058dd0.txt');
const dir = mkdtempSync(join(tmpdir(), 'warta-edges-'));
let server: Server;
let base = '';
let slow = false;

before(async () => {
  server = createHttpServer((req, res) => {
    if (req.url === '/to-file') res.writeHead(302, { location: 'file:///etc/passwd' }).end();
    else if (slow) setTimeout(() => res.writeHead(500).end('late'), 400);
    else res.writeHead(500).end('boom');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function collect(inputs: string[], options = {}): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of ingestSources(inputs, options)) items.push(item);
  return items;
}

test('a file whose name is not UTF-8 is read; pipes and sockets in a directory are skipped with a message', async (t) => {
  const tree = join(dir, 'tree');
  mkdirSync(tree);
  copyFileSync(SEED, join(tree, 'a.txt'));
  // "berita-\xe9.txt" in Latin-1: a name no UTF-8 string can spell.
  const latin1Name = Buffer.concat([Buffer.from(`${tree}/berita-`), Buffer.from([0xe9]), Buffer.from('.txt')]);
  copyFileSync(SEED, latin1Name);
  let special = 1;
  try {
    execFileSync('mkfifo', [join(tree, 'pipe')]);
    special += 1;
  } catch {
    t.diagnostic('no mkfifo here: the FIFO case is not tried');
  }
  const socket = createSocketServer();
  await new Promise<void>((resolve) => socket.listen(join(tree, 'sock'), resolve));
  try {
    const items = await collect([tree]);
    const ok = items.filter((item) => item.ok);
    assert.equal(ok.length, 2, 'both articles are read');
    assert.ok(ok.some((item) => item.ok && item.doc.source.endsWith('berita-\uFFFD.txt')));
    const skipped = items.filter((item) => !item.ok);
    assert.equal(skipped.length, special);
    for (const item of skipped) {
      assert.ok(!item.ok && item.reason === 'unsupported', JSON.stringify(item));
      assert.match(item.ok ? '' : item.message, /(named pipe|socket).*skipped/);
    }
  } finally {
    socket.close();
  }
});

test('a /proc file of size 0 that has content is read', { skip: !existsSync('/proc/version') && 'no /proc' }, async () => {
  const [item] = await collect(['/proc/version']);
  assert.ok(item?.ok, JSON.stringify(item));
  assert.ok(item.ok && item.doc.content.length > 0);
  writeFileSync(join(dir, 'empty.txt'), '');
  const [empty] = await collect([join(dir, 'empty.txt')]);
  assert.equal(empty?.ok === false && empty.reason, 'empty', 'an empty file is still "empty"');
});

test('a redirect to file:// fails with a clear message', async () => {
  const [item] = await collect([`${base}/to-file`]);
  assert.ok(item && !item.ok);
  assert.match(item.ok ? '' : item.message, /redirect to file: refused.*only http\(s\)/);
});

test('local paths in a feeds file are reported, not skipped silently', () => {
  const list = readFeedList('# feeds\nhttps://kabar.test/rss\n/home/budi/feed.xml\nfile:///tmp/a.xml\nbukan url\n');
  assert.deepEqual(list.urls, ['https://kabar.test/rss']);
  assert.equal(list.ignored.length, 3);
  assert.match(list.ignored[0]!, /^line 3: "\/home\/budi\/feed.xml" is a local path/);
  assert.match(list.ignored[1]!, /^line 4: .* local path/);
  assert.match(list.ignored[2]!, /^line 5: "bukan url" is not an http\(s\) URL/);
});

test('a shorter --interval applies at once; a failing feed keeps its backoff', () => {
  const polled = '2025-03-05T00:00:00.000Z';
  const feed = {
    url: 'https://kabar.test/rss',
    etag: null,
    lastModified: null,
    lastPolledAt: polled,
    nextPollAt: '2025-03-05T01:00:00.000Z',
    consecutiveFailures: 0,
    lastError: null,
  };
  assert.equal(dueAt(feed, 5 * 60_000), Date.parse(polled) + 5 * 60_000, 'due 5 minutes after the last poll');
  assert.equal(dueAt(feed, 2 * 3_600_000), Date.parse(feed.nextPollAt), 'a longer interval waits for the schedule');
  assert.equal(dueAt({ ...feed, consecutiveFailures: 2 }, 60_000), Date.parse(feed.nextPollAt));
});

test('the watcher polls a feed scheduled far ahead once the new interval has passed', async () => {
  const store = new SqliteStore({ path: ':memory:' });
  try {
    await store.addFeed(`${base}/rss`);
    const lastPolledAt = new Date(Date.now() - 10 * 60_000).toISOString();
    const nextPollAt = new Date(Date.now() + 3_600_000).toISOString();
    const [feed] = await store.feeds();
    await store.saveFeedState({ ...feed!, lastPolledAt, nextPollAt });
    const outcomes = await watchFeeds([], store, {
      intervalMs: 5 * 60_000,
      perHostGapMs: 0,
      maxBackoffMs: 3_600_000,
      once: true,
      referenceDate: () => new Date(),
    });
    assert.equal(outcomes.length, 1, 'polled now, not in an hour');
  } finally {
    await store.close();
  }
});

test("the watcher's HTTP failures reach the failures table; a timeout does not spend the backoff", async () => {
  const store = new SqliteStore({ path: ':memory:' });
  try {
    await store.addFeed(`${base}/rss`);
    slow = true;
    const options = { referenceDate: () => new Date(), intervalMs: 1_000, maxBackoffMs: 3_600_000, ingest: { timeoutMs: 200 } };
    const outcome = await pollFeed((await store.feeds())[0]!, store, options);
    slow = false;
    assert.equal(outcome.status, 'failed');
    const waited = Date.parse(outcome.nextPollAt) - Date.now();
    assert.ok(waited > 1_900, `the 2 s backoff counts from the end of the poll (${waited} ms left)`);
    const failures = await store.failures();
    assert.equal(failures.length, 1);
    assert.equal(failures[0]?.source, `${base}/rss`);
    assert.match(failures[0]?.message ?? '', /rss/);
  } finally {
    slow = false;
    await store.close();
  }
});
