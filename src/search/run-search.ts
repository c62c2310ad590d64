import type {
  DocumentSummary,
  SearchHit,
  SearchRequest,
  SearchResult,
  SearchSort,
} from '../store/store.ts';
import { type FieldFilter, planSearch, type SearchLookups, type SearchPlan } from './plan.ts';
import { makeSnippet } from './snippet.ts';
import { parseQuery } from './syntax.ts';

/** A group's first article as a store reads it: its summary, its text for the snippet, its folded near-duplicates. */
export interface HitRow extends DocumentSummary {
  score: number;
  text: string;
  duplicates: DocumentSummary[];
}

/** What a store does for search: the lookups planning needs, and the page of hits of a plan. */
export interface SearchBackend extends SearchLookups {
  /**
   * One page of the matching documents, near-duplicates folded under their first article (first
   * published, then first stored, of those of the group that match); `total` counts the groups,
   * `documents` every matching document.
   */
  hits(
    plan: SearchPlan,
    sort: SearchSort,
    page: { limit: number; offset: number },
  ): Promise<{ total: number; documents: number; rows: HitRow[] }>;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

function requestFilters(request: SearchRequest): FieldFilter[] {
  const filters: FieldFilter[] = [];
  if (request.outlet) filters.push({ field: 'outlet', outlets: [request.outlet] });
  if (request.language) filters.push({ field: 'language', language: request.language });
  if (request.from) filters.push({ field: 'from', date: request.from });
  if (request.to) filters.push({ field: 'to', date: request.to });
  return filters;
}

/** Parses, plans and runs a search on one store; throws `QuerySyntaxError` for a query it cannot read. */
export async function runSearch(backend: SearchBackend, request: SearchRequest): Promise<SearchResult> {
  const ast = parseQuery(request.q);
  const plan = await planSearch(request.q, ast, backend, {
    filters: requestFilters(request),
    ...(request.language ? { language: request.language } : {}),
    ...(request.entity ? { entityIds: [request.entity] } : {}),
  });
  const limit = Math.min(Math.max(Math.floor(request.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
  const offset = Math.max(Math.floor(request.offset ?? 0), 0);
  const page = await backend.hits(plan, request.sort ?? 'relevance', { limit, offset });
  const hits: SearchHit[] = page.rows.map(({ text, ...row }) => ({
    ...row,
    snippet: makeSnippet(text, plan.marks, row.language),
  }));
  return { total: page.total, documents: page.documents, hits, didYouMean: plan.didYouMean };
}
