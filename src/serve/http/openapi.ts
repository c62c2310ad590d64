/** The OpenAPI description of the JSON API, served at /api/openapi.json. */
import { CLAIM_TABLE, QUOTE_TABLE } from '../export/table-rows.ts';

type Param = {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  description: string;
  schema: Record<string, unknown>;
};

const str = { type: 'string' };
const int = { type: 'integer' };
const page: Param[] = [
  { name: 'limit', in: 'query', description: 'page size, 1-500 (default 50)', schema: int },
  { name: 'offset', in: 'query', description: 'items to skip (default 0)', schema: int },
];
const filters: Param[] = [
  { name: 'outlet', in: 'query', description: 'exact outlet name', schema: str },
  { name: 'language', in: 'query', description: 'language code (id, en, ms)', schema: str },
  { name: 'from', in: 'query', description: 'published on or after (YYYY[-MM[-DD]])', schema: str },
  { name: 'to', in: 'query', description: 'published on or before (YYYY[-MM[-DD]])', schema: str },
  { name: 'entity', in: 'query', description: 'global entity id mentioned in the document', schema: str },
  ...page,
];
const idParam = (what: string): Param => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `${what} id`,
  schema: str,
});

function read(summary: string, parameters: Param[] = []): Record<string, unknown> {
  return {
    get: {
      summary,
      parameters,
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } },
        400: { $ref: '#/components/responses/BadRequest' },
        404: { $ref: '#/components/responses/NotFound' },
      },
    },
  };
}

function write(summary: string, contentTypes: string[]): Record<string, unknown> {
  return {
    post: {
      summary,
      security: [{ bearer: [] }],
      requestBody: {
        required: true,
        content: Object.fromEntries(contentTypes.map((t) => [t, { schema: { type: 'object' } }])),
      },
      responses: {
        200: { description: 'OK' },
        400: { $ref: '#/components/responses/BadRequest' },
        401: { description: 'missing or wrong token' },
        403: { description: 'writes disabled (no token configured)' },
      },
    },
  };
}

/** POST /api/documents: what became of each record, by its line (JSONL) or position (JSON array). */
function documentsWrite(): Record<string, unknown> {
  const base = write('Add documents (JSON object or array, or JSONL)', ['application/json', 'application/x-ndjson']);
  const outcome = {
    type: 'object',
    properties: {
      line: { ...int, description: 'the record\'s line (JSONL) or position (JSON array), from 1' },
      id: { ...str, description: 'the id it is stored under (its own id, or the id of the stored copy of its text)' },
      status: { type: 'string', enum: ['added', 'updated', 'unchanged', 'superseded', 'queued'] },
    },
  };
  const error = { type: 'object', properties: { line: int, error: { ...str, description: 'what is wrong, in words' } } };
  const schema = {
    type: 'object',
    properties: {
      added: int,
      updated: int,
      unchanged: int,
      stored: { type: 'array', items: str, description: 'ids added or updated by this request' },
      documents: { type: 'array', items: outcome },
      errors: { type: 'array', items: error },
      rejected: { type: 'array', items: { type: 'object' }, description: 'the refused records (source, reason, message)' },
      queued: { ...int, description: 'PostgreSQL: records put on the job queue (answered 202)' },
      alreadyQueued: int,
    },
  };
  const post = (base as { post: Record<string, unknown> }).post;
  const example = {
    added: 1,
    updated: 0,
    unchanged: 0,
    stored: ['seed-000'],
    documents: [{ line: 1, id: 'seed-000', status: 'added' }],
    errors: [{ line: 2, error: 'request line 2: text: must not be empty' }],
    rejected: [{ source: 'api#2', reason: 'malformed-jsonl', message: 'request line 2: text: must not be empty' }],
  };
  return {
    post: {
      ...post,
      responses: {
        ...(post.responses as Record<string, unknown>),
        200: { description: 'stored (some lines may be refused: see errors)', content: { 'application/json': { schema, example } } },
        202: { description: 'queued for the workers (PostgreSQL)', content: { 'application/json': { schema } } },
      },
    },
  };
}

const nullableStr = { type: ['string', 'null'] };
const summaryProperties = {
  id: str,
  title: nullableStr,
  outlet: nullableStr,
  language: str,
  published: { ...nullableStr, description: 'ISO date at its own precision (2025-07, 2025-07-13, …)' },
  source: str,
};

/** The search language as the API reads it (README, "Search language"; src/search/syntax.ts). */
const SEARCH_LANGUAGE =
  'Words are ANDed and matched on their Indonesian stems (kirim finds mengirim, dikirim); `OR`; `-word` or ' +
  '`NOT word` excludes; `"exact phrase"`; `prefix*` (3 letters or more; only an explicit star is a prefix); ' +
  'parentheses; filters `outlet:`, `entity:` (id, name or alias), `lang:`, `from:` and `to:` (YYYY[-MM[-DD]]). ' +
  "An entity's name or alias finds every article about the entity; a misspelt name is read as the closest " +
  'entity name (see didYouMean). At most 16 words, phrases and filters; 1-500 characters.';

function searchPath(): Record<string, unknown> {
  return {
    get: {
      summary: 'Search documents in the search language: total, hits with marked snippets, near-duplicates folded',
      parameters: [
        { name: 'q', in: 'query', required: true, description: SEARCH_LANGUAGE, schema: str, example: 'Korut -Lavrov from:2025-07' },
        { name: 'sort', in: 'query', description: 'relevance (default, best first) or date (newest first)', schema: { type: 'string', enum: ['relevance', 'date'] } },
        {
          name: 'format',
          in: 'query',
          description:
            'json (default, one page); csv or jsonl stream every match, uncapped, with the columns id, published, outlet, title, url, source, entities, snippet, duplicate_of',
          schema: { type: 'string', enum: ['json', 'csv', 'jsonl'] },
        },
        ...filters,
      ],
      responses: {
        200: {
          description: 'One page of hits; total counts every page',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['q', 'total', 'documents', 'hits', 'didYouMean', 'limit', 'offset', 'sort', 'tookMs'],
                properties: {
                  q: str,
                  total: { ...int, description: 'hits over all pages, near-duplicates folded into their first article' },
                  documents: { ...int, description: 'matching documents, near-duplicates included' },
                  hits: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        ...summaryProperties,
                        score: { type: 'number', description: 'lower is better; 0 when only an entity link matched' },
                        snippet: { ...str, description: 'words around the match, matched words between [ and ]' },
                        duplicates: { type: 'array', items: { type: 'object', properties: summaryProperties } },
                      },
                    },
                  },
                  didYouMean: {
                    type: ['object', 'null'],
                    description: 'names read as typos of entity names, and the query corrected',
                    properties: {
                      query: str,
                      corrections: {
                        type: 'array',
                        items: {
                          type: 'object',
                          properties: {
                            text: str,
                            start: int,
                            end: int,
                            suggestion: str,
                            entity: { type: 'object', properties: { id: str, name: str } },
                          },
                        },
                      },
                    },
                  },
                  limit: int,
                  offset: int,
                  sort: str,
                  tookMs: int,
                },
              },
              example: {
                q: 'Puttin',
                total: 1,
                documents: 1,
                hits: [
                  {
                    id: 'doc_3327e50bb5bc6ae1',
                    title: 'Kim Jong Un Bersumpah Dukung Penuh Putin',
                    outlet: 'Mureks',
                    language: 'id',
                    published: '2026-01-09',
                    source: 'seeds/000.txt',
                    score: -0.0000021,
                    snippet: '…keputusan Presiden Rusia [Vladimir Putin]. Pernyataan ini disampaikan Kim …',
                    duplicates: [],
                  },
                ],
                didYouMean: {
                  query: 'Putin',
                  corrections: [
                    { text: 'Puttin', start: 0, end: 6, suggestion: 'Putin', entity: { id: 'ent_ea895c7e3f7c', name: 'Vladimir Putin' } },
                  ],
                },
                limit: 50,
                offset: 0,
                sort: 'relevance',
                tookMs: 4,
              },
            },
          },
        },
        400: {
          description: 'a parameter is invalid, or the query cannot be read: the message says why and `position` where (0-based)',
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/Error' },
              example: { error: 'bad-request', message: 'q: unclosed quote (at position 7)', position: 7 },
            },
          },
        },
      },
    },
  };
}

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Warta API',
      version: '0.1.0',
      description: 'News intelligence for Indonesian-language news.',
    },
    paths: {
      '/api/documents': {
        ...read('List documents, newest first', filters),
        ...documentsWrite(),
      },
      '/api/documents/{id}': read(
        'One document with entities, quotes, figures, times, removed boilerplate and diagnostics',
        [idParam('document')],
      ),
      '/api/search': searchPath(),
      '/api/entities': read('Entities with their number of documents (documentCount), most documents first', [
        { name: 'q', in: 'query', description: 'name or alias contains (case-insensitive)', schema: str },
        { name: 'type', in: 'query', description: 'PER, ORG, LOC, EVT, PRD or MISC', schema: str },
        ...page,
      ]),
      '/api/entities/{id}': read(
        'An entity: aliases with provenance, documents, mentions per month, quotes by it',
        [idParam('entity')],
      ),
      '/api/events': read('Events, newest first', page),
      '/api/events/{id}': read('An event: its sources side by side, membership evidence, claims', [
        idParam('event'),
      ]),
      '/api/storylines': read('Storylines (with first and last dates), largest or most recent first', [
        { name: 'sort', in: 'query', description: 'size (default) or recent', schema: str },
        ...page,
      ]),
      '/api/storylines/{id}': read(
        'A storyline with its events in time order and, for each event, why it belongs (evidence)',
        [idParam('storyline')],
      ),
      '/api/claims': read('Figures compared across outlets; format=csv|jsonl downloads every figure of every claim', [
        ...page,
        {
          name: 'format',
          in: 'query',
          description: `json (default, one page); csv or jsonl stream every figure, uncapped, with the columns ${CLAIM_TABLE.columns.join(', ')}`,
          schema: { type: 'string', enum: ['json', 'csv', 'jsonl'] },
        },
      ]),
      '/api/entities/{id}/quotes': read('Every quote whose speaker is the entity, as a download', [
        idParam('entity'),
        {
          name: 'format',
          in: 'query',
          description: `csv (default) or jsonl, with the columns ${QUOTE_TABLE.columns.join(', ')}`,
          schema: { type: 'string', enum: ['csv', 'jsonl'] },
        },
      ]),
      '/api/stats': read('What the store holds'),
      '/api/feeds': { ...read('Watched feeds'), ...write('Watch a feed', ['application/json']) },
      '/api/alerts': {
        ...read('Saved searches with their number of matches and of matches not seen yet (`newMatches`)'),
        post: {
          summary: 'Save a search that alerts: it matches only articles stored from now on',
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { name: str, query: str, webhook: { type: 'string', format: 'uri' } },
                  required: ['name', 'query'],
                },
                example: { name: 'Banjir di luar Jakarta', query: 'banjir -Jakarta', webhook: 'https://example.org/hook' },
              },
            },
          },
          responses: {
            201: {
              description:
                'created; `secret` (shown once) signs each webhook post: X-Warta-Signature: sha256=<HMAC-SHA256 of the body>',
              content: { 'application/json': { example: { id: 'al_3f9a1c2b7d4e', secret: '9c1e…', alert: { name: 'Banjir di luar Jakarta' } } } },
            },
            400: { $ref: '#/components/responses/BadRequest' },
            401: { description: 'missing or wrong token' },
            403: { description: 'writes disabled (no token configured)' },
          },
        },
      },
      '/api/alerts/{id}': {
        ...read('One saved search and its latest webhook deliveries (attempts, errors)', [idParam('alert')]),
        delete: {
          summary: 'Delete a saved search and its matches',
          security: [{ bearer: [] }],
          parameters: [idParam('alert')],
          responses: { 204: { description: 'deleted' }, 401: { description: 'missing or wrong token' }, 404: { $ref: '#/components/responses/NotFound' } },
        },
      },
      '/api/alerts/{id}/seen': {
        post: {
          summary: 'Mark the matches so far as seen (newMatches goes to 0)',
          security: [{ bearer: [] }],
          parameters: [idParam('alert')],
          responses: { 200: { description: 'OK' }, 401: { description: 'missing or wrong token' }, 404: { $ref: '#/components/responses/NotFound' } },
        },
      },
      '/api/alerts/{id}/feed': {
        get: {
          summary: 'Atom feed of the articles the search matched since it was saved, newest first',
          parameters: [idParam('alert'), { name: 'limit', in: 'query', description: 'entries, 1-500 (default 50)', schema: int }],
          responses: { 200: { description: 'Atom 1.0', content: { 'application/atom+xml': {} } }, 404: { $ref: '#/components/responses/NotFound' } },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      responses: {
        BadRequest: {
          description: 'invalid parameter; the body names it',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
        NotFound: {
          description: 'no such item',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
      schemas: {
        Error: {
          type: 'object',
          properties: { error: str, message: str, position: { ...int, description: 'where in q a query error is' } },
          required: ['error', 'message'],
        },
      },
    },
  };
}
