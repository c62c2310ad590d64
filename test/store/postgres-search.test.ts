import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import pg from 'pg';
import { ingestIntoStore } from '../../src/pipeline/ingest-into-store.ts';
import { PostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { makeDocument } from '../support/documents.ts';
import { postgresSkipReason, startPostgres } from '../support/postgres.ts';
import { seedFiles } from '../support/shared.ts';
import { searchContract } from './search-contract.ts';

const skip = postgresSkipReason();

if (skip) {
  test('search on the PostgreSQL store', { skip }, () => undefined);
} else {
  const server = await startPostgres();
  after(() => server.stop());
  let n = 0;
  const newDatabase = (): Promise<string> => server.createDatabase(`search_${++n}`);
  searchContract('postgres', { open: async () => PostgresStore.open({ url: await newDatabase() }), isolatesReads: true });

  test('postgres: a store made before search had stems and entity keys is upgraded in pages once opened', async () => {
    const url = await newDatabase();
    const store = await PostgresStore.open({ url });
    await ingestIntoStore(seedFiles(), store, { referenceDate: new Date('2026-11-23T00:00:00Z'), batchSize: 50 });
    const parcels = Array.from({ length: 250 }, (_, i) => makeDocument({ text: `Kurir mengirim paket nomor ${i}.` }));
    await store.transaction((tx) => tx.saveDocuments(parcels.map((document) => ({ document, raw: 'x', rawFormat: 'text' }))));
    await store.close();

    // What such a store held: stems and the search vector's stem part were the lower-cased text
    // (the CLI never passed the stemmer), and the search tables of migration 010 did not exist.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`UPDATE documents SET stems = lower(coalesce(title, '') || ' ' || text),
      search = setweight(to_tsvector('simple', lower(coalesce(title, ''))), 'A')
        || setweight(to_tsvector('simple', lower(text)), 'B')
        || setweight(to_tsvector('simple', lower(coalesce(title, '') || ' ' || text)), 'C')`);
    await client.query(`DROP TABLE entity_search_keys; DROP TABLE entity_key_trigrams; DROP TABLE search_backfill;
      DELETE FROM migrations WHERE name = '010_search.sql'`);
    const stemHits = async (): Promise<number> =>
      Number((await client.query(`SELECT COUNT(*) AS n FROM documents WHERE search @@ to_tsquery('simple', 'kirim:C')`)).rows[0].n);
    assert.equal(await stemHits(), 0, 'the old store finds no stem');

    const reopened = await PostgresStore.open({ url });
    try {
      await reopened.searchIndexed();
      assert.equal((await reopened.search({ q: 'kirim' })).total, 4 + parcels.length, 'the seeds 000, 001, 003, 004 and every parcel');
      assert.equal((await reopened.search({ q: 'Korut' })).total, 5, 'entity keys were written for the stored entities');
      assert.equal((await reopened.search({ q: 'Puttin' })).didYouMean?.query, 'Putin');
      assert.deepEqual((await client.query('SELECT * FROM search_backfill')).rows, [], 'nothing is left to do');
    } finally {
      await reopened.close();
      await client.end();
    }
  });
}
