import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { readIndosum } from '../../bench/lib/indosum.ts';
import { runCli } from '../support/cli.ts';
import { REPO_DIR, sharedPath } from '../support/shared.ts';

/**
 * kill -9 of `warta ingest` at ten moments spread over a run. Each time the database must pass
 * `integrity_check`, and a rerun must end with exactly the documents of a clean run, with every
 * derived table agreeing with them: each document in one event, every entity a document uses in
 * the entity table, one search row per document, one cluster record per document, and outlet
 * template counts equal to the clean run's (a batch commits everything together or nothing).
 */

const dir = mkdtempSync(join(tmpdir(), 'warta-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const ENV = { WARTA_BATCH_SIZE: '12', WARTA_ALIASES: join(dir, 'aliases.tsv') };
const ARTICLES = 60;
const KILLS = 10;

function corpus(): string[] {
  const file = join(dir, 'indosum.jsonl');
  const lines = readIndosum()
    .slice(0, ARTICLES)
    .map((article) =>
      JSON.stringify({
        id: article.id,
        title: article.title,
        text: article.paragraphs.join('\n\n'),
        outlet: article.outlet,
        published: article.published.toISOString().slice(0, 10),
      }),
    );
  writeFileSync(file, `${lines.join('\n')}\n`);
  return [file, sharedPath('corpus', 'seeds')];
}

function ingestArgs(inputs: string[], db: string): string[] {
  return ['ingest', ...inputs, '--db', db, '--reference-date', '2026-06-01'];
}

/** Starts an ingest and kills it with SIGKILL after `delayMs`; resolves when it is gone. */
function killedIngest(inputs: string[], db: string, delayMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_DIR, 'src/serve/cli/main.ts'), ...ingestArgs(inputs, db)], {
      cwd: REPO_DIR,
      env: { ...process.env, ...ENV },
      stdio: 'ignore',
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

interface StoreState {
  documents: string[];
  outletDocuments: number;
}

/** Right after the kill, as the next process would open it (recovering the write-ahead log). */
function integrity(path: string): string {
  const db = new Database(path);
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

function inspect(path: string): StoreState {
  const db = new Database(path, { readonly: true });
  try {
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok', `${path}: integrity_check`);
    const ids = (db.prepare('SELECT id FROM documents ORDER BY id').all() as { id: string }[]).map((r) => r.id);
    const inEvents = new Map<string, number>();
    for (const row of db.prepare("SELECT body FROM clusters WHERE kind = 'event'").all() as { body: string }[]) {
      for (const id of (JSON.parse(row.body) as { documents: string[] }).documents)
        inEvents.set(id, (inEvents.get(id) ?? 0) + 1);
    }
    for (const id of ids) assert.equal(inEvents.get(id), 1, `${id} must be in exactly one event`);
    assert.equal(inEvents.size, ids.length, 'events hold only stored documents');
    const missing = db
      .prepare('SELECT COUNT(*) AS n FROM entity_documents WHERE entity_id NOT IN (SELECT id FROM entities)')
      .get() as { n: number };
    assert.equal(missing.n, 0, 'every entity a document uses is in the entity table');
    const fts = db.prepare('SELECT COUNT(*) AS n FROM documents_fts').get() as { n: number };
    assert.equal(fts.n, ids.length, 'one search row per document');
    const clustered = db.prepare('SELECT COUNT(*) AS n FROM cluster_documents').get() as { n: number };
    assert.equal(clustered.n, ids.length, 'one cluster record per document');
    const outlets = db.prepare('SELECT COALESCE(SUM(documents), 0) AS n FROM outlet_documents').get() as { n: number };
    return { documents: ids, outletDocuments: outlets.n };
  } finally {
    db.close();
  }
}

test('a kill -9 at any of ten moments leaves a store that a rerun completes exactly', { timeout: 600_000 }, async () => {
  const inputs = corpus();
  const cleanDb = join(dir, 'clean.db');
  const started = performance.now();
  const clean = runCli(ingestArgs(inputs, cleanDb), ENV);
  const cleanMs = performance.now() - started;
  assert.equal(clean.status, 0, clean.stderr);
  const expected = inspect(cleanDb);
  assert.equal(expected.documents.length, ARTICLES + 5);
  for (let kill = 1; kill <= KILLS; kill++) {
    const db = join(dir, `killed-${kill}.db`);
    // Moments from start-up to the last batch: the run's length split in eleven.
    await killedIngest(inputs, db, (cleanMs * kill) / (KILLS + 1));
    if (existsSync(db)) assert.equal(integrity(db), 'ok', `kill ${kill}: integrity_check after the kill`);
    const rerun = runCli(ingestArgs(inputs, db), ENV);
    assert.equal(rerun.status, 0, `rerun after kill ${kill}: ${rerun.stderr}`);
    const state = inspect(db);
    assert.deepEqual(state.documents, expected.documents, `kill ${kill}: the same documents as a clean run`);
    assert.equal(state.outletDocuments, expected.outletDocuments, `kill ${kill}: outlet template counts`);
  }
});
