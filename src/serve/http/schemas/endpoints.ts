/**
 * Every endpoint of the API as data: its parameters, body and answers as zod schemas, with an
 * example of each. ../openapi.ts turns this table into the OpenAPI document; the routes parse
 * their requests with the same schemas; test/http/openapi.test.ts checks that every route of the
 * app is here and that real answers fit.
 */
import { z } from 'zod';
import { CLAIM_TABLE, QUOTE_TABLE } from '../../export/table-rows.ts';
import { SEARCH_EXPORT_COLUMNS } from '../../export/search-rows.ts';
import {
  alertBody,
  alertCreatedResponse,
  alertDetailResponse,
  alertIdParams,
  alertListResponse,
  alertSeenResponse,
} from './alerts.ts';
import { claimRowSchema, quoteRowSchema, searchExportRowSchema } from './downloads.ts';
import { EXAMPLES } from './examples.ts';
import {
  alertFeedQuery,
  claimListQuery,
  documentFilterSchema,
  entityListQuery,
  entityQuotesQuery,
  idParams,
  pageQuery,
  searchQuery,
  storylineListQuery,
} from './params.ts';
import {
  claimListResponse,
  documentListResponse,
  documentResponse,
  entityDetailResponse,
  entityListResponse,
  eventDetailResponse,
  eventListResponse,
  searchResponse,
  statsResponse,
  storylineDetailResponse,
  storylineListResponse,
} from './reads.ts';
import {
  documentRecordArray,
  documentRecordSchema,
  documentsQueuedResponse,
  documentsStoredResponse,
  feedAddedResponse,
  feedBody,
  feedsResponse,
} from './writes.ts';

/** One way an answer can come: a schema (of the body, or of each line of JSON Lines) and an example. */
export interface Content {
  schema: z.ZodType;
  example: unknown;
}

export interface Answer {
  description: string;
  /** By media type; none for an empty answer (204). */
  content?: Record<string, Content>;
}

export interface Endpoint {
  method: 'get' | 'post' | 'delete';
  /** As OpenAPI writes it: `/api/documents/{id}`. */
  path: string;
  summary: string;
  description?: string;
  /** Needs the write token (Authorization: Bearer …). */
  token?: boolean;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: { description: string; content: Record<string, Content> };
  /** The successful answers; the error answers follow from the rest (../openapi.ts). */
  answers: Record<number, Answer>;
}

const json = (schema: z.ZodType, example: unknown): Record<string, Content> => ({
  'application/json': { schema, example },
});

const text = z.string();

/** A download: CSV with a header row, or JSON Lines of `row` (the schema of each line). */
function download(columns: readonly string[], row: z.ZodType, csvExample: string, rowExample: unknown): Record<string, Content> {
  return {
    'text/csv': { schema: text.describe(`columns: ${columns.join(', ')}`), example: csvExample },
    'application/x-ndjson': { schema: row, example: rowExample },
  };
}

export const openApiDocumentSchema = z.object({
  openapi: z.string(),
  info: z.object({ title: z.string(), version: z.string(), description: z.string() }),
  paths: z.record(z.string(), z.unknown()),
  components: z.record(z.string(), z.unknown()),
});

export const ENDPOINTS: Endpoint[] = [
  {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This description of the API',
    answers: { 200: { description: 'OpenAPI 3.1', content: json(openApiDocumentSchema, EXAMPLES.openapi) } },
  },
  {
    method: 'get',
    path: '/api/documents',
    summary: 'List documents, newest first',
    query: documentFilterSchema,
    answers: { 200: { description: 'one page; total counts every page', content: json(documentListResponse, EXAMPLES.documentList) } },
  },
  {
    method: 'post',
    path: '/api/documents',
    summary: 'Add documents: a JSON object, an array of them, or JSON Lines',
    description:
      'Each record is read on its own: a refused line is named in `errors` with its reason in words, and the rest are stored. ' +
      'Answered 400 (same shape) when no record could be taken.',
    token: true,
    body: {
      description: 'one record, an array of up to 10,000, or one record a line (application/x-ndjson)',
      content: {
        'application/json': { schema: z.union([documentRecordSchema, documentRecordArray]), example: EXAMPLES.documentRecord },
        'application/x-ndjson': { schema: documentRecordSchema, example: EXAMPLES.documentRecord },
      },
    },
    answers: {
      200: { description: 'stored (SQLite); lines may be refused: see errors', content: json(documentsStoredResponse, EXAMPLES.documentsStored) },
      202: { description: 'queued for the workers (PostgreSQL)', content: json(documentsQueuedResponse, EXAMPLES.documentsQueued) },
    },
  },
  {
    method: 'get',
    path: '/api/documents/{id}',
    summary: 'One document with entities, quotes, figures, times, removed boilerplate and diagnostics',
    params: idParams,
    answers: { 200: { description: 'the document', content: json(documentResponse, EXAMPLES.document) } },
  },
  {
    method: 'get',
    path: '/api/search',
    summary: 'Search documents in the search language: total, hits with marked snippets, near-duplicates folded',
    query: searchQuery,
    answers: {
      200: {
        description: 'json: one page of hits (total counts every page); csv or jsonl: every match, streamed',
        content: {
          ...json(searchResponse, EXAMPLES.search),
          ...download(SEARCH_EXPORT_COLUMNS, searchExportRowSchema, EXAMPLES.searchCsv, EXAMPLES.searchRow),
        },
      },
    },
  },
  {
    method: 'get',
    path: '/api/entities',
    summary: 'Entities with their number of documents, most documents first',
    query: entityListQuery,
    answers: { 200: { description: 'one page; total counts every page', content: json(entityListResponse, EXAMPLES.entityList) } },
  },
  {
    method: 'get',
    path: '/api/entities/{id}',
    summary: 'An entity: aliases with provenance, documents, mentions per month, quotes by it',
    params: idParams,
    answers: { 200: { description: 'the entity', content: json(entityDetailResponse, EXAMPLES.entityDetail) } },
  },
  {
    method: 'get',
    path: '/api/entities/{id}/quotes',
    summary: 'Every quote whose speaker is the entity, as a download',
    params: idParams,
    query: entityQuotesQuery,
    answers: {
      200: { description: 'every quote, streamed', content: download(QUOTE_TABLE.columns, quoteRowSchema, EXAMPLES.quotesCsv, EXAMPLES.quoteRow) },
    },
  },
  {
    method: 'get',
    path: '/api/events',
    summary: 'Events, newest first',
    query: pageQuery,
    answers: { 200: { description: 'one page; total counts every page', content: json(eventListResponse, EXAMPLES.eventList) } },
  },
  {
    method: 'get',
    path: '/api/events/{id}',
    summary: 'An event: its sources side by side, membership evidence, claims',
    params: idParams,
    answers: { 200: { description: 'the event', content: json(eventDetailResponse, EXAMPLES.eventDetail) } },
  },
  {
    method: 'get',
    path: '/api/storylines',
    summary: 'Storylines with the first and last dates of their events, largest or most recent first',
    query: storylineListQuery,
    answers: { 200: { description: 'one page; total counts every page', content: json(storylineListResponse, EXAMPLES.storylineList) } },
  },
  {
    method: 'get',
    path: '/api/storylines/{id}',
    summary: 'A storyline with its events in time order and, for each, why it belongs',
    params: idParams,
    answers: { 200: { description: 'the storyline', content: json(storylineDetailResponse, EXAMPLES.storylineDetail) } },
  },
  {
    method: 'get',
    path: '/api/claims',
    summary: 'Figures compared across outlets; csv or jsonl downloads every figure of every claim',
    query: claimListQuery,
    answers: {
      200: {
        description: 'json: one page (total counts every page); csv or jsonl: every figure, streamed',
        content: {
          ...json(claimListResponse, EXAMPLES.claimList),
          ...download(CLAIM_TABLE.columns, claimRowSchema, EXAMPLES.claimsCsv, EXAMPLES.claimRow),
        },
      },
    },
  },
  {
    method: 'get',
    path: '/api/stats',
    summary: 'What the store holds',
    answers: { 200: { description: 'counts', content: json(statsResponse, EXAMPLES.stats) } },
  },
  {
    method: 'get',
    path: '/api/feeds',
    summary: 'Watched feeds',
    token: true,
    answers: { 200: { description: 'every watched feed', content: json(feedsResponse, EXAMPLES.feeds) } },
  },
  {
    method: 'post',
    path: '/api/feeds',
    summary: 'Watch a feed',
    token: true,
    body: { description: 'the feed URL', content: json(feedBody, EXAMPLES.feedRecord) },
    answers: {
      201: { description: 'now watched', content: json(feedAddedResponse, EXAMPLES.feedAdded) },
      200: { description: 'watched already', content: json(feedAddedResponse, { ...EXAMPLES.feedAdded, added: false }) },
    },
  },
  {
    method: 'get',
    path: '/api/alerts',
    summary: 'Saved searches with their number of matches and of matches not seen yet (newMatches)',
    answers: { 200: { description: 'every saved search', content: json(alertListResponse, EXAMPLES.alertList) } },
  },
  {
    method: 'post',
    path: '/api/alerts',
    summary: 'Save a search that alerts: it matches only articles stored from now on',
    token: true,
    body: { description: 'the search', content: json(alertBody, EXAMPLES.newAlert) },
    answers: { 201: { description: 'saved; the secret is shown this once', content: json(alertCreatedResponse, EXAMPLES.alertCreated) } },
  },
  {
    method: 'get',
    path: '/api/alerts/{id}',
    summary: 'One saved search and its latest webhook deliveries (attempts, errors)',
    params: alertIdParams,
    answers: { 200: { description: 'the saved search', content: json(alertDetailResponse, EXAMPLES.alertDetail) } },
  },
  {
    method: 'delete',
    path: '/api/alerts/{id}',
    summary: 'Delete a saved search and its matches',
    token: true,
    params: alertIdParams,
    answers: { 204: { description: 'deleted' } },
  },
  {
    method: 'post',
    path: '/api/alerts/{id}/seen',
    summary: 'Mark the matches so far as seen (newMatches goes to 0)',
    token: true,
    params: alertIdParams,
    answers: { 200: { description: 'marked', content: json(alertSeenResponse, EXAMPLES.alertSeen) } },
  },
  {
    method: 'get',
    path: '/api/alerts/{id}/feed',
    summary: 'Atom feed of the articles the search matched since it was saved, newest first',
    params: alertIdParams,
    query: alertFeedQuery,
    answers: { 200: { description: 'Atom 1.0', content: { 'application/atom+xml': { schema: text, example: EXAMPLES.alertFeed } } } },
  },
];
