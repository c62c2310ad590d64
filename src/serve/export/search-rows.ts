import type { SearchRequest, Store } from '../../store/store.ts';
import { csvLine } from './csv.ts';

/** One matching article as the search export gives it. */
export interface SearchExportRow {
  id: string;
  published: string | null;
  outlet: string | null;
  title: string | null;
  url: string | null;
  source: string;
  /** Canonical names of the entities it mentions, most mentioned first. */
  entities: string[];
  /** Empty for a near-duplicate folded under an earlier hit. */
  snippet: string;
  /** The hit it is folded under, for a near-duplicate. */
  duplicateOf: string | null;
}

export const SEARCH_EXPORT_COLUMNS = ['id', 'published', 'outlet', 'title', 'url', 'source', 'entities', 'snippet', 'duplicate_of'];

/** One export row as a CSV line, in the order of SEARCH_EXPORT_COLUMNS. */
export function searchExportCsvLine(row: SearchExportRow): string {
  return csvLine([row.id, row.published, row.outlet, row.title, row.url, row.source, row.entities.join('; '), row.snippet, row.duplicateOf]);
}

const PAGE = 200;

/**
 * Every match of a search, page by page (uncapped: the page size bounds memory, not the export),
 * near-duplicates after the hit they are folded under. `source` is given as the store keeps it.
 */
export async function* searchExportRows(store: Store, request: Omit<SearchRequest, 'limit' | 'offset'>): AsyncGenerator<SearchExportRow> {
  for (let offset = 0; ; offset += PAGE) {
    const result = await store.search({ ...request, limit: PAGE, offset });
    if (result.hits.length === 0) return;
    const ids = result.hits.flatMap((hit) => [hit.id, ...hit.duplicates.map((d) => d.id)]);
    const documents = new Map((await store.getDocuments(ids)).map((doc) => [doc.id, doc]));
    const rowOf = (id: string, snippet: string, duplicateOf: string | null): SearchExportRow | null => {
      const doc = documents.get(id);
      if (!doc) return null;
      const entities = [...doc.entities].sort((a, b) => b.mentions.length - a.mentions.length).map((e) => e.name);
      return {
        id,
        published: doc.published?.value ?? null,
        outlet: doc.outlet,
        title: doc.title,
        url: doc.url,
        source: doc.source,
        entities,
        snippet,
        duplicateOf,
      };
    };
    for (const hit of result.hits) {
      const row = rowOf(hit.id, hit.snippet, null);
      if (row) yield row;
      for (const duplicate of hit.duplicates) {
        const folded = rowOf(duplicate.id, '', hit.id);
        if (folded) yield folded;
      }
    }
    if (offset + result.hits.length >= result.total) return;
  }
}
