import type { SearchEntity } from '../search/plan.ts';
import type { HitRow } from '../search/run-search.ts';
import { searchWords } from '../search/words.ts';
import type { DocumentSummary } from './store.ts';

/** Rows of search queries turned into what search returns, the same way for every store. */

/** Near-duplicates listed under one hit at most. */
export const MAX_DUPLICATES_SHOWN = 50;

export interface EntityRow {
  id: string;
  name: string;
  document_count: number;
}

/** Entities with their whole names (rows of entity_search_keys), each entity's own name first. */
export function searchEntities(
  entities: readonly EntityRow[],
  names: readonly { entity_id: string; key: string }[],
): Map<string, SearchEntity> {
  const found = new Map<string, SearchEntity>();
  for (const row of entities) {
    if (!found.has(row.id)) {
      found.set(row.id, { id: row.id, name: row.name, documentCount: Number(row.document_count), names: [] });
    }
  }
  for (const row of names) found.get(row.entity_id)?.names.push(row.key);
  for (const entity of found.values()) {
    const own = searchWords(entity.name).join(' ');
    entity.names.sort((a, b) => Number(b === own) - Number(a === own));
  }
  return found;
}

export interface DocumentRow extends DocumentSummary {
  seq: number;
  text: string;
}

/** A group's first article, its best score and the other matching members of its group. */
export interface GroupHead {
  seq: number;
  score: number;
  others: number[];
}

/** Dated before undated, then in date order. */
function byDate(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function summary(row: DocumentRow): DocumentSummary {
  const { id, title, outlet, language, published, source } = row;
  return { id, title, outlet, language, published, source };
}

/** The page's hits from its group heads and the documents read for them. */
export function hitRows(heads: readonly GroupHead[], documents: ReadonlyMap<number, DocumentRow>): HitRow[] {
  return heads.flatMap((head): HitRow[] => {
    const doc = documents.get(head.seq);
    if (!doc) return [];
    const duplicates = head.others
      .slice(0, MAX_DUPLICATES_SHOWN)
      .flatMap((seq) => documents.get(seq) ?? [])
      .sort((a, b) => byDate(a.published, b.published) || a.seq - b.seq)
      .map(summary);
    return [{ ...summary(doc), score: head.score, text: doc.text, duplicates }];
  });
}

/** The documents a page needs: its heads and the duplicates shown under them. */
export function pageSeqs(heads: readonly GroupHead[]): number[] {
  return [...heads.map((h) => h.seq), ...heads.flatMap((h) => h.others.slice(0, MAX_DUPLICATES_SHOWN))];
}
