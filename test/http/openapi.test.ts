import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { z } from 'zod';
import { ingestIntoStore } from '../../src/pipeline/ingest-into-store.ts';
import { createApp } from '../../src/serve/http/app.ts';
import { openApiDocument } from '../../src/serve/http/openapi.ts';
import { ENDPOINTS, type Endpoint } from '../../src/serve/http/schemas/endpoints.ts';
import { errorSchema } from '../../src/serve/http/schemas/errors.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { seedFiles } from '../support/shared.ts';

const TOKEN = 'openapi-test-token';
const auth = { authorization: `Bearer ${TOKEN}` };
const store = new SqliteStore({ path: ':memory:' });
const app = createApp({ store, writeToken: TOKEN, webDir: '/nonexistent', referenceDate: () => new Date('2026-11-23T00:00:00Z') });
let alertId = '';

before(async () => {
  // Saved before the seeds come in, so that its feed and counts have matches to show.
  const created = await app.request('/api/alerts', {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Korea Utara', query: 'Korut', webhook: 'https://example.org/hook' }),
  });
  alertId = ((await created.json()) as { id: string }).id;
  await ingestIntoStore(seedFiles(), store, { referenceDate: new Date('2026-11-23T00:00:00Z'), batchSize: 50 });
});
after(() => store.close());

const key = (method: string, path: string): string => `${method.toUpperCase()} ${path}`;

/** Accepts only what the schema describes: parsing drops undescribed fields, so the result must equal the value. */
function assertFits(schema: z.ZodType, value: unknown, what: string): void {
  const parsed = schema.safeParse(value);
  assert.ok(parsed.success, `${what}: ${parsed.error?.message.slice(0, 600)}`);
  assert.deepEqual(parsed.data, value, `${what}: the answer has fields the schema does not describe`);
}

test('every route of the app is in the OpenAPI document, and the document describes no route the app lacks', () => {
  // Hono lists every route it dispatches to, the mounted sub-apps' included; middleware is ALL and wildcards.
  const routes = new Set(
    app.routes
      .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL' && !r.path.includes('*'))
      .map((r) => key(r.method, r.path.replace(/:(\w+)/g, '{$1}'))),
  );
  const paths = openApiDocument().paths as Record<string, Record<string, unknown>>;
  const documented = new Set(Object.entries(paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => key(m, path))));
  assert.ok(routes.size >= 20, 'the app has its routes');
  assert.deepEqual([...routes].filter((r) => !documented.has(r)), [], 'routes missing from the document');
  assert.deepEqual([...documented].filter((r) => !routes.has(r)), [], 'documented operations with no route');
});

test('the document is generated from the schemas: named schemas under components, answers by reference', () => {
  const spec = openApiDocument() as { components: { schemas: Record<string, unknown> }; paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }>> };
  const listed = spec.paths['/api/documents']!.get!.responses['200']!.content!['application/json']!.schema;
  assert.equal(listed.$ref, '#/components/schemas/DocumentList');
  const list = spec.components.schemas.DocumentList as { required: string[] };
  assert.ok(list.required.includes('total'), 'the document list promises its total');
  // Every $ref points at a schema that is there.
  const refs = [...JSON.stringify(spec).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
  assert.deepEqual(refs.filter((id) => !(id in spec.components.schemas)), []);
});

test('each documented example fits its schema, and every endpoint with a body has one', () => {
  for (const endpoint of ENDPOINTS) {
    const contents = [
      ...Object.values(endpoint.body?.content ?? {}),
      ...Object.values(endpoint.answers).flatMap((a) => Object.values(a.content ?? {})),
    ];
    for (const [i, { schema, example }] of contents.entries()) {
      assert.notEqual(example, null, `${key(endpoint.method, endpoint.path)}: example ${i} is missing`);
      assertFits(schema, example, `${key(endpoint.method, endpoint.path)} example ${i}`);
    }
  }
});

test('the lists count every page: totals are the store\'s, not the page\'s', async () => {
  // Five seed articles (nothing posted yet): a page of two still says five; an entity filter counts only its documents.
  const page = (await (await app.request('/api/documents?limit=2')).json()) as { items: unknown[]; total: number };
  assert.equal(page.items.length, 2);
  assert.equal(page.total, seedFiles().length);
  assert.equal(page.total, 5);
  const stats = (await (await app.request('/api/stats')).json()) as { events: number; storylines: number; claims: number };
  for (const [path, expected] of [['/api/events?limit=1', stats.events], ['/api/storylines?limit=1', stats.storylines], ['/api/claims?limit=1', stats.claims]] as const) {
    const list = (await (await app.request(path)).json()) as { items: unknown[]; total: number };
    assert.equal(list.total, expected, path);
    assert.ok(list.items.length <= 1, path);
  }
  const entity = (await (await app.request(`/api/entities/${await firstOf('/api/entities?type=PER')}`)).json()) as { entity: { id: string; documents: string[] } };
  const mentioning = (await (await app.request(`/api/documents?entity=${entity.entity.id}&limit=1`)).json()) as { total: number };
  assert.equal(mentioning.total, entity.entity.documents.length, 'the entity filter is counted like it is listed');
});

type Check = { method?: string; url: () => string; body?: string; type?: string };

/** A real request for each endpoint, in an order that leaves the alert to be deleted last. */
const CHECKS: Record<string, Check[]> = {
  'GET /api/openapi.json': [{ url: () => '/api/openapi.json' }],
  'GET /api/documents': [{ url: () => '/api/documents?limit=2' }, { url: () => '/api/documents?entity=nobody' }],
  'POST /api/documents': [
    {
      method: 'POST',
      url: () => '/api/documents',
      type: 'application/x-ndjson',
      body: `${JSON.stringify({ id: 'uji-1', title: 'Uji', text: 'Warga Sukamaju bergotong royong membersihkan saluran air.' })}\n{"text": ""}\nnot json\n`,
    },
  ],
  'GET /api/documents/{id}': [{ url: () => `/api/documents/${firstSeed}` }],
  'GET /api/search': [
    { url: () => '/api/search?q=Korut&limit=2' },
    { url: () => '/api/search?q=Puttin' },
    { url: () => '/api/search?q=Korut&format=csv' },
    { url: () => '/api/search?q=Korut&format=jsonl' },
  ],
  'GET /api/entities': [{ url: () => '/api/entities?limit=3' }],
  'GET /api/entities/{id}': [{ url: () => `/api/entities/${speaker}` }],
  'GET /api/entities/{id}/quotes': [
    { url: () => `/api/entities/${speaker}/quotes` },
    { url: () => `/api/entities/${speaker}/quotes?format=jsonl` },
  ],
  'GET /api/events': [{ url: () => '/api/events' }],
  'GET /api/events/{id}': [{ url: () => `/api/events/${firstEvent}` }],
  'GET /api/storylines': [{ url: () => '/api/storylines?sort=recent' }],
  'GET /api/storylines/{id}': [{ url: () => `/api/storylines/${firstStoryline}` }],
  'GET /api/claims': [{ url: () => '/api/claims' }, { url: () => '/api/claims?format=csv' }, { url: () => '/api/claims?format=jsonl' }],
  'GET /api/stats': [{ url: () => '/api/stats' }],
  'POST /api/feeds': [{ method: 'POST', url: () => '/api/feeds', body: JSON.stringify({ url: 'https://example.org/rss.xml' }) }],
  'GET /api/feeds': [{ url: () => '/api/feeds' }],
  'GET /api/alerts': [{ url: () => '/api/alerts' }],
  'POST /api/alerts': [{ method: 'POST', url: () => '/api/alerts', body: JSON.stringify({ name: 'Lavrov', query: 'Lavrov OR Volodin' }) }],
  'GET /api/alerts/{id}': [{ url: () => `/api/alerts/${alertId}` }],
  'GET /api/alerts/{id}/feed': [{ url: () => `/api/alerts/${alertId}/feed` }],
  'POST /api/alerts/{id}/seen': [{ method: 'POST', url: () => `/api/alerts/${alertId}/seen` }],
  'DELETE /api/alerts/{id}': [{ method: 'DELETE', url: () => `/api/alerts/${alertId}` }],
};
let firstSeed = '';
let speaker = '';
let firstEvent = '';
let firstStoryline = '';

async function firstOf(url: string): Promise<string> {
  const list = (await (await app.request(url)).json()) as { items: { id: string }[] };
  assert.ok(list.items[0], `${url} lists something on the seeds`);
  return list.items[0].id;
}

/** The content of the documented answer that a real response claims to be. */
function documentedContent(endpoint: Endpoint, status: number, contentType: string) {
  const answer = endpoint.answers[status];
  assert.ok(answer, `${key(endpoint.method, endpoint.path)} answered ${status}, which is not documented`);
  const type = contentType.split(';')[0]!.trim();
  if (!answer.content) return { type, content: undefined };
  const content = answer.content[type];
  assert.ok(content, `${key(endpoint.method, endpoint.path)} answered ${type}, not documented for ${status}`);
  return { type, content };
}

test('real answers on the seeds fit the response schemas of every endpoint', async () => {
  firstSeed = await firstOf('/api/documents');
  firstEvent = await firstOf('/api/events');
  firstStoryline = await firstOf('/api/storylines');
  // The seeds quote Putin, Lavrov, Kim Jong Un: the most mentioned person has quotes to download.
  speaker = await firstOf('/api/entities?type=PER');
  assert.deepEqual(
    ENDPOINTS.map((e) => key(e.method, e.path)).filter((k) => !CHECKS[k]),
    [],
    'every documented endpoint is tried on the seeds',
  );
  // In the order of CHECKS: the alert is marked seen before it is deleted.
  for (const [name, checks] of Object.entries(CHECKS)) {
    const endpoint = ENDPOINTS.find((e) => key(e.method, e.path) === name);
    assert.ok(endpoint, `${name} is documented`);
    for (const check of checks) {
      const url = check.url();
      const res = await app.request(url, {
        method: check.method ?? 'GET',
        headers: { ...auth, 'content-type': check.type ?? 'application/json' },
        ...(check.body ? { body: check.body } : {}),
      });
      const what = `${check.method ?? 'GET'} ${url}`;
      assert.ok(res.status < 400, `${what}: ${res.status} ${await res.clone().text()}`);
      const { type, content } = documentedContent(endpoint, res.status, res.headers.get('content-type') ?? '');
      const body = await res.text();
      if (!content) {
        assert.equal(body, '', `${what}: an empty answer`);
        continue;
      }
      if (type === 'application/json') assertFits(content.schema, JSON.parse(body), what);
      else if (type === 'application/x-ndjson') {
        const lines = body.split('\n').filter((l) => l.length > 0);
        assert.ok(lines.length > 0, `${what}: the seeds give rows`);
        for (const line of lines) assertFits(content.schema, JSON.parse(line), what);
      } else {
        assertFits(content.schema, body, what);
        assert.ok(body.length > 0, `${what}: not empty`);
      }
    }
  }
});

test('errors fit the error schema: a query that cannot be read, an unknown id, a missing token', async () => {
  const unreadable = await app.request('/api/search?q=%22Korea');
  assert.equal(unreadable.status, 400);
  assertFits(errorSchema, await unreadable.json(), 'unclosed quote');
  const missing = await app.request('/api/documents/no-such-document');
  assert.equal(missing.status, 404);
  assertFits(errorSchema, await missing.json(), 'unknown document');
  const anonymous = await app.request('/api/feeds');
  assert.equal(anonymous.status, 401);
  assertFits(errorSchema, await anonymous.json(), 'no token');
});
