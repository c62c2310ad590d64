import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { contentHash } from '../../src/model/content-hash.ts';
import type { IngestItem } from '../../src/ingest/index.ts';
import type { EnrichedDocument } from '../../src/model/document.ts';
import { ingestItemsIntoStore } from '../../src/pipeline/ingest-into-store.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { REPO_DIR, SHARED_DIR } from '../support/shared.ts';

// The seed with one name in its McCune–Reischauer spelling, so that it has a letter NFD decomposes.
const seed = readFileSync(join(SHARED_DIR, 'corpus/seeds/000_75aa186616058dd0.txt'), 'utf8').replace(
  'Pyongyang',
  'P\u2019y\u014fngyang',
);
const SUBHEADING = 'Peran Korea Utara dalam Konflik Ukraina';
const options = { referenceDate: new Date('2026-01-12T00:00:00Z'), batchSize: 2 };

function item(content: string, source: string, givenId?: string): IngestItem {
  return {
    ok: true,
    doc: {
      ...(givenId ? { givenId } : {}),
      source,
      kind: givenId ? 'jsonl' : 'text',
      format: 'text',
      content,
      encoding: 'utf-8',
      hints: {},
      diagnostics: [],
    },
  };
}

/** The seed as other tools write it: other line endings, trailing spaces, one more newline, NFD. */
const variants = [
  seed.replace(/\n/g, '\r\n'),
  seed.replace(/\n/g, '\r'),
  seed.replace(/\n/g, '  \n').replace(/$/, ' \t'),
  `${seed}\n\n`,
  seed.normalize('NFD'),
];

async function documents(store: SqliteStore): Promise<EnrichedDocument[]> {
  return (await store.scanDocuments({ limit: 100, after: null })).rows.map((row) => row.document);
}

test('the same article with other line endings, trailing whitespace, a final newline or NFD is not stored again', async () => {
  const store = new SqliteStore({ path: ':memory:' });
  try {
    const summary = await ingestItemsIntoStore(
      [item(seed, 'a.txt'), ...variants.map((v, i) => item(v, `copy-${i}.txt`))],
      store,
      options,
    );
    assert.notEqual(seed.normalize('NFD'), seed);
    assert.equal(summary.added, 1);
    assert.equal(summary.unchanged, variants.length);
    const [stored] = await documents(store);
    assert.ok(stored?.outlet, 'the seed has an outlet');
    assert.equal((await store.outletLineCounts([stored.outlet])).get(stored.outlet)?.documents, 1);
  } finally {
    await store.close();
  }
});

test("copies under callers' ids are stored under their ids, said so, and teach the outlet template nothing", async () => {
  const store = new SqliteStore({ path: ':memory:' });
  try {
    await ingestItemsIntoStore([item(seed, 'a.txt')], store, options);
    const copies = ['rec-1', 'rec-2', 'rec-3', 'rec-4'].map((id) => item(seed, `feed.jsonl#${id}`, id));
    const summary = await ingestItemsIntoStore(copies, store, options);
    assert.equal(summary.added, 4);
    assert.equal(summary.sameText, 4);
    const all = await documents(store);
    const original = all.find((doc) => doc.source === 'a.txt')!;
    for (const id of ['rec-1', 'rec-2', 'rec-3', 'rec-4']) {
      const copy = all.find((doc) => doc.id === id);
      assert.equal(copy?.duplicateOf, original.id, `${id} is marked a copy`);
      const note = copy?.diagnostics.find((d) => d.rule === 'store/same-text');
      assert.match(note?.message ?? '', new RegExp(`stored as ${original.id}`));
    }
    const outlet = original.outlet!;
    assert.equal((await store.outletLineCounts([outlet])).get(outlet)?.documents, 1, 'copies are not counted');
    // A later edition of the article (one line more) keeps its real subheading.
    const later = seed.replace(SUBHEADING, `${SUBHEADING}\n\nPembaruan: surat itu dibacakan di televisi pemerintah.`);
    await ingestItemsIntoStore([item(later, 'later.txt')], store, options);
    const kept = (await documents(store)).find((doc) => doc.source === 'later.txt');
    assert.ok(kept?.text.includes(SUBHEADING), 'the subheading is not taken for template');
  } finally {
    await store.close();
  }
});

test("the latest text under a caller's id wins, even a text another id holds", async () => {
  const store = new SqliteStore({ path: ':memory:' });
  try {
    const edited = seed.replace('Jumat (9/1)', 'Jumat (9/1) pagi');
    await ingestItemsIntoStore([item(seed, 'x#1', 'x')], store, options);
    const edit = await ingestItemsIntoStore([item(edited, 'x#2', 'x')], store, options);
    assert.equal(edit.updated, 1);
    await ingestItemsIntoStore([item(seed, 'z#1', 'z')], store, options);
    const back = await ingestItemsIntoStore([item(seed, 'x#3', 'x')], store, options);
    assert.equal(back.updated, 1, 'the original text sent again under x is not ignored');
    assert.equal(back.sameText, 1);
    const x = await store.getDocument('x');
    assert.ok(x?.text.includes('Jumat (9/1) tersebut'), 'x holds its latest text');
    assert.match(x?.diagnostics.find((d) => d.rule === 'store/same-text')?.message ?? '', /stored as z/);
    const again = await ingestItemsIntoStore([item(seed.replace(/\n/g, '\r\n'), 'x#4', 'x')], store, options);
    assert.equal(again.unchanged, 1, 'the same text under the same id is unchanged');
  } finally {
    await store.close();
  }
});

test('opening a store of old hashes computes them again over normalised text, keeping rows and links', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'warta-rehash-'));
  const path = join(dir, 'old.db');
  try {
    const crlf = seed.replace(/\n/g, '\r\n');
    const oldHash = createHash('sha256').update(crlf).digest('hex');
    const db = new Database(path);
    db.exec('CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
    const migrations = join(REPO_DIR, 'src/store/sqlite/migrations');
    for (const name of readdirSync(migrations).filter((n) => n < '007')) {
      db.exec(readFileSync(join(migrations, name), 'utf8'));
      db.prepare('INSERT INTO migrations VALUES (?, ?)').run(name, '2025-01-01T00:00:00Z');
    }
    const id = `doc_${oldHash.slice(0, 16)}`;
    const body = { id, contentHash: oldHash, text: 'Kim Jong Un menegaskan komitmennya', entities: [] };
    db.prepare(
      `INSERT INTO documents (id, content_hash, source, kind, language, text, body, ingested_at)
       VALUES (?, ?, 'old.txt', 'text', 'id', ?, ?, '2025-01-01T00:00:00Z')`,
    ).run(id, oldHash, body.text, JSON.stringify(body));
    db.prepare("INSERT INTO raw_sources (document_id, format, content) VALUES (?, 'text', ?)").run(id, crlf);
    db.prepare("INSERT INTO entity_documents VALUES ('ent_kim', ?, 1, NULL)").run(id);
    db.close();

    const store = new SqliteStore({ path });
    try {
      const [row] = (await store.scanDocuments({ limit: 10, after: null })).rows;
      assert.equal(row?.document.id, id, 'the id stays');
      assert.equal(row?.document.contentHash, contentHash(seed), 'the body has the new hash');
      assert.deepEqual(await store.knownHashes([contentHash(seed)]), new Set([contentHash(seed)]));
      const summary = await ingestItemsIntoStore([item(seed, 'lf.txt')], store, options);
      assert.equal(summary.unchanged, 1, 'the LF copy of the stored CRLF article is known');
      const copy = await ingestItemsIntoStore([item(seed, 'feed#1', 'rec-1')], store, options);
      assert.equal(copy.added, 1, 'the hash is no longer unique: a caller id may hold the same text');
    } finally {
      await store.close();
    }
    const check = new Database(path, { readonly: true });
    assert.equal((check.prepare('SELECT COUNT(*) AS n FROM entity_documents WHERE document_id = ?').get(id) as { n: number }).n, 1);
    assert.deepEqual(check.pragma('foreign_key_check'), []);
    check.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
