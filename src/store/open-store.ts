import { isPostgresUrl } from './db-setting.ts';
import type { Store } from './store.ts';

export interface OpenStoreOptions {
  /** Make a new SQLite file when none is there (default false: a missing file is a mistyped path). */
  create?: boolean;
}

/**
 * Opens the store a db setting names: a `postgres://` or `postgresql://` URL opens the PostgreSQL
 * store, anything else is the SQLite file path. The one place a backend is chosen; each backend's
 * module (and its driver) is loaded only when it is opened.
 */
export async function openStore(db: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(db)) {
    const { PostgresStore } = await import('./postgres/postgres-store.ts');
    return new PostgresStore({ url: db });
  }
  const { SqliteStore } = await import('./sqlite/sqlite-store.ts');
  return new SqliteStore({ path: db, create: options.create ?? false });
}
