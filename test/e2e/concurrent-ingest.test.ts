import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { readIndosum } from '../../bench/lib/indosum.ts';
import { REPO_DIR } from '../support/shared.ts';

/**
 * Two `warta ingest` of two halves of a corpus on one database at the same time (the hardening
 * issue: the second used to die with SQLITE_BUSY and store nothing, and the entity table, rewritten
 * from each process's snapshot, lost entities). Each batch takes the write lock, waits while the
 * other commits, and writes only what changed: both must exit 0 and the store hold the union, with
 * every entity a document uses present and one search row and one cluster record per document.
 */

const dir = mkdtempSync(join(tmpdir(), 'warta-concurrent-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function half(name: string, articles: ReturnType<typeof readIndosum>): string {
  const file = join(dir, `${name}.jsonl`);
  const lines = articles.map((article) =>
    JSON.stringify({ id: article.id, title: article.title, text: article.paragraphs.join('\n\n'), outlet: article.outlet }),
  );
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function ingest(file: string, db: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(REPO_DIR, 'src/serve/cli/main.ts'), 'ingest', file, '--db', db, '--reference-date', '2026-06-01'],
      // Small batches, so that the two processes' transactions interleave many times.
      { cwd: REPO_DIR, env: { ...process.env, WARTA_BATCH_SIZE: '5' }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

test('two ingests of two halves at once both succeed and the store holds the union, consistent', async () => {
  const articles = readIndosum().slice(0, 40);
  const db = join(dir, 'warta.db');
  const [first, second] = await Promise.all([
    ingest(half('a', articles.slice(0, 20)), db),
    ingest(half('b', articles.slice(20)), db),
  ]);
  assert.equal(first.code, 0, first.stderr);
  assert.equal(second.code, 0, second.stderr);
  const store = new Database(db, { readonly: true });
  try {
    const ids = store.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as string[];
    assert.deepEqual(ids, articles.map((article) => article.id).sort(), 'every article of both halves, once');
    const count = (sql: string) => (store.prepare(sql).pluck().get() as number);
    assert.equal(count('SELECT COUNT(*) FROM entity_documents l WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = l.entity_id)'), 0);
    assert.equal(count('SELECT COUNT(*) FROM documents_fts_docsize'), ids.length);
    assert.equal(count('SELECT COUNT(*) FROM cluster_documents'), ids.length);
    assert.equal(count('SELECT COUNT(*) FROM search_groups'), ids.length);
  } finally {
    store.close();
  }
});
