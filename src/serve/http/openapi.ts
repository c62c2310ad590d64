/** The OpenAPI description of the JSON API, served at /api/openapi.json. */

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
        ...write('Add documents (JSON object or array, or JSONL)', [
          'application/json',
          'application/x-ndjson',
        ]),
      },
      '/api/documents/{id}': read(
        'One document with entities, quotes, figures, times, removed boilerplate and diagnostics',
        [idParam('document')],
      ),
      '/api/search': read(
        'Full-text search over titles and bodies (Indonesian stems), ranked, with highlighted snippets',
        [
          { name: 'q', in: 'query', required: true, description: 'query, 1-500 characters', schema: str },
          ...filters,
        ],
      ),
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
      '/api/claims': read('Figures compared across outlets', page),
      '/api/stats': read('What the store holds'),
      '/api/feeds': { ...read('Watched feeds'), ...write('Watch a feed', ['application/json']) },
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
        Error: { type: 'object', properties: { error: str, message: str }, required: ['error', 'message'] },
      },
    },
  };
}
