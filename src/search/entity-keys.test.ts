import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityKeys } from './entity-keys.ts';

test('an entity is keyed by its folded names, its own spelling first, and by the longer words of its names', () => {
  const keys = entityKeys({
    name: 'Vladimir Putin',
    aliases: [{ alias: 'Putin' }, { alias: 'VLADIMIR PUTIN' }, { alias: 'Vladímir Putin' }],
  });
  assert.deepEqual(keys, [
    { key: 'vladimir putin', whole: true, display: 'Vladimir Putin' },
    { key: 'putin', whole: true, display: 'Putin' },
    { key: 'vladimir', whole: false, display: 'Vladimir' },
  ]);
});
