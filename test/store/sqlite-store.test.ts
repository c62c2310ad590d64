import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import type { Claim, NewsEvent, Storyline } from '../../src/model/cluster.ts';
import { SqliteStore, StoreOpenError } from '../../src/store/sqlite/sqlite-store.ts';
import { REPO_DIR } from '../support/shared.ts';
import { storeContract } from './store-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'warta-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const newPath = (): string => join(dir, `store-${++n}.db`);

storeContract('sqlite in memory', {
  open: () => new SqliteStore({ path: ':memory:' }),
  isolatesReads: false,
});
storeContract('sqlite file', {
  open: () => new SqliteStore({ path: newPath() }),
  isolatesReads: true,
  openPair: () => {
    const path = newPath();
    return [new SqliteStore({ path }), new SqliteStore({ path })];
  },
});

test('a file store keeps what it holds across reopen', async () => {
  const path = join(dir, 'reopen.db');
  const first = new SqliteStore({ path });
  await first.addFeed('https://example.test/a');
  await first.close();
  const second = new SqliteStore({ path });
  assert.equal((await second.feeds()).length, 1);
  await second.close();
});

test('an unwritable database path fails with a message naming it', {
  skip: process.getuid?.() === 0 ? 'root can write anywhere' : false,
}, () => {
  const locked = join(dir, 'locked');
  rmSync(locked, { force: true, recursive: true });
  chmodSync(dir, 0o500);
  try {
    assert.throws(
      () => new SqliteStore({ path: join(locked, 'x.db') }),
      (e: Error) => e instanceof StoreOpenError && e.message.includes(locked),
    );
  } finally {
    chmodSync(dir, 0o700);
  }
});

test('a database path under a regular file fails with a message naming it', () => {
  const path = join('/dev/null', 'warta.db');
  assert.throws(
    () => new SqliteStore({ path }),
    (e: Error) => e instanceof StoreOpenError && e.message.includes(path),
  );
});

test('a store write started inside a transaction of the same store fails instead of waiting for itself', async () => {
  const store = new SqliteStore({ path: ':memory:' });
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

/** A database as the store left it before entities lost their document lists (migrations 001-002). */
function oldDatabase(path: string): void {
  const db = new Database(path);
  db.exec('CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  for (const name of ['001_init.sql', '002_feeds.sql']) {
    db.exec(readFileSync(join(REPO_DIR, 'src/store/sqlite/migrations', name), 'utf8'));
    db.prepare('INSERT INTO migrations VALUES (?, ?)').run(name, '2025-01-01T00:00:00Z');
  }
  const entity = {
    id: 'ent_dewi',
    name: 'Dewi Anggraeni Putri',
    type: 'PER',
    aliases: [{ alias: 'Bu Dewi', source: 'text' }],
    documents: ['doc_a', 'doc_b'],
  };
  db.prepare('INSERT INTO entities VALUES (?, ?, ?, ?)').run(
    entity.id,
    entity.name,
    entity.type,
    JSON.stringify(entity),
  );
  db.close();
}

test('opening an older database turns its entities into stored entities with a document count', async () => {
  const path = newPath();
  oldDatabase(path);
  const store = new SqliteStore({ path });
  try {
    assert.deepEqual(await store.entityCatalog(), [
      {
        id: 'ent_dewi',
        name: 'Dewi Anggraeni Putri',
        type: 'PER',
        aliases: [{ alias: 'Bu Dewi', source: 'text' }],
        documentCount: 2,
      },
    ]);
    const found = await store.listEntities({ q: 'bu dewi' });
    assert.equal(found.total, 1, 'the old aliases are searchable');
    assert.equal(found.items[0]?.documentCount, 2);
  } finally {
    await store.close();
  }
});

/** Writes cluster rows as the cluster stage leaves them (its own tests cover how it computes them). */
interface ClusterRow {
  kind: string;
  id: string;
  body: unknown;
  sortKey: string;
  latest: string;
}

function writeClusterRows(
  path: string,
  rows: ClusterRow[],
  claimDocuments: [string, string][] = [],
): void {
  const db = new Database(path);
  const insert = db.prepare('INSERT INTO clusters (kind, id, body, sort_key, latest) VALUES (?, ?, ?, ?, ?)');
  for (const row of rows) insert.run(row.kind, row.id, JSON.stringify(row.body), row.sortKey, row.latest);
  const link = db.prepare('INSERT INTO claim_documents (claim_id, document_id) VALUES (?, ?)');
  for (const [claim, document] of claimDocuments) link.run(claim, document);
  db.close();
}

function storyline(id: string, events: string[]): Storyline {
  return {
    id,
    title: id,
    events,
    entities: [],
    evidence: events.map((event, i) => ({
      event,
      linkedTo: i === 0 ? null : (events[i - 1] ?? null),
      sharedEntities: i === 0 ? [] : ['Lembah Sari'],
      topicSimilarity: i === 0 ? 1 : 0.4,
    })),
  };
}

function event(id: string, date: string | null): NewsEvent {
  return { id, title: id, date, documents: [], entities: [], evidence: [] };
}

/** An event is sorted and dated by its date. */
function eventRow(body: NewsEvent): ClusterRow {
  return { kind: 'event', id: body.id, body, sortKey: body.date ?? '', latest: body.date ?? '' };
}

function claim(id: string, documents: string[]): Claim {
  return {
    id,
    subject: id,
    unit: 'people',
    figures: documents.map((document) => ({
      document,
      text: '1.200 warga',
      value: 1200,
      qualifier: 'about',
      start: 0,
      end: 5,
    })),
    consistent: true,
    reasoning: 'one figure',
  };
}

test('storylines sort by size or by their latest event; events newest first; claims found by document', async () => {
  const path = newPath();
  const store = new SqliteStore({ path });
  try {
    const big = storyline('sty_big', ['evt_1', 'evt_2', 'evt_3']);
    const fresh = storyline('sty_fresh', ['evt_4']);
    const undated = storyline('sty_undated', ['evt_5']);
    writeClusterRows(
      path,
      [
        eventRow(event('evt_1', '2025-01-02')),
        eventRow(event('evt_4', '2025-03-09')),
        eventRow(event('evt_5', null)),
        { kind: 'storyline', id: big.id, body: big, sortKey: '00000003', latest: '2025-02-01' },
        { kind: 'storyline', id: fresh.id, body: fresh, sortKey: '00000001', latest: '2025-03-09' },
        { kind: 'storyline', id: undated.id, body: undated, sortKey: '00000001', latest: '' },
        { kind: 'claim', id: 'clm_a', body: claim('clm_a', ['doc_1', 'doc_2']), sortKey: '00000002', latest: '' },
        { kind: 'claim', id: 'clm_b', body: claim('clm_b', ['doc_3']), sortKey: '00000001', latest: '' },
      ],
      [
        ['clm_a', 'doc_1'],
        ['clm_a', 'doc_2'],
        ['clm_b', 'doc_3'],
      ],
    );
    const ids = (items: { id: string }[]): string[] => items.map((item) => item.id);
    const storylineIds = async (sort: 'size' | 'recent') => ids(await store.storylines({ sort }));
    assert.deepEqual(await storylineIds('size'), ['sty_big', 'sty_fresh', 'sty_undated']);
    assert.deepEqual(await storylineIds('recent'), ['sty_fresh', 'sty_big', 'sty_undated']);
    assert.deepEqual(ids(await store.storylines({ sort: 'recent', limit: 1, offset: 1 })), ['sty_big']);
    assert.deepEqual((await store.getStoryline('sty_big'))?.evidence, big.evidence, 'evidence is kept');
    assert.deepEqual(ids(await store.events()), ['evt_4', 'evt_1', 'evt_5']);
    assert.deepEqual(
      ids(await store.claimsOfDocuments(['doc_2', 'doc_1', 'doc_3'])),
      ['clm_a', 'clm_b'],
      'a claim with two of the documents comes once',
    );
    assert.deepEqual(ids(await store.claimsOfDocuments(['doc_9'])), []);
  } finally {
    await store.close();
  }
});
