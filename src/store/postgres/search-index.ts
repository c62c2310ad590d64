import type { StoredEntity } from '../../model/entity.ts';
import { entityKeys, keyTrigrams } from '../../search/entity-keys.ts';
import { SEARCH_VECTOR, type StemText } from './document-writes.ts';
import { searchableText } from './search-text.ts';
import { type Queryable, run, runRows, select, withoutNul } from './sql.ts';

/**
 * What search keeps beside the documents: each entity's folded names (exact lookups) and their
 * trigrams (typo lookups); and the paged upgrade of what was stored before search had them.
 */

/** Rewrites the search keys of the given entities (each id once). */
export async function writeEntityKeys(
  db: Queryable,
  entities: readonly Pick<StoredEntity, 'id' | 'name' | 'aliases'>[],
): Promise<void> {
  if (entities.length === 0) return;
  const ids = entities.map((entity) => entity.id);
  await run(db, 'DELETE FROM entity_search_keys WHERE entity_id = ANY($1::text[])', [ids]);
  await run(db, 'DELETE FROM entity_key_trigrams WHERE entity_id = ANY($1::text[])', [ids]);
  const keyed = entities.map((entity) => ({ id: entity.id, keys: entityKeys(entity) }));
  await runRows(
    db,
    `INSERT INTO entity_search_keys (key, entity_id, whole, display)
     SELECT * FROM unnest($1::text[], $2::text[], $3::boolean[], $4::text[]) ON CONFLICT DO NOTHING`,
    keyed.flatMap(({ id, keys }) => keys.map((k) => [k.key, id, k.whole, withoutNul(k.display)])),
    (row) => row,
  );
  await runRows(
    db,
    `INSERT INTO entity_key_trigrams (trigram, key, entity_id)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`,
    keyed.flatMap(({ id, keys }) => keyTrigrams(keys).map((g) => [g.trigram, g.key, id])),
    (row) => row,
  );
}

const DOCUMENTS_PER_PAGE = 200;
const ENTITIES_PER_PAGE = 500;

/** Whether stored data still waits for its search index (see migration 010_search.sql). */
export async function hasSearchBackfill(db: Queryable): Promise<boolean> {
  return (await select(db, 'SELECT 1 FROM search_backfill LIMIT 1')).length > 0;
}

/**
 * One page of the upgrade, inside the caller's write transaction: the stems (and search vector)
 * of the next documents in storage order, or the keys of the next entities. False when nothing is left.
 */
export async function backfillSearchPage(db: Queryable, stemText: StemText): Promise<boolean> {
  const [task] = await select<{ task: string; after: string }>(
    db,
    'SELECT task, after FROM search_backfill ORDER BY task LIMIT 1',
  );
  if (!task) return false;
  let last: string | null;
  if (task.task === 'stems') {
    const rows = await select<{ seq: string; title: string | null; text: string; language: string }>(
      db,
      'SELECT seq, title, text, language FROM documents WHERE seq > $1 ORDER BY seq LIMIT $2',
      [Number(task.after), DOCUMENTS_PER_PAGE],
    );
    await runRows(
      db,
      `UPDATE documents d SET stems = u.stems, search = ${SEARCH_VECTOR}
       FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) AS u(seq, stems, title_words, text_words)
       WHERE d.seq = u.seq`,
      rows,
      (row) => [
        row.seq,
        searchableText(stemText(`${row.title ?? ''}\n${row.text}`, row.language)),
        searchableText(row.title ?? ''),
        searchableText(row.text),
      ],
    );
    last = rows.length === DOCUMENTS_PER_PAGE ? String(rows.at(-1)!.seq) : null;
  } else {
    const rows = await select<{ id: string; body: string }>(
      db,
      'SELECT id, body FROM entities WHERE id > $1 ORDER BY id LIMIT $2',
      [task.after, ENTITIES_PER_PAGE],
    );
    await writeEntityKeys(
      db,
      rows.map((row) => JSON.parse(row.body) as StoredEntity),
    );
    last = rows.length === ENTITIES_PER_PAGE ? rows.at(-1)!.id : null;
  }
  if (last === null) await run(db, 'DELETE FROM search_backfill WHERE task = $1', [task.task]);
  else await run(db, 'UPDATE search_backfill SET after = $1 WHERE task = $2', [last, task.task]);
  return true;
}
