import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { SqliteStore, StoreOpenError } from '../../src/store/sqlite/sqlite-store.ts';
import { storeContract } from './store-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'warta-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeContract('sqlite in memory', () => new SqliteStore({ path: ':memory:' }));
storeContract('sqlite file', () => new SqliteStore({ path: join(dir, `store-${++n}.db`) }));

test('a file store keeps documents across reopen', () => {
  const path = join(dir, 'reopen.db');
  const first = new SqliteStore({ path });
  first.addFeed('https://example.test/a');
  first.close();
  const second = new SqliteStore({ path });
  assert.equal(second.feeds().length, 1);
  second.close();
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
