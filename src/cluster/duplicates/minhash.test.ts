import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DuplicateDetector } from './duplicate-detector.ts';
import {
  estimateJaccard,
  exactJaccard,
  minhashSignature,
  SIGNATURE_LENGTH,
  shingleHashes,
} from './minhash.ts';

const words = (text: string) => text.toLowerCase().split(/\s+/u).filter(Boolean);

const BASE =
  'the transport ministry said on monday that the new toll road linking the two cities will open next month ' +
  'after three years of construction and a dispute over land prices that delayed the work by almost a year ' +
  'officials expect about forty thousand vehicles a day once the road is fully open to traffic';
const EDITED = `${BASE} the ministry added that tariffs will be announced later`;
const OTHER =
  'heavy rain flooded dozens of villages in the east of the province on sunday forcing hundreds of families ' +
  'to leave their homes while rescuers used rubber boats to reach people trapped on rooftops';

describe('MinHash', () => {
  it('shingles five words at a time, distinct and sorted', () => {
    const shingles = shingleHashes(words('a b c d e f a b c d e'));
    assert.equal(shingles.length, 6);
    assert.deepEqual(
      [...shingles],
      [...shingles].sort((x, y) => x - y),
    );
    assert.equal(shingleHashes(words('too short')).length, 1);
    assert.equal(shingleHashes([]).length, 0);
  });

  it('gives the same signature on every run (fixed seeds)', () => {
    const shingles = shingleHashes(words(BASE));
    assert.equal(minhashSignature(shingles).length, SIGNATURE_LENGTH);
    assert.deepEqual(minhashSignature(shingles), minhashSignature(Uint32Array.from(shingles)));
  });

  it('estimates the Jaccard similarity of shingle sets', () => {
    const a = shingleHashes(words(BASE));
    const b = shingleHashes(words(EDITED));
    const exact = exactJaccard(a, b);
    assert.ok(exact > 0.7 && exact < 1, `exact ${exact}`);
    assert.ok(Math.abs(estimateJaccard(minhashSignature(a), minhashSignature(b)) - exact) < 0.15);
    assert.equal(exactJaccard(a, shingleHashes(words(OTHER))), 0);
    assert.ok(estimateJaccard(minhashSignature(a), minhashSignature(shingleHashes(words(OTHER)))) < 0.1);
  });
});

function input(id: string, text: string, day: number | null) {
  const shingles = shingleHashes(words(text));
  return {
    id,
    date: day === null ? null : { first: day, last: day },
    shingles,
    signature: minhashSignature(shingles),
  };
}

describe('DuplicateDetector', () => {
  it('marks a near-copy as a duplicate of the earlier document, verified exactly', () => {
    const detector = new DuplicateDetector();
    assert.equal(detector.add(input('a', BASE, 100)).duplicateOf, null);
    assert.equal(detector.add(input('b', OTHER, 100)).duplicateOf, null);
    const copy = detector.add(input('c', EDITED, 101));
    assert.equal(copy.duplicateOf, 'a');
    assert.equal(copy.verified, true);
    assert.ok((copy.jaccard ?? 0) > 0.7);
  });

  it('lets an earlier copy that arrives late become the original', () => {
    const detector = new DuplicateDetector();
    detector.add(input('late', EDITED, 105));
    const early = detector.add(input('early', BASE, 100));
    assert.equal(early.duplicateOf, null);
    assert.deepEqual(early.supersedes, ['late']);
    assert.equal(detector.add(input('third', `${BASE} more`, 103)).duplicateOf, 'early');
  });

  it('orders undated copies after dated ones and ties by id', () => {
    const detector = new DuplicateDetector();
    detector.add(input('b', BASE, null));
    assert.deepEqual(detector.add(input('a', EDITED, null)).supersedes, ['b']);
    assert.deepEqual(detector.add(input('z', `${BASE} x`, 50)).supersedes, ['a', 'b']);
  });
});
