import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StoreFaultError, StoreOpenError } from '../../src/store/errors.ts';
import { storageFault } from '../../src/store/sqlite/storage-faults.ts';

const driverError = (code: string, message: string) => Object.assign(new Error(message), { code });

test('storage faults become one line naming the database; other errors pass through', () => {
  const cases: [string, RegExp][] = [
    ['SQLITE_FULL', /the disk is full/],
    ['SQLITE_READONLY', /read-only/],
    ['SQLITE_BUSY', /locked by another process/],
    ['SQLITE_CORRUPT', /damaged/],
    ['SQLITE_NOTADB', /damaged/],
  ];
  for (const [code, meaning] of cases) {
    const fault = storageFault(driverError(code, 'driver words'), '/data/warta.db');
    assert.ok(fault instanceof StoreFaultError && fault instanceof StoreOpenError, code);
    assert.match(fault.message, /^database \/data\/warta\.db: /);
    assert.match(fault.message, meaning);
    assert.match(fault.message, /\(driver words\)$/);
    assert.ok(!fault.message.includes('\n'));
  }
  const other = new TypeError('a bug');
  assert.equal(storageFault(other, '/data/warta.db'), other);
});
