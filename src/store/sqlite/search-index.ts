import type Database from 'better-sqlite3';
import type { StoredEntity } from '../../model/entity.ts';
import { entityKeys, keyTrigrams } from '../../search/entity-keys.ts';

/**
 * What search keeps beside the documents: each entity's folded names (exact lookups) and their
 * trigrams (typo lookups); and the paged upgrade of what was stored before search had them.
 */

type StemText = (text: string, language: string) => string;

/** Rewrites the search keys of the given entities. */
export function writeEntityKeys(
  db: Database.Database,
  entities: readonly Pick<StoredEntity, 'id' | 'name' | 'aliases'>[],
): void {
  const forgetKeys = db.prepare('DELETE FROM entity_search_keys WHERE entity_id = ?');
  const forgetGrams = db.prepare('DELETE FROM entity_key_trigrams WHERE entity_id = ?');
  const key = db.prepare('INSERT OR IGNORE INTO entity_search_keys (key, entity_id, whole, display) VALUES (?, ?, ?, ?)');
  const gram = db.prepare('INSERT OR IGNORE INTO entity_key_trigrams (trigram, key, entity_id) VALUES (?, ?, ?)');
  for (const entity of entities) {
    forgetKeys.run(entity.id);
    forgetGrams.run(entity.id);
    const keys = entityKeys(entity);
    for (const k of keys) key.run(k.key, entity.id, k.whole ? 1 : 0, k.display);
    for (const g of keyTrigrams(keys)) gram.run(g.trigram, g.key, entity.id);
  }
}

const DOCUMENTS_PER_PAGE = 200;
const ENTITIES_PER_PAGE = 500;

/** Whether stored data still waits for its search index (see migration 010_search.sql). */
export function hasSearchBackfill(db: Database.Database): boolean {
  return db.prepare('SELECT 1 FROM search_backfill LIMIT 1').get() !== undefined;
}

/**
 * One page of the upgrade, inside the caller's write transaction: the stems of the next documents
 * in storage order, or the keys of the next entities. False when nothing is left.
 */
export function backfillSearchPage(db: Database.Database, stemText: StemText): boolean {
  const task = db.prepare('SELECT task, after FROM search_backfill ORDER BY task LIMIT 1').get() as
    | { task: string; after: string }
    | undefined;
  if (!task) return false;
  let last: string | null;
  if (task.task === 'stems') {
    const rows = db
      .prepare('SELECT rowid, title, text, language FROM documents WHERE rowid > ? ORDER BY rowid LIMIT ?')
      .all(Number(task.after), DOCUMENTS_PER_PAGE) as { rowid: number; title: string | null; text: string; language: string }[];
    const update = db.prepare('UPDATE documents_fts SET stems = ? WHERE rowid = ?');
    for (const row of rows) update.run(stemText(`${row.title ?? ''}\n${row.text}`, row.language), row.rowid);
    last = rows.length === DOCUMENTS_PER_PAGE ? String(rows.at(-1)!.rowid) : null;
  } else {
    const rows = db
      .prepare('SELECT id, body FROM entities WHERE id > ? ORDER BY id LIMIT ?')
      .all(task.after, ENTITIES_PER_PAGE) as { id: string; body: string }[];
    writeEntityKeys(
      db,
      rows.map((row) => JSON.parse(row.body) as StoredEntity),
    );
    last = rows.length === ENTITIES_PER_PAGE ? rows.at(-1)!.id : null;
  }
  if (last === null) db.prepare('DELETE FROM search_backfill WHERE task = ?').run(task.task);
  else db.prepare('UPDATE search_backfill SET after = ? WHERE task = ?').run(last, task.task);
  return true;
}
