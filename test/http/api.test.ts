import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Hono } from 'hono';
import type { Claim, NewsEvent, Storyline } from '../../src/model/cluster.ts';
import { ingestIntoStore } from '../../src/pipeline/ingest-into-store.ts';
import { createApp } from '../../src/serve/http/app.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { makeDocument } from '../support/documents.ts';
import { REPO_DIR, SHARED_DIR } from '../support/shared.ts';

const TOKEN = 'test-token-123';
const opened: Store[] = [];
after(() => Promise.all(opened.map((store) => store.close())));

function appOver(store: Store, writeToken: string | null = TOKEN): Hono {
  opened.push(store);
  return createApp({
    store,
    writeToken,
    referenceDate: () => new Date('2025-03-10T00:00:00Z'),
    webDir: '/nonexistent',
  });
}

const hostile = makeDocument({
  title: '<script>alert("x")</script> Banjir di Lembah Sari',
  outlet: 'Kabar Lembah',
  text: 'Banjir bandang menerjang. <img src=x onerror=alert(1)> Warga mengungsi.',
  published: { value: '2025-03-03', evidence: 'Senin, 3 Maret 2025', inferred: false },
  entities: [
    {
      entity: 'ent_lembah',
      name: 'Lembah Sari',
      type: 'LOC',
      mentions: [{ start: 0, end: 6, text: 'Banjir' }],
    },
    { entity: 'ent_dewi', name: 'Dewi Anggraeni Putri', type: 'PER', mentions: [] },
  ],
  quotes: [
    {
      text: 'Air naik cepat',
      direct: true,
      speaker: { entity: 'ent_dewi', name: 'Dewi' },
      start: 0,
      end: 6,
    },
  ],
});

/** A store with one hand-made hostile document and its entities: no pipeline involved. */
async function hostileSetup(): Promise<{ app: Hono; store: Store }> {
  const store = new SqliteStore({ path: ':memory:' });
  await store.transaction(async (tx) => {
    await tx.saveDocuments([{ document: hostile, raw: 'raw', rawFormat: 'text' }]);
    await tx.upsertEntities([
      { id: 'ent_lembah', name: 'Lembah Sari', type: 'LOC', aliases: [], documentCount: 1 },
      {
        id: 'ent_dewi',
        name: 'Dewi Anggraeni Putri',
        type: 'PER',
        aliases: [{ alias: 'Dewi', source: 'rule' }],
        documentCount: 1,
        forms: { 'Dewi Anggraeni Putri': 1 },
      },
    ]);
  });
  return { app: appOver(store), store };
}

let samples: Promise<Hono> | null = null;

/** The sample corpus ingested through the pipeline once: real events, storylines and claims. */
function sampleApp(): Promise<Hono> {
  samples ??= (async () => {
    const store = new SqliteStore({ path: ':memory:' });
    const app = appOver(store);
    await ingestIntoStore([join(REPO_DIR, 'samples')], store, {
      referenceDate: new Date('2025-03-12T00:00:00Z'),
      batchSize: 4,
    });
    return app;
  })();
  return samples;
}

async function json<T = Record<string, unknown>>(app: Hono, route: string): Promise<T> {
  const res = await app.request(route);
  assert.equal(res.status, 200, route);
  return (await res.json()) as T;
}

async function assertJsonRoutes(app: Hono, routes: string[]): Promise<void> {
  for (const route of routes) {
    const res = await app.request(route);
    assert.equal(res.status, 200, route);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/, route);
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/, route);
  }
}

test('every read route answers with JSON', async () => {
  const { app } = await hostileSetup();
  await assertJsonRoutes(app, [
    '/api/openapi.json',
    '/api/documents',
    `/api/documents/${hostile.id}`,
    '/api/search?q=banjir',
    '/api/entities',
    '/api/entities/ent_dewi',
    '/api/events',
    '/api/storylines',
    '/api/storylines?sort=recent',
    '/api/claims',
    '/api/stats',
  ]);
});

test('every cluster route answers with JSON on the ingested samples', async () => {
  const app = await sampleApp();
  const events = await json<{ items: NewsEvent[] }>(app, '/api/events?limit=1');
  const storylines = await json<{ items: Storyline[] }>(app, '/api/storylines?limit=1');
  assert.ok(events.items[0] && storylines.items[0], 'the samples make events and storylines');
  await assertJsonRoutes(app, [
    `/api/events/${events.items[0].id}`,
    `/api/storylines/${storylines.items[0].id}`,
  ]);
});

test('documents filter, search ranks with highlighted snippets, entity page has timeline and quotes', async () => {
  const { app } = await hostileSetup();
  const byOutlet = await json<{ items: { id: string }[] }>(
    app,
    '/api/documents?outlet=Kabar%20Lembah&from=2025-03',
  );
  assert.deepEqual(
    byOutlet.items.map((d) => d.id),
    [hostile.id],
  );
  const none = await json<{ items: unknown[] }>(app, '/api/documents?outlet=Other');
  assert.equal(none.items.length, 0);
  const search = await json<{ total: number; hits: { id: string; snippet: string }[] }>(app, '/api/search?q=mengungsi');
  assert.equal(search.total, 1);
  assert.equal(search.hits[0]?.id, hostile.id);
  assert.match(search.hits[0]?.snippet ?? '', /Warga \[mengungsi\]/);
  const entity = await json<{
    entity: { documents: string[] };
    quotes: { text: string }[];
    timeline: { period: string }[];
  }>(app, '/api/entities/ent_dewi');
  assert.equal(entity.quotes[0]?.text, 'Air naik cepat');
  assert.deepEqual(entity.entity.documents, [hostile.id], 'the entity lists the documents mentioning it');
  assert.deepEqual(
    entity.timeline.map((p) => p.period),
    ['2025-03'],
  );
  const spec = await json<{ paths: Record<string, unknown> }>(app, '/api/openapi.json');
  assert.ok(spec.paths['/api/search']);
});

test('the entity list is paged from the store, with the number of documents and the total', async () => {
  const { app } = await hostileSetup();
  const all = await json<{ items: Record<string, unknown>[]; total: number }>(app, '/api/entities?limit=1');
  assert.equal(all.total, 2, 'the total counts every entity, not the page');
  assert.equal(all.items.length, 1);
  assert.deepEqual(all.items[0], {
    id: 'ent_dewi',
    name: 'Dewi Anggraeni Putri',
    type: 'PER',
    aliases: [{ alias: 'Dewi', source: 'rule' }],
    documentCount: 1,
  });
  const byAlias = await json<{ items: { id: string }[]; total: number }>(app, '/api/entities?q=DEWI');
  assert.deepEqual(
    byAlias.items.map((e) => e.id),
    ['ent_dewi'],
  );
  const places = await json<{ items: { id: string }[] }>(app, '/api/entities?type=LOC');
  assert.deepEqual(
    places.items.map((e) => e.id),
    ['ent_lembah'],
  );
});

test('an event page shows its sources and exactly the claims with a figure from them', async () => {
  const app = await sampleApp();
  const events = await json<{ items: (NewsEvent & { outlets: string[] })[] }>(app, '/api/events?limit=500');
  const claims = await json<{ items: Claim[] }>(app, '/api/claims?limit=500');
  assert.ok(claims.items.length > 0, 'the samples make claims');
  for (const listed of events.items) {
    const detail = await json<{
      event: NewsEvent;
      sources: { id: string; outlet: string | null }[];
      claims: Claim[];
    }>(app, `/api/events/${listed.id}`);
    assert.deepEqual(
      detail.sources.map((s) => s.id),
      listed.documents,
      'every document, in the event order',
    );
    const outlets = [...new Set(detail.sources.map((s) => s.outlet).filter((o) => o !== null))].sort();
    assert.deepEqual(listed.outlets, outlets, 'the list names the outlets of its sources');
    const expected = claims.items.filter((c) => c.figures.some((f) => listed.documents.includes(f.document)));
    assert.deepEqual(
      detail.claims.map((c) => c.id).sort(),
      expected.map((c) => c.id).sort(),
    );
  }
});

test('storylines list by size or by most recent event; a storyline shows why each event belongs', async () => {
  const app = await sampleApp();
  type Listed = Storyline & { from: string | null; to: string | null };
  const recent = await json<{ items: Listed[] }>(app, '/api/storylines?sort=recent&limit=500');
  for (const listed of recent.items) {
    assert.ok((listed.from ?? '') <= (listed.to ?? ''), 'a storyline spans from its first to its last event');
  }
  const bySize = await json<{ items: Listed[] }>(app, '/api/storylines?limit=500');
  assert.deepEqual(
    bySize.items.map((s) => s.id).sort(),
    recent.items.map((s) => s.id).sort(),
  );
  const paged = await json<{ items: Listed[] }>(app, '/api/storylines?sort=recent&limit=1&offset=1');
  assert.deepEqual(
    paged.items.map((s) => s.id),
    recent.items.slice(1, 2).map((s) => s.id),
  );
  for (const listed of bySize.items) {
    const detail = await json<{ storyline: Storyline; timeline: NewsEvent[] }>(
      app,
      `/api/storylines/${listed.id}`,
    );
    assert.deepEqual(detail.timeline.map((e) => e.id).sort(), [...listed.events].sort());
    assert.deepEqual(
      detail.storyline.evidence?.map((e) => e.event).sort(),
      [...listed.events].sort(),
      'one piece of evidence per event',
    );
    const openers = detail.storyline.evidence?.filter((e) => e.linkedTo === null);
    assert.equal(openers?.length, 1, 'one event opened it');
  }
});

test('bad requests get 400 with a message naming the parameter', async () => {
  const { app } = await hostileSetup();
  const cases: [string, RegExp][] = [
    ['/api/search', /q/],
    ['/api/search?q=', /q/],
    ['/api/documents?limit=0', /limit/],
    ['/api/documents?limit=abc', /limit/],
    ['/api/documents?from=kemarin', /from/],
    ['/api/documents?language=indonesian', /language/],
    ['/api/entities?type=PERSON', /type/],
    ['/api/storylines?sort=oldest', /sort/],
    [`/api/search?q=${'a'.repeat(600)}`, /q/],
  ];
  for (const [route, message] of cases) {
    const res = await app.request(route);
    assert.equal(res.status, 400, route);
    const body = (await res.json()) as { error: string; message: string };
    assert.equal(body.error, 'bad-request');
    assert.match(body.message, message, route);
  }
});

test('hostile ids and huge URLs are refused, unknown ids are 404', async () => {
  const { app } = await hostileSetup();
  assert.equal((await app.request('/api/documents/..%2F..%2Fetc%2Fpasswd')).status, 400);
  assert.equal((await app.request('/api/entities/a..b')).status, 400);
  assert.equal((await app.request('/api/documents/%3Cscript%3E')).status, 400);
  assert.equal((await app.request(`/api/search?q=${'x'.repeat(10_000)}`)).status, 414);
  assert.equal((await app.request('/api/documents/doc_missing')).status, 404);
  assert.equal((await app.request('/api/entities/ent_missing')).status, 404);
  assert.equal((await app.request('/api/events/evt_missing')).status, 404);
  assert.equal((await app.request('/api/storylines/sty_missing')).status, 404);
  assert.equal((await app.request('/api/nothing-here')).status, 404);
});

test('hostile article text comes back as inert JSON data', async () => {
  const { app } = await hostileSetup();
  const res = await app.request(`/api/documents/${hostile.id}`);
  const body = (await res.json()) as { title: string };
  assert.equal(body.title, '<script>alert("x")</script> Banjir di Lembah Sari');
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
});

test('writes need the configured token', async () => {
  const { app, store } = await hostileSetup();
  const body = JSON.stringify({
    text: 'Harga cabai naik dua kali lipat di pasar induk.',
    title: 'Cabai',
    id: 'api-1',
  });
  const post = (headers: Record<string, string>) =>
    app.request('/api/documents', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...headers },
    });
  assert.equal((await post({})).status, 401);
  assert.equal((await post({ authorization: 'Bearer wrong' })).status, 401);
  assert.equal((await store.stats()).documents, 1);
  const ok = await post({ authorization: `Bearer ${TOKEN}` });
  assert.equal(ok.status, 200);
  assert.equal(((await ok.json()) as { added: number }).added, 1);
  const again = (await (await post({ authorization: `Bearer ${TOKEN}` })).json()) as { unchanged: number };
  assert.equal(again.unchanged, 1, 'posting the same document twice changes nothing');
  assert.equal((await store.stats()).documents, 2);
  assert.ok(await store.getDocument('api-1'), 'the given id is kept');
});

test('feeds are added with the token and listed', async () => {
  const { app } = await hostileSetup();
  const add = (url: string) =>
    app.request('/api/feeds', {
      method: 'POST',
      body: JSON.stringify({ url }),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    });
  const first = await add('https://example.test/rss');
  assert.equal(first.status, 201);
  assert.deepEqual(await first.json(), {
    url: 'https://example.test/rss',
    added: true,
    feeds: ['https://example.test/rss'],
    total: 1,
  });
  const again = await add('https://example.test/rss');
  assert.equal(again.status, 200, 'a feed already watched is not added again');
  assert.equal((await add('file:///etc/passwd')).status, 400);
  assert.equal((await app.request('/api/feeds')).status, 401, 'the watched feeds are behind the token');
  const listed = await app.request('/api/feeds', { headers: { authorization: `Bearer ${TOKEN}` } });
  assert.deepEqual(await listed.json(), { feeds: ['https://example.test/rss'], total: 1 });
});

test('a token is read only from "Authorization: Bearer <token>"', async () => {
  const { app } = await hostileSetup();
  for (const authorization of [TOKEN, `Basic ${TOKEN}`, `Bearer`, `Bearer ${TOKEN} extra`, `Token ${TOKEN}`]) {
    const res = await app.request('/api/feeds', { headers: { authorization } });
    assert.equal(res.status, 401, authorization);
  }
  assert.equal((await app.request('/api/feeds', { headers: { authorization: `bearer ${TOKEN}` } })).status, 200);
});

test("documents name their source without the server's absolute paths", async () => {
  const app = await sampleApp();
  const list = await json<{ items: { id: string; source: string }[] }>(app, '/api/documents?limit=50');
  assert.ok(list.items.length > 0);
  for (const item of list.items) {
    assert.ok(!item.source.startsWith('/'), item.source);
    assert.ok(!item.source.includes(REPO_DIR), item.source);
    const doc = await json<{ source: string }>(app, `/api/documents/${encodeURIComponent(item.id)}`);
    assert.ok(!doc.source.startsWith('/'), doc.source);
  }
  assert.ok(list.items.some((item) => item.source === 'samples/01-kabar-lembah-banjir.txt'), 'relative to the server');
});

test('writes are refused when no token is configured; bad bodies are 400/415', async () => {
  const unguarded = appOver(new SqliteStore({ path: ':memory:' }), null);
  const res = await unguarded.request('/api/documents', {
    method: 'POST',
    body: '{"text":"x"}',
    headers: { 'content-type': 'application/json', authorization: 'Bearer anything' },
  });
  assert.equal(res.status, 403);
  const { app: guarded } = await hostileSetup();
  const auth = { authorization: `Bearer ${TOKEN}` };
  const post = async (body: string, contentType: string): Promise<number> => {
    const headers = { 'content-type': contentType, ...auth };
    return (await guarded.request('/api/documents', { method: 'POST', body, headers })).status;
  };
  assert.equal(await post('{not json', 'application/json'), 400);
  assert.equal(await post('{"title":"no text"}', 'application/json'), 400);
  assert.equal(await post('text', 'text/plain'), 415);
});

test('POST /api/documents answers, line by line, the id each record is stored under, and why a line was refused', async () => {
  const store = new SqliteStore({ path: ':memory:' });
  const app = appOver(store);
  const seed = (name: string) => readFileSync(join(SHARED_DIR, 'corpus', 'seeds', name), 'utf8');
  const lines = [
    JSON.stringify({ id: 'seed-000', text: seed('000_75aa186616058dd0.txt') }),
    '{"text": "unterminated',
    JSON.stringify({ text: seed('002_af52723efe8b9ce8.txt') }),
    JSON.stringify({ text: '' }),
    // The same text as line 3 without an id: stored once, this line is told where it is.
    JSON.stringify({ text: seed('002_af52723efe8b9ce8.txt') }),
  ];
  const res = await app.request('/api/documents', {
    method: 'POST',
    body: lines.join('\n'),
    headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${TOKEN}` },
  });
  assert.equal(res.status, 200);
  const body = (await res.json()) as {
    added: number;
    stored: string[];
    documents: { line: number; id: string; status: string }[];
    errors: { line: number; error: string }[];
  };
  assert.equal(body.added, 2);
  const third = body.documents.find((doc) => doc.line === 3)!;
  assert.deepEqual(body.stored.sort(), ['seed-000', third.id].sort(), 'the ids it stored, the caller id kept');
  assert.deepEqual(
    body.documents.map((doc) => [doc.line, doc.status]),
    [[1, 'added'], [3, 'added'], [5, 'unchanged']],
  );
  assert.equal(body.documents.find((doc) => doc.line === 5)!.id, third.id, 'a repeat is pointed at the stored copy');
  for (const id of body.stored) assert.ok(await store.getDocument(id), `${id} is readable under the id returned`);
  // Broken JSON and an empty text are refused with the line and the reason in words.
  assert.deepEqual(body.errors.map((error) => error.line), [2, 4]);
  assert.match(body.errors[0]!.error, /^request line 2: .*JSON/i);
  assert.match(body.errors[1]!.error, /^request line 4: .*empty/);
});
