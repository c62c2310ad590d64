import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoWeek, referenceFrom } from './reference.ts';

describe('referenceFrom', () => {
  it('keeps only the precision the publication date has', () => {
    const at = (value: string) => referenceFrom({ value, evidence: value, inferred: false });
    assert.deepEqual(at('2025'), { year: 2025 });
    assert.deepEqual(at('2025-07'), { year: 2025, month: 7 });
    assert.deepEqual(at('2025-08-15T13:12'), { year: 2025, month: 8, day: 15 });
    assert.equal(referenceFrom(null), null);
    assert.equal(at('kemarin'), null);
  });
});

describe('isoWeek', () => {
  it('numbers weeks the ISO way, across year ends', () => {
    assert.equal(isoWeek(2025, 8, 8), '2025-W32');
    assert.equal(isoWeek(2021, 1, 3), '2020-W53');
    assert.equal(isoWeek(2024, 12, 30), '2025-W01');
    assert.equal(isoWeek(2017, 9, 21), '2017-W38');
  });
});
