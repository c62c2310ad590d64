import { hashString32, mix32 } from '../hashing.ts';

/** How many hash functions a signature holds; bands × rows must equal it. */
export const SIGNATURE_LENGTH = 128;
export const SHINGLE_WORDS = 5;

/** Fixed seeds, one per hash function, so that signatures are comparable across runs and machines. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(SIGNATURE_LENGTH);
  let state = 0x9e3779b9;
  for (let index = 0; index < SIGNATURE_LENGTH; index++) {
    state = mix32(state + 0x6d2b79f5);
    seeds[index] = state;
  }
  return seeds;
})();

/**
 * Distinct hashes of the word `SHINGLE_WORDS`-grams of `words` (already lower-cased), sorted.
 * A text shorter than one shingle gives one shingle of all its words.
 */
export function shingleHashes(words: readonly string[]): Uint32Array {
  const hashes = new Set<number>();
  const last = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let index = 0; index < last; index++) {
    hashes.add(hashString32(words.slice(index, index + SHINGLE_WORDS).join(' ')));
  }
  if (words.length === 0) hashes.clear();
  return Uint32Array.from(hashes).sort();
}

/** The MinHash signature: for each seeded hash function, the least value over the shingles. */
export function minhashSignature(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  const seeds = SEEDS;
  for (let s = 0; s < shingles.length; s++) {
    const shingle = shingles[s]!;
    for (let index = 0; index < SIGNATURE_LENGTH; index++) {
      // mix32 inlined: this loop runs 128 times per shingle and dominates the cost of a document.
      let hash = (shingle ^ seeds[index]!) >>> 0;
      hash ^= hash >>> 16;
      hash = Math.imul(hash, 0x85ebca6b);
      hash ^= hash >>> 13;
      hash = Math.imul(hash, 0xc2b2ae35);
      hash ^= hash >>> 16;
      hash >>>= 0;
      if (hash < signature[index]!) signature[index] = hash;
    }
  }
  return signature;
}

/** Share of agreeing positions: an unbiased estimate of the Jaccard similarity of the shingle sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let index = 0; index < SIGNATURE_LENGTH; index++) if (a[index] === b[index]) same++;
  return same / SIGNATURE_LENGTH;
}

/** Exact Jaccard similarity of two sorted sets of shingle hashes. */
export function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}
