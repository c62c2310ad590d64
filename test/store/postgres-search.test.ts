import { after, test } from 'node:test';
import { PostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { postgresSkipReason, startPostgres } from '../support/postgres.ts';
import { searchContract } from './search-contract.ts';

const skip = postgresSkipReason();

if (skip) {
  test('search on the PostgreSQL store', { skip }, () => undefined);
} else {
  const server = await startPostgres();
  after(() => server.stop());
  let n = 0;
  searchContract('postgres', {
    open: async () => PostgresStore.open({ url: await server.createDatabase(`search_${++n}`) }),
    isolatesReads: true,
  });
}
