import { after, before, test } from 'node:test';
import { PostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { postgresSkipReason, startPostgres, type TestPostgres } from '../support/postgres.ts';
import { alertsFollowNewArticles } from './alert-scenario.ts';

const skip = postgresSkipReason();
let server: TestPostgres;
if (!skip) {
  before(async () => {
    server = await startPostgres();
  });
  after(() => server?.stop());
}

test('postgres: an alert lists exactly the matching articles stored after it was made', { skip }, async () => {
  const store = await PostgresStore.open({ url: await server.createDatabase('alerts') });
  try {
    await alertsFollowNewArticles(store);
  } finally {
    await store.close();
  }
});
