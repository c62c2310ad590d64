// GET /api/search: the response an integrator reads, errors as 400 with the place, and no query
// that stalls the server (issue 15: 32 one-letter words took 3.6 s when every word was a prefix).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Hono } from 'hono';
import { readIndosum } from '../../bench/lib/indosum.ts';
import { ingestIntoStore } from '../../src/pipeline/ingest-into-store.ts';
import { createApp } from '../../src/serve/http/app.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { makeDocument } from '../support/documents.ts';
import { REPO_DIR } from '../support/shared.ts';

const stores: Store[] = [];
after(() => Promise.all(stores.map((s) => s.close())));
const appOver = (store: Store): Hono => {
  stores.push(store);
  return createApp({ store, writeToken: null, webDir: '/nonexistent' });
};

let samples: Hono;
before(async () => {
  const store = new SqliteStore({ path: ':memory:' });
  await ingestIntoStore([join(REPO_DIR, 'samples')], store, { referenceDate: new Date('2025-03-12T00:00:00Z'), batchSize: 50 });
  samples = appOver(store);
});

async function get(app: Hono, q: string, extra = ''): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await app.request(`/api/search?q=${encodeURIComponent(q)}${extra}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

test('an answer has the total and hits with id, title, outlet, published, source and a marked snippet', async () => {
  const { status, body } = await get(samples, 'kebanjiran', '&limit=2');
  assert.equal(status, 200);
  assert.equal(body.total, 3, 'three samples are about banjir');
  const hits = body.hits as Record<string, unknown>[];
  assert.equal(hits.length, 2, 'the page holds what limit asks; the total counts all pages');
  for (const hit of hits) {
    for (const key of ['id', 'title', 'outlet', 'published', 'source', 'snippet', 'duplicates']) assert.ok(key in hit, key);
    assert.match(hit.snippet as string, /\[banjir\]/i);
  }
  assert.equal(body.didYouMean, null);
  const byDate = (await get(samples, 'banjir', '&sort=date')).body.hits as { published: string }[];
  assert.deepEqual(
    byDate.map((h) => h.published),
    byDate.map((h) => h.published).sort().reverse(),
  );
  const typo = (await get(samples, 'Lembah Sarri')).body;
  assert.equal((typo.didYouMean as { query: string }).query, 'Lembah Sari');
});

test('a query that cannot be read is a 400 naming q and the position, never a 500', async () => {
  for (const [q, position] of [
    ['banjir "Lembah', 7],
    ['(banjir', 0],
    ['banjir OR', 7],
    ['-banjir', 0],
    ['b*', 0],
  ] as const) {
    const { status, body } = await get(samples, q);
    assert.equal(status, 400, q);
    assert.equal(body.error, 'bad-request');
    assert.match(body.message as string, /^q: /, q);
    assert.equal(body.position, position, q);
  }
  assert.equal((await get(samples, 'banjir', '&sort=oldest')).status, 400);
  // FTS5 syntax is words of the search language: no sample says "near", so nothing, and no error.
  const near = await get(samples, 'NEAR(banjir, 2) title:banjir');
  assert.deepEqual([near.status, near.body.total], [200, 0]);
});

test('no query stalls the server: the worst ones allowed answer quickly on a thousand real articles', async () => {
  const store = new SqliteStore({ path: ':memory:' });
  const app = appOver(store);
  const documents = readIndosum()
    .slice(0, 1000)
    .map((a) => makeDocument({ title: a.title, outlet: a.outlet, text: a.paragraphs.join('\n\n') }));
  await store.transaction((tx) => tx.saveDocuments(documents.map((document) => ({ document, raw: 'x', rawFormat: 'text' }))));
  const timed = async (q: string): Promise<{ status: number; ms: number }> => {
    const started = performance.now();
    const { status } = await get(app, q);
    return { status, ms: performance.now() - started };
  };
  const tooMany = await timed(Array.from({ length: 32 }, () => 'd').join(' '));
  assert.equal(tooMany.status, 400, 'more than 16 terms is refused before any lookup');
  assert.ok(tooMany.ms < 200, `refused in ${tooMany.ms} ms`);
  assert.equal((await timed('d*')).status, 400, 'a one-letter prefix is refused');
  const common = ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'pada', 'akan', 'dalam', 'tidak', 'juga', 'ke', 'ada', 'oleh'];
  const worst = [
    'abcdefghijklmnop'.split('').join(' '),
    'abcdefghijklmnop'.split('').join(' OR '),
    ['pen', 'men', 'ber', 'ter', 'per', 'mem', 'kan', 'dia', 'yan', 'ada', 'dar', 'unt', 'den', 'ini', 'itu', 'aka'].map((p) => `${p}*`).join(' OR '),
    common.join(' OR '),
    common.join(' '),
    'qwertyuiop asdfghjkl zxcvbnmqw poiuytrewq lkjhgfdsaq mnbvcxzqw lkjhgfdsaz poiuytrewz',
  ];
  await timed(worst[3]!); // the first search of a process stems vocabulary it has not met yet
  for (const q of worst) {
    const { status, ms } = await timed(q);
    assert.equal(status, 200, q);
    // Generous for a loaded two-core machine; the stall this guards against took seconds.
    assert.ok(ms < 1000, `${q}: ${ms.toFixed(0)} ms`);
  }
});

test('the OpenAPI document describes the search language, the sort and the answer, with an example', async () => {
  const spec = (await (await samples.request('/api/openapi.json')).json()) as {
    paths: Record<string, { get: { parameters: { name: string; description: string; schema: { enum?: string[] } }[]; responses: Record<string, { content: Record<string, { schema: { $ref?: string }; example?: unknown }> }> } }>;
    components: { schemas: Record<string, { required?: string[] }> };
  };
  const search = spec.paths['/api/search']!.get;
  assert.match(search.parameters.find((p) => p.name === 'q')!.description, /prefix\*/);
  assert.deepEqual(search.parameters.find((p) => p.name === 'sort')!.schema.enum, ['relevance', 'date']);
  const ok = search.responses['200']!.content['application/json']!;
  // The answer's schema is a named component (generated from the zod schema of the answer).
  const schema = spec.components.schemas[ok.schema.$ref!.replace('#/components/schemas/', '')]!;
  for (const key of ['total', 'hits', 'didYouMean']) assert.ok(schema.required?.includes(key), key);
  assert.ok(ok.example);
});
