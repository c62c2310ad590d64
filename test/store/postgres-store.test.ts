import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import pg from 'pg';
import { contentHash } from '../../src/model/content-hash.ts';
import { StoreOpenError } from '../../src/store/errors.ts';
import { PostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { makeDocument } from '../support/documents.ts';
import { freePort, postgresSkipReason, startPostgres } from '../support/postgres.ts';
import { storeContract } from './store-contract.ts';

const skip = postgresSkipReason();

if (skip) {
  test('the PostgreSQL store', { skip }, () => undefined);
} else {
  const server = await startPostgres();
  after(() => server.stop());
  let n = 0;
  const newDatabase = (): Promise<string> => server.createDatabase(`store_${++n}`);

  storeContract('postgres', {
    open: async () => PostgresStore.open({ url: await newDatabase() }),
    isolatesReads: true,
    openPair: async () => {
      const url = await newDatabase();
      return [await PostgresStore.open({ url }), await PostgresStore.open({ url })];
    },
  });

  const query = async (url: string, sql: string): Promise<pg.QueryResultRow[]> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  };

  test('postgres: a store keeps what it holds across reopen', async () => {
    const url = await newDatabase();
    const first = await PostgresStore.open({ url });
    await first.addFeed('https://example.test/a');
    await first.close();
    const second = await PostgresStore.open({ url });
    assert.equal((await second.feeds()).length, 1);
    await second.close();
  });

  test('postgres: processes opening a new database at once apply the migrations once', async () => {
    const url = await newDatabase();
    const stores = await Promise.all(Array.from({ length: 4 }, () => PostgresStore.open({ url })));
    try {
      const applied = await query(url, 'SELECT name FROM migrations ORDER BY name');
      assert.deepEqual(
        applied.map((row) => row.name),
        [
          '001_documents.sql',
          '002_entities.sql',
          '003_clusters.sql',
          '004_entity_name_trigrams.sql',
          '005_documents_keyed_by_id.sql',
          '006_normalised_content_hashes.code',
          '010_search.sql',
          '020_alerts.sql',
        ],
      );
      const indexes = await query(url, "SELECT indexname FROM pg_indexes WHERE tablename = 'entity_names'");
      assert.ok(
        indexes.some((row) => row.indexname === 'entity_names_trigrams'),
        'pg_trgm ships with the server here: names get the trigram index',
      );
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  test('postgres: stored hashes of the old form are computed again over normalised text at open', async () => {
    const url = await newDatabase();
    const first = await PostgresStore.open({ url });
    const crlf = 'Banjir melanda desa.\r\n\r\nWarga mengungsi.  \r\n';
    const doc = makeDocument({ text: 'Banjir melanda desa.\n\nWarga mengungsi.' });
    await first.transaction((tx) => tx.saveDocuments([{ document: doc, raw: crlf, rawFormat: 'text' }]));
    await first.close();
    // As a store written before the hash was normalised left it.
    await query(url, `UPDATE documents SET content_hash = 'old-form'`);
    await query(url, `DELETE FROM migrations WHERE name = '006_normalised_content_hashes.code'`);
    const second = await PostgresStore.open({ url });
    try {
      const hash = contentHash(crlf);
      assert.deepEqual(await second.knownHashes([hash, 'old-form']), new Set([hash]));
      assert.equal((await second.getDocument(doc.id))?.contentHash, hash);
      assert.equal((await second.getDocument(doc.id))?.text, doc.text, 'the body is otherwise as written');
    } finally {
      await second.close();
    }
  });

  test("postgres: the store's connections say they are warta", async () => {
    const url = await newDatabase();
    const store = await PostgresStore.open({ url });
    try {
      await store.stats();
      const sessions = await query(
        url,
        `SELECT application_name FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      assert.ok(sessions.length > 0 && sessions.every((row) => row.application_name === 'warta'));
    } finally {
      await store.close();
    }
  });

  test('postgres: a store write started inside a transaction of the same store fails instead of waiting for itself', async () => {
    const store = await PostgresStore.open({ url: await newDatabase() });
    try {
      await assert.rejects(
        store.transaction(() => store.addFeed('https://example.test/rss')),
        /inside a transaction of the same store/,
      );
      assert.deepEqual(await store.feeds(), [], 'the transaction rolled back');
      assert.equal(await store.addFeed('https://example.test/rss'), true, 'the store goes on');
    } finally {
      await store.close();
    }
  });

  const opensWith = async (url: string, reason: RegExp, shown: string): Promise<void> => {
    await assert.rejects(PostgresStore.open({ url }), (error: Error) => {
      assert.ok(error instanceof StoreOpenError, `a StoreOpenError, not ${error.name}`);
      assert.equal(error.message.split('\n').length, 1, 'one line');
      assert.ok(error.message.startsWith(`cannot open database ${shown}: `), error.message);
      assert.match(error.message, reason);
      assert.doesNotMatch(error.message, /secret/, 'never the password');
      return true;
    });
  };

  test('postgres: an unreachable server is one clear line naming the URL without its password', async () => {
    const port = await freePort();
    await opensWith(
      `postgres://warta:secret@127.0.0.1:${port}/warta`,
      /connection refused$/,
      `postgres://warta@127.0.0.1:${port}/warta`,
    );
  });

  test('postgres: a wrong password is one clear line', async () => {
    const url = await server.createPasswordUser('warta_login', 'right');
    const wrong = url.replace(':right@', ':secret@');
    await opensWith(wrong, /password authentication failed for user "warta_login"/, url.replace(':right@', '@'));
  });

  test('postgres: a missing database is one clear line', async () => {
    const missing = server.url.replace(/\/warta_test$/, '/no_such_db');
    await opensWith(missing, /database "no_such_db" does not exist/, missing);
  });

  test('postgres: a store that cannot open reports it to the first caller, then to every later one', async () => {
    const port = await freePort();
    const store = new PostgresStore({ url: `postgres://warta:secret@127.0.0.1:${port}/warta` });
    await assert.rejects(store.stats(), StoreOpenError);
    await assert.rejects(store.transaction(async () => 1), StoreOpenError);
    await store.close();
  });
}
