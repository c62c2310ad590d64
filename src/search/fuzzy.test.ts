import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowedEdits, editDistance, trigrams } from './fuzzy.ts';

test('edit distance counts a swap of neighbours as one edit and stops past the bound', () => {
  assert.equal(editDistance('valdimir', 'vladimir', 2), 1);
  assert.equal(editDistance('puttin', 'putin', 1), 1);
  assert.equal(editDistance('putin', 'putin', 1), 0);
  assert.equal(editDistance('jokowi', 'prabowo', 2), 3, 'beyond the bound it answers bound + 1');
  assert.equal(editDistance('korut', 'korsel', 1), 2);
});

test('short names get no typo allowance; long ones two edits', () => {
  assert.deepEqual(['as', 'kim', 'rusia', 'pyongyang'].map(allowedEdits), [0, 0, 1, 2]);
});

test('trigrams are padded like pg_trgm', () => {
  assert.deepEqual(trigrams('putin'), ['  p', ' pu', 'put', 'uti', 'tin', 'in ']);
});
