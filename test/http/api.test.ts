import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from '../../src/serve/http/app.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { makeDocument } from '../support/documents.ts';

const TOKEN = 'test-token-123';

function setup() {
  const store = new SqliteStore({ path: ':memory:' });
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
  store.saveDocuments([{ document: hostile, raw: 'raw', rawFormat: 'text' }]);
  store.saveEntities([
    { id: 'ent_lembah', name: 'Lembah Sari', type: 'LOC', aliases: [], documents: [hostile.id] },
    {
      id: 'ent_dewi',
      name: 'Dewi Anggraeni Putri',
      type: 'PER',
      aliases: [{ alias: 'Dewi', source: 'rule' }],
      documents: [hostile.id],
    },
  ]);
  store.saveClusters({
    events: [
      {
        id: 'evt_1',
        title: 'Banjir',
        date: '2025-03-02',
        documents: [hostile.id],
        entities: ['ent_lembah'],
        evidence: [],
      },
    ],
    storylines: [{ id: 'sty_1', title: 'Banjir', events: ['evt_1'], entities: [] }],
    claims: [
      {
        id: 'clm_1',
        subject: 'warga mengungsi',
        unit: 'warga',
        figures: [
          {
            document: hostile.id,
            text: 'sekitar 1.200 warga',
            value: 1200,
            qualifier: 'about',
            start: 0,
            end: 5,
          },
        ],
        consistent: true,
        reasoning: 'one source',
      },
    ],
  });
  const app = createApp({
    store,
    writeToken: TOKEN,
    referenceDate: () => new Date('2025-03-10T00:00:00Z'),
    webDir: '/nonexistent',
  });
  return { app, store, doc: hostile };
}

test('every read route answers with JSON', async () => {
  const { app, doc } = setup();
  const routes = [
    '/api/openapi.json',
    '/api/documents',
    `/api/documents/${doc.id}`,
    '/api/search?q=banjir',
    '/api/entities',
    '/api/entities/ent_dewi',
    '/api/events',
    '/api/events/evt_1',
    '/api/storylines',
    '/api/storylines/sty_1',
    '/api/claims',
    '/api/stats',
    '/api/feeds',
  ];
  for (const route of routes) {
    const res = await app.request(route);
    assert.equal(res.status, 200, route);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/, route);
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/, route);
  }
});

test('documents filter, search ranks with highlighted snippets, entity page has timeline and quotes', async () => {
  const { app, doc } = setup();
  const byOutlet = await (await app.request('/api/documents?outlet=Kabar%20Lembah&from=2025-03')).json();
  assert.deepEqual(
    byOutlet.items.map((d: { id: string }) => d.id),
    [doc.id],
  );
  const none = await (await app.request('/api/documents?outlet=Other')).json();
  assert.equal(none.items.length, 0);
  const search = await (await app.request('/api/search?q=mengungsi')).json();
  assert.equal(search.items[0].id, doc.id);
  assert.match(search.items[0].snippet, /\[Warga\] \[mengungsi\]|\[mengungsi\]/);
  const entity = await (await app.request('/api/entities/ent_dewi')).json();
  assert.equal(entity.quotes[0].text, 'Air naik cepat');
  const event = await (await app.request('/api/events/evt_1')).json();
  assert.equal(event.sources[0].outlet, 'Kabar Lembah');
  assert.equal(event.claims[0].id, 'clm_1');
  const spec = await (await app.request('/api/openapi.json')).json();
  assert.ok(spec.paths['/api/search']);
});

test('bad requests get 400 with a message naming the parameter', async () => {
  const { app } = setup();
  const cases: [string, RegExp][] = [
    ['/api/search', /q/],
    ['/api/search?q=', /q/],
    ['/api/documents?limit=0', /limit/],
    ['/api/documents?limit=abc', /limit/],
    ['/api/documents?from=kemarin', /from/],
    ['/api/documents?language=indonesian', /language/],
    [`/api/search?q=${'a'.repeat(600)}`, /q/],
  ];
  for (const [route, message] of cases) {
    const res = await app.request(route);
    assert.equal(res.status, 400, route);
    const body = await res.json();
    assert.equal(body.error, 'bad-request');
    assert.match(body.message, message, route);
  }
});

test('hostile ids and huge URLs are refused, unknown ids are 404', async () => {
  const { app } = setup();
  assert.equal((await app.request('/api/documents/..%2F..%2Fetc%2Fpasswd')).status, 400);
  assert.equal((await app.request('/api/entities/a..b')).status, 400);
  assert.equal((await app.request('/api/documents/%3Cscript%3E')).status, 400);
  assert.equal((await app.request(`/api/search?q=${'x'.repeat(10_000)}`)).status, 414);
  assert.equal((await app.request('/api/documents/doc_missing')).status, 404);
  assert.equal((await app.request('/api/events/evt_missing')).status, 404);
  assert.equal((await app.request('/api/nothing-here')).status, 404);
});

test('hostile article text comes back as inert JSON data', async () => {
  const { app, doc } = setup();
  const res = await app.request(`/api/documents/${doc.id}`);
  const body = await res.json();
  assert.equal(body.title, '<script>alert("x")</script> Banjir di Lembah Sari');
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
});

test('writes need the configured token', async () => {
  const { app, store } = setup();
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
  assert.equal(store.stats().documents, 1);
  const ok = await post({ authorization: `Bearer ${TOKEN}` });
  assert.equal(ok.status, 200);
  assert.equal((await ok.json()).added, 1);
  const again = await (await post({ authorization: `Bearer ${TOKEN}` })).json();
  assert.equal(again.unchanged, 1, 'posting the same document twice changes nothing');
  assert.equal(store.stats().documents, 2);
  const feed = await app.request('/api/feeds', {
    method: 'POST',
    body: JSON.stringify({ url: 'https://example.test/rss' }),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
  });
  assert.equal(feed.status, 201);
  const badFeed = await app.request('/api/feeds', {
    method: 'POST',
    body: JSON.stringify({ url: 'file:///etc/passwd' }),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
  });
  assert.equal(badFeed.status, 400);
});

test('writes are refused when no token is configured; bad bodies are 400/415', async () => {
  const store = new SqliteStore({ path: ':memory:' });
  const app = createApp({ store, writeToken: null, webDir: '/nonexistent' });
  const res = await app.request('/api/documents', {
    method: 'POST',
    body: '{"text":"x"}',
    headers: { 'content-type': 'application/json', authorization: 'Bearer anything' },
  });
  assert.equal(res.status, 403);
  const { app: guarded } = setup();
  const auth = { authorization: `Bearer ${TOKEN}` };
  assert.equal(
    (
      await guarded.request('/api/documents', {
        method: 'POST',
        body: '{not json',
        headers: { 'content-type': 'application/json', ...auth },
      })
    ).status,
    400,
  );
  assert.equal(
    (
      await guarded.request('/api/documents', {
        method: 'POST',
        body: '{"title":"no text"}',
        headers: { 'content-type': 'application/json', ...auth },
      })
    ).status,
    400,
  );
  assert.equal(
    (
      await guarded.request('/api/documents', {
        method: 'POST',
        body: 'text',
        headers: { 'content-type': 'text/plain', ...auth },
      })
    ).status,
    415,
  );
});
