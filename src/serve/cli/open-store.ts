import { isPostgresUrl, redactUrl } from '../../store/postgres/connection.ts';
import { PostgresStore } from '../../store/postgres/postgres-store.ts';
import { SqliteStore } from '../../store/sqlite/sqlite-store.ts';
import type { Store } from '../../store/store.ts';

/**
 * Opens the store the db setting names: a `postgres://` or `postgresql://` URL opens the
 * PostgreSQL store, anything else is the SQLite file path. The one place the CLI chooses a backend.
 * Only commands that store documents (`create`) make a new SQLite file: for the others a missing
 * file is a mistyped `--db`, not an empty store.
 */
export function openStore(db: string, options: { create?: boolean } = {}): Store {
  return isPostgresUrl(db)
    ? new PostgresStore({ url: db })
    : new SqliteStore({ path: db, create: options.create ?? false });
}

/** The db setting as it may be printed: a PostgreSQL URL without its password. */
export function describeDb(db: string): string {
  return isPostgresUrl(db) ? redactUrl(db) : db;
}
