import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import iconv from 'iconv-lite';
import { RSS_FEED } from '../../test/ingest/feeds.ts';
import { collect } from '../../test/ingest/support.ts';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const seenUserAgents: string[] = [];

const ROUTES: Record<string, Handler> = {
  '/article': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-language': 'id' });
    response.end('<html><body><h1>Judul</h1><p>Isi berita “penting”.</p></body></html>');
  },
  '/legacy': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' });
    response.end(iconv.encode('<p>café – ‘quoted’</p>', 'windows-1252'));
  },
  '/feed': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    response.end(RSS_FEED);
  },
  '/moved': (_request, response) => {
    response.writeHead(301, { location: '/article' });
    response.end();
  },
  '/loop-a': (_request, response) => {
    response.writeHead(302, { location: '/loop-b' });
    response.end();
  },
  '/loop-b': (_request, response) => {
    response.writeHead(302, { location: '/loop-a' });
    response.end();
  },
  '/broken': (_request, response) => {
    response.writeHead(500, 'Internal Server Error');
    response.end('oops');
  },
  '/missing': (_request, response) => {
    response.writeHead(404, 'Not Found');
    response.end();
  },
  '/slow': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.write('<html><body>');
    // Never finishes: the client's timeout must end the request.
  },
  '/huge-declared': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(10_000) });
    response.end('x'.repeat(10_000));
  },
  '/huge-streamed': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    for (let i = 0; i < 10; i++) response.write('y'.repeat(1000));
    response.end();
  },
  '/image': (_request, response) => {
    response.writeHead(200, { 'content-type': 'image/png' });
    response.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  },
};

let server: Server;
let base = '';

before(async () => {
  server = createServer((request, response) => {
    seenUserAgents.push(request.headers['user-agent'] ?? '');
    const route = ROUTES[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (route) route(request, response);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

test('a URL serving HTML becomes one url document with the final URL and Content-Language as hints', async () => {
  const { docs, failures } = await collect([`${base}/moved`]);
  assert.deepEqual(failures, []);
  assert.equal(docs.length, 1);
  const doc = docs[0]!;
  assert.deepEqual(
    [doc.source, doc.kind, doc.format, doc.encoding],
    [`${base}/moved`, 'url', 'html', 'utf-8'],
  );
  assert.deepEqual(doc.hints, { language: 'id', url: `${base}/article` });
  assert.ok(doc.content.includes('Isi berita “penting”.'));
  assert.match(
    seenUserAgents.at(-1)!,
    /^Warta\/0\.1 \(\+https:\/\/github\.com\/warta-news\/warta; news analysis\)$/,
  );
});

test('the Content-Type charset decides the decoding', async () => {
  const { docs } = await collect([`${base}/legacy`]);
  assert.equal(docs[0]?.encoding, 'windows-1252');
  assert.equal(docs[0]?.content, '<p>café – ‘quoted’</p>');
});

test('a URL serving a feed gives its items, links resolved against the feed', async () => {
  const { docs } = await collect([`${base}/feed`]);
  assert.deepEqual(
    docs.map((d) => [d.source, d.kind, d.hints.url]),
    [
      [`${base}/feed#1`, 'feed', 'https://berita.example/ekonomi/harga-beras'],
      [`${base}/feed#2`, 'feed', 'https://berita.example/daerah/banjir'],
    ],
  );
});

test('HTTP errors, redirect loops, timeouts, oversize bodies and unreadable types fail with typed reasons', async () => {
  const inputs = ['/broken', '/missing', '/loop-a', '/slow', '/huge-declared', '/huge-streamed', '/image'];
  const { docs, failures } = await collect(
    inputs.map((path) => base + path),
    { timeoutMs: 300, maxBytes: 5000 },
  );
  assert.equal(docs.length, 0);
  assert.deepEqual(
    failures.map((f) => [f.source.slice(base.length), f.reason]),
    [
      ['/broken', 'http-error'],
      ['/missing', 'http-error'],
      ['/loop-a', 'redirect-loop'],
      ['/slow', 'timeout'],
      ['/huge-declared', 'too-large'],
      ['/huge-streamed', 'too-large'],
      ['/image', 'unsupported'],
    ],
  );
  const messages = failures.map((f) => f.message.slice(base.length));
  assert.equal(messages[0], '/broken: HTTP 500 Internal Server Error');
  assert.equal(messages[2], `/loop-a: redirect loop: ${base}/loop-a → ${base}/loop-b → ${base}/loop-a`);
  assert.equal(messages[3], '/slow: no complete response within 300 ms');
  assert.equal(messages[4], '/huge-declared: response body is 9.8 KB, over the 4.9 KB limit');
  assert.equal(messages[6], '/image: unsupported content type image/png');
});

test('a redirect chain longer than maxRedirects fails as a redirect loop', async () => {
  const { failures } = await collect([`${base}/moved`], { maxRedirects: 0 });
  assert.equal(failures[0]?.reason, 'redirect-loop');
  assert.match(failures[0]!.message, /more than 0 redirects/);
});

test('an unreachable host fails as a network error', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
  await new Promise((resolve) => closed.close(resolve));
  const { failures } = await collect([closedUrl, 'http://127.0.0.1:1/'], { timeoutMs: 2000 });
  assert.deepEqual(
    failures.map((f) => f.reason),
    ['network', 'network'],
  );
  assert.equal(failures[0]?.message, `${closedUrl}: connection refused (ECONNREFUSED)`);
  assert.equal(failures[1]?.message, "http://127.0.0.1:1/: port 1 is on fetch's list of blocked ports");
});

test('a fetch override is used instead of the network', async () => {
  const fake: typeof fetch = async () =>
    new Response('Teks biasa dari tiruan.', { status: 200, headers: { 'content-type': 'text/plain' } });
  const { docs } = await collect(['https://fake.example/a.txt'], { fetch: fake });
  assert.deepEqual(
    docs.map((d) => [d.kind, d.format, d.content]),
    [['url', 'text', 'Teks biasa dari tiruan.']],
  );
});
