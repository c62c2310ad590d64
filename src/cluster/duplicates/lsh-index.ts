import { mix32 } from '../hashing.ts';
import { SIGNATURE_LENGTH } from './minhash.ts';

/**
 * Locality-sensitive hashing over MinHash signatures: the signature is cut into bands of rows;
 * two documents become candidates when all rows of one band agree. With 32 bands of 4 rows, a
 * pair at Jaccard 0.5 is found with probability 0.87, at 0.8 with probability 1 − 10⁻⁹.
 */
export class LshIndex {
  /** Per band: key → one item (most buckets) or the list of items, newest last. */
  private readonly buckets: Map<number, number | number[]>[];
  private readonly rows: number;

  constructor(
    readonly bands = 32,
    /** Entries read per bucket, newest first: bounds the work of a lookup (any copy stands for its group). */
    private readonly bucketCap = 16,
  ) {
    if (SIGNATURE_LENGTH % bands !== 0) {
      throw new Error(`LSH bands must divide the signature length ${SIGNATURE_LENGTH}, got ${bands}`);
    }
    this.rows = SIGNATURE_LENGTH / bands;
    this.buckets = Array.from({ length: bands }, () => new Map());
  }

  private bandKey(signature: Uint32Array, band: number): number {
    let key = band;
    for (let row = band * this.rows; row < (band + 1) * this.rows; row++)
      key = mix32(key ^ signature[row]!) + row;
    return key >>> 0;
  }

  /** One key per band, the band folded in (`band · 2³² + key`): unique across bands, for a store. */
  bandKeys(signature: Uint32Array): number[] {
    return Array.from({ length: this.bands }, (_, band) => band * 2 ** 32 + this.bandKey(signature, band));
  }

  add(signature: Uint32Array, item: number): void {
    for (let band = 0; band < this.bands; band++) {
      const key = this.bandKey(signature, band);
      const bucket = this.buckets[band]!;
      const found = bucket.get(key);
      if (found === undefined) bucket.set(key, item);
      else if (typeof found === 'number') bucket.set(key, [found, item]);
      else {
        found.push(item);
        if (found.length > this.bucketCap * 2) found.splice(0, found.length - this.bucketCap);
      }
    }
  }

  /** Removes items that `gone` rejects; buckets left empty disappear. */
  prune(gone: (item: number) => boolean): void {
    for (const bucket of this.buckets) {
      for (const [key, found] of bucket) {
        if (typeof found === 'number') {
          if (gone(found)) bucket.delete(key);
          continue;
        }
        const kept = found.filter((item) => !gone(item));
        if (kept.length === 0) bucket.delete(key);
        else if (kept.length === 1) bucket.set(key, kept[0]!);
        else if (kept.length < found.length) bucket.set(key, kept);
      }
    }
  }

  /** Items sharing at least one band with `signature`, with the number of shared bands. */
  candidates(signature: Uint32Array): Map<number, number> {
    const found = new Map<number, number>();
    for (let band = 0; band < this.bands; band++) {
      const bucket = this.buckets[band]!.get(this.bandKey(signature, band));
      if (bucket === undefined) continue;
      const list = typeof bucket === 'number' ? [bucket] : bucket;
      for (let index = list.length - 1, seen = 0; index >= 0 && seen < this.bucketCap; index--, seen++) {
        const item = list[index]!;
        found.set(item, (found.get(item) ?? 0) + 1);
      }
    }
    return found;
  }
}
