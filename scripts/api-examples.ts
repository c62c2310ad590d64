/**
 * Writes src/serve/http/schemas/examples.ts: the example of each endpoint in the OpenAPI document,
 * taken from the API's own answers over the bundled samples (samples/, fictional outlets), trimmed
 * to a few items and short strings. Run after changing a schema or an answer:
 *   node --import tsx scripts/api-examples.ts
 * test/http/openapi.test.ts checks that every example still fits its schema.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentHash, documentId } from '../src/extract/extract-document.ts';
import { ingestIntoStore } from '../src/pipeline/ingest-into-store.ts';
import { createApp } from '../src/serve/http/app.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const REPO = resolve(import.meta.dirname, '..');
const OUT = join(REPO, 'src', 'serve', 'http', 'schemas', 'examples.ts');
const TOKEN = 'example-token';
const MAX_ITEMS = 1;
const MAX_TEXT = 100;

/** Few items, short strings: an example shows the shape, not the data. */
function trim(value: unknown): unknown {
  if (typeof value === 'string') return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 1)}…` : value;
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map(trim);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trim(v)]));
  return value;
}

/** The header and first line of a CSV download (its fields may hold quoted newlines, so cut by records). */
function csvHead(csv: string): string {
  const records: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < csv.length && records.length < 2; i++) {
    if (csv[i] === '"') quoted = !quoted;
    else if (!quoted && csv[i] === '\n') {
      records.push(csv.slice(start, i + 1));
      start = i + 1;
    }
  }
  return records.join('');
}

const store = new SqliteStore({ path: ':memory:' });
const app = createApp({ store, writeToken: TOKEN, webDir: '/nonexistent', referenceDate: () => new Date('2025-03-12T00:00:00Z') });
const auth = { authorization: `Bearer ${TOKEN}` };

async function call(method: string, path: string, body?: string, type = 'application/json'): Promise<Response> {
  const res = await app.request(path, { method, headers: { ...auth, 'content-type': type }, ...(body ? { body } : {}) });
  if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res;
}
const get = async (path: string): Promise<Record<string, unknown>> => (await call('GET', path)).json() as Promise<Record<string, unknown>>;
const firstId = (list: Record<string, unknown>): string => ((list.items as { id: string }[])[0] ?? { id: '' }).id;

// The alert is saved before the samples come in, so that it has matches to show.
const newAlert = { name: 'Banjir di Kabar Lembah', query: 'banjir outlet:"Kabar Lembah"', webhook: 'https://example.org/hook' };
const alertCreated = (await (await call('POST', '/api/alerts', JSON.stringify(newAlert))).json()) as { id: string; secret: string };
await ingestIntoStore([join(REPO, 'samples')], store, { referenceDate: new Date('2025-03-12T00:00:00Z'), batchSize: 4 });

const documentRecord = {
  id: 'contoh-001',
  title: 'Jembatan Desa Sukamaju Diresmikan',
  outlet: 'Kabar Contoh',
  published: '2025-03-11',
  text: 'SUKAMAJU - Bupati meresmikan jembatan baru di Desa Sukamaju, Selasa (11/3/2025). "Warga kini tak perlu memutar 12 kilometer," kata Bupati.',
};
const jsonl = `${JSON.stringify(documentRecord)}\n${JSON.stringify({ title: 'tanpa isi', text: '' })}\n`;
const documentsStored = await (await call('POST', '/api/documents', jsonl, 'application/x-ndjson')).json();
const rawOfRecord = { givenId: documentRecord.id, source: 'api#1', kind: 'jsonl' as const, format: 'text' as const, content: documentRecord.text, encoding: 'utf-8', hints: {}, diagnostics: [] };
const stored = documentsStored as { errors: unknown[]; rejected: unknown[] };
// What PostgreSQL answers (202) for the same body: the ids follow from the records, the refusals are the same.
const documentsQueued = {
  queued: 1,
  alreadyQueued: 0,
  rejected: stored.rejected,
  documents: [{ line: 1, id: documentId(rawOfRecord, contentHash(rawOfRecord.content)), status: 'queued' }],
  errors: stored.errors,
};

const feedRecord = { url: 'https://example.org/rss.xml' };
const feedAdded = await (await call('POST', '/api/feeds', JSON.stringify(feedRecord))).json();

const documentList = await get('/api/documents?limit=2');
const entityList = await get('/api/entities?limit=2');
const eventList = await get('/api/events?limit=2');
const storylineList = await get('/api/storylines?limit=2');
const claimList = await get('/api/claims?limit=2');
const speaker = ((await get('/api/entities?type=PER&limit=50')).items as { id: string }[])[0]!.id;
const searchCsv = await (await call('GET', '/api/search?q=banjir&format=csv')).text();
const searchJsonl = await (await call('GET', '/api/search?q=banjir&format=jsonl')).text();
const quotesCsv = await (await call('GET', `/api/entities/${speaker}/quotes?format=csv`)).text();
const quotesJsonl = await (await call('GET', `/api/entities/${speaker}/quotes?format=jsonl`)).text();
const claimsCsv = await (await call('GET', '/api/claims?format=csv')).text();
const claimsJsonl = await (await call('GET', '/api/claims?format=jsonl')).text();
const firstLine = (jsonLines: string): unknown => JSON.parse(jsonLines.split('\n')[0] ?? 'null');
const alertFeed = await (await call('GET', `/api/alerts/${alertCreated.id}/feed?limit=1`)).text();
const openapi = await get('/api/openapi.json');

const examples: Record<string, unknown> = {
  openapi: { openapi: openapi.openapi, info: openapi.info, paths: {}, components: {} },
  documentList: trim(documentList),
  documentRecord,
  documentsStored,
  documentsQueued,
  document: trim(await get(`/api/documents/${firstId(documentList)}`)),
  search: trim(await get('/api/search?q=banjir&limit=2')),
  searchCsv: csvHead(searchCsv),
  searchRow: trim(firstLine(searchJsonl)),
  entityList: trim(entityList),
  entityDetail: trim(await get(`/api/entities/${speaker}`)),
  quotesCsv: csvHead(quotesCsv),
  quoteRow: trim(firstLine(quotesJsonl)),
  eventList: trim(eventList),
  eventDetail: trim(await get(`/api/events/${firstId(eventList)}`)),
  storylineList: trim(storylineList),
  storylineDetail: trim(await get(`/api/storylines/${firstId(storylineList)}`)),
  claimList: trim(claimList),
  claimsCsv: csvHead(claimsCsv),
  claimRow: trim(firstLine(claimsJsonl)),
  stats: trim(await get('/api/stats')),
  feeds: await get('/api/feeds'),
  feedRecord,
  feedAdded,
  alertList: trim(await get('/api/alerts')),
  newAlert,
  alertCreated: { ...alertCreated, secret: `${alertCreated.secret.slice(0, 8)}…` },
  alertDetail: trim(await get(`/api/alerts/${alertCreated.id}`)),
  alertSeen: await (await call('POST', `/api/alerts/${alertCreated.id}/seen`)).json(),
  alertFeed: alertFeed.replace(/<summary>[^<]*<\/summary>/g, '<summary>…</summary>'),
};
await store.close();

const body = Object.entries(examples)
  .map(([name, value]) => `  ${name}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')},`)
  .join('\n');
writeFileSync(
  OUT,
  `// Generated by scripts/api-examples.ts from the API's answers over samples/: do not edit by hand.\n` +
    `export const EXAMPLES = {\n${body}\n};\n`,
);
console.log(`wrote ${OUT}`);
