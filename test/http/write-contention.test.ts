import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { createApp } from '../../src/serve/http/app.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { readSeed } from '../support/shared.ts';

test('an API write while another process holds the write lock waits, then answers 503 with Retry-After, never 500', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'warta-contention-'));
  const path = join(dir, 'news.db');
  const store = new SqliteStore({ path, lockTimeoutMs: 400 });
  const app = createApp({ store, writeToken: 'tok' });
  const post = async (): Promise<Response> =>
    app.request('/api/documents', {
      method: 'POST',
      headers: { authorization: 'Bearer tok', 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'seed-000', text: readSeed('000') }),
    });
  // Another process's long write: a second connection holding the lock as `warta ingest` does.
  const other = new Database(path);
  try {
    other.exec('BEGIN IMMEDIATE');
    const started = Date.now();
    const busy = await post();
    assert.equal(busy.status, 503);
    assert.equal(busy.headers.get('retry-after'), '5');
    assert.ok(Date.now() - started >= 350, 'it waited for the lock before giving up');
    assert.equal(((await busy.json()) as { error: string }).error, 'busy');
    other.exec('ROLLBACK');
    const stored = await post();
    assert.equal(stored.status, 200, await stored.clone().text());
    assert.ok(await store.getDocument('seed-000'), 'once the lock is free the same request stores the article');
  } finally {
    if (other.inTransaction) other.exec('ROLLBACK');
    other.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
