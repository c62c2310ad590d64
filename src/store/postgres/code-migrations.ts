import type pg from 'pg';
import { contentHash } from '../../model/content-hash.ts';

/**
 * Migrations SQL cannot express, applied in name order among the SQL files and recorded in the
 * same table, each inside the migration's transaction.
 */
export const CODE_MIGRATIONS: Record<string, (client: pg.PoolClient) => Promise<void>> = {
  '006_normalised_content_hashes.code': rehashContent,
};

/** Rows read at a time: a store's raw content need not fit in memory. */
const PAGE = 500;

/**
 * Content hashes are taken over normalised text now (line endings, trailing whitespace, NFC):
 * each stored hash is computed again from the stored raw content, in the column and in the body.
 * Ids stay as they are, even those derived from an old hash.
 */
async function rehashContent(client: pg.PoolClient): Promise<void> {
  for (let after = 0; ; ) {
    const { rows } = await client.query<{ seq: string; id: string; content_hash: string; body: string; content: string }>(
      `SELECT d.seq, d.id, d.content_hash, d.body, r.content FROM documents d JOIN raw_sources r ON r.document_id = d.id
       WHERE d.seq > $1 ORDER BY d.seq LIMIT $2`,
      [after, PAGE],
    );
    if (rows.length === 0) return;
    after = Number(rows.at(-1)!.seq);
    const changed = rows.flatMap((row) => {
      const hash = contentHash(row.content);
      if (hash === row.content_hash) return [];
      // The body is rewritten in JS: a jsonb round trip would reorder its keys.
      return [{ id: row.id, hash, body: JSON.stringify({ ...JSON.parse(row.body), contentHash: hash }) }];
    });
    if (changed.length === 0) continue;
    await client.query(
      `UPDATE documents d SET content_hash = u.hash, body = u.body
       FROM unnest($1::text[], $2::text[], $3::text[]) AS u(id, hash, body) WHERE d.id = u.id`,
      [changed.map((row) => row.id), changed.map((row) => row.hash), changed.map((row) => row.body)],
    );
  }
}
