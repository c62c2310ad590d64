import type Database from 'better-sqlite3';
import { contentHash } from '../../model/content-hash.ts';

/**
 * Migrations SQL cannot express, applied in name order among the SQL files and recorded in the
 * same table.
 */
export const CODE_MIGRATIONS: Record<string, (db: Database.Database) => void> = {
  '008_normalised_content_hashes.code': rehashContent,
};

/**
 * Content hashes are taken over normalised text now (line endings, trailing whitespace, NFC):
 * each stored hash is computed again from the stored raw content, in the column and in the body.
 * Ids stay as they are, even those derived from an old hash.
 */
function rehashContent(db: Database.Database): void {
  const changed: { id: string; hash: string }[] = [];
  const rows = db
    .prepare('SELECT d.id, d.content_hash, r.content FROM documents d JOIN raw_sources r ON r.document_id = d.id')
    .iterate() as Iterable<{ id: string; content_hash: string; content: string }>;
  for (const row of rows) {
    const hash = contentHash(row.content);
    if (hash !== row.content_hash) changed.push({ id: row.id, hash });
  }
  const update = db.prepare(
    "UPDATE documents SET content_hash = @hash, body = json_set(body, '$.contentHash', @hash) WHERE id = @id",
  );
  for (const row of changed) update.run(row);
}
