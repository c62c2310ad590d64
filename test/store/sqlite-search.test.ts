import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { ingestIntoStore } from '../../src/pipeline/ingest-into-store.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { makeDocument } from '../support/documents.ts';
import { seedFiles } from '../support/shared.ts';
import { searchContract } from './search-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'warta-search-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const newPath = (): string => join(dir, `store-${++n}.db`);

searchContract('sqlite', { open: () => new SqliteStore({ path: newPath() }), isolatesReads: true });

test('sqlite: a store made before search had stems and entity keys is upgraded in pages once opened', async () => {
  const path = newPath();
  const store = new SqliteStore({ path });
  await ingestIntoStore(seedFiles(), store, { referenceDate: new Date('2026-11-23T00:00:00Z'), batchSize: 50 });
  // More documents than one upgrade page holds, each with a form of "kirim" only its stem finds.
  const parcels = Array.from({ length: 450 }, (_, i) => makeDocument({ text: `Kurir mengirim paket nomor ${i}.` }));
  await store.transaction((tx) => tx.saveDocuments(parcels.map((document) => ({ document, raw: 'x', rawFormat: 'text' }))));
  await store.close();

  // What such a store held: the stems column was the lower-cased text (the CLI never passed the
  // stemmer), and the search tables of migration 010 did not exist.
  const db = new Database(path);
  db.exec(`UPDATE documents_fts SET stems = lower(title || ' ' || text);
    DROP TABLE entity_search_keys; DROP TABLE entity_key_trigrams; DROP TABLE search_backfill;
    DELETE FROM migrations WHERE name = '010_search.sql';`);
  const stemHits = (): number =>
    (db.prepare(`SELECT COUNT(*) AS n FROM documents_fts WHERE documents_fts MATCH 'stems : "kirim"'`).get() as { n: number }).n;
  assert.equal(stemHits(), 0, 'the old store finds no stem');
  db.close();

  const reopened = new SqliteStore({ path });
  try {
    await reopened.searchIndexed();
    assert.equal((await reopened.search({ q: 'kirim' })).total, 4 + parcels.length, 'the seeds 000, 001, 003, 004 and every parcel');
    assert.equal((await reopened.search({ q: 'Korut' })).total, 5, 'entity keys were written for the stored entities');
    assert.equal((await reopened.search({ q: 'Puttin' })).didYouMean?.query, 'Putin');
  } finally {
    await reopened.close();
  }
  const check = new Database(path, { readonly: true });
  assert.deepEqual(check.prepare('SELECT * FROM search_backfill').all(), [], 'nothing is left to do');
  check.close();
});
