import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { CODE_MIGRATIONS } from './code-migrations.ts';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Held (session-level) while migrating: processes starting at once wait for the first to finish,
 * then find its migrations applied. A constant of Warta's own, apart from the writer lock.
 */
const MIGRATION_LOCK = 7_716_150_001;

/** Applies the migrations not applied yet (SQL files and code steps), in name order, each in its own transaction. */
export async function migrate(client: pg.PoolClient): Promise<void> {
  await client.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
  try {
    await client.query(
      'CREATE TABLE IF NOT EXISTS migrations (name TEXT COLLATE "C" PRIMARY KEY, applied_at TEXT NOT NULL)',
    );
    const applied = new Set(
      (await client.query<{ name: string }>('SELECT name FROM migrations')).rows.map((row) => row.name),
    );
    const pending = [...readdirSync(MIGRATIONS_DIR).filter((name) => name.endsWith('.sql')), ...Object.keys(CODE_MIGRATIONS)]
      .filter((name) => !applied.has(name))
      .sort();
    for (const name of pending) {
      await client.query('BEGIN');
      try {
        const step = CODE_MIGRATIONS[name];
        // No parameters: the simple protocol runs every statement of the file.
        if (step) await step(client);
        else await client.query(readFileSync(join(MIGRATIONS_DIR, name), 'utf8'));
        await client.query('INSERT INTO migrations (name, applied_at) VALUES ($1, $2)', [
          name,
          new Date().toISOString(),
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${name} failed: ${(error as Error).message}`);
      }
    }
  } finally {
    await client.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`);
  }
}
