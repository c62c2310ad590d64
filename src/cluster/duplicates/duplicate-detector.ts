import type { DayRange } from '../calendar-days.ts';
import { LshIndex } from './lsh-index.ts';
import { estimateJaccard, exactJaccard } from './minhash.ts';

export interface DuplicateOptions {
  /** Jaccard similarity of word 5-shingle sets from which two texts count as one (syndicated) copy. */
  threshold: number;
  /** Recent documents whose shingle sets stay in memory, so that estimates can be verified exactly. */
  exactCacheSize: number;
}

/** Neighbours checked per document, those sharing the most LSH bands first: bounds the cost. */
const VERIFIED_NEIGHBOURS = 16;

export const DEFAULT_DUPLICATE_OPTIONS: DuplicateOptions = { threshold: 0.6, exactCacheSize: 20_000 };

export interface DuplicateInput {
  id: string;
  date: DayRange | null;
  shingles: Uint32Array;
  /** MinHash signature of `shingles` (see minhash.ts). */
  signature: Uint32Array;
}

export interface DuplicateResult {
  /** The earliest document (by date, then id) of the copy group, or null when the text is new. */
  duplicateOf: string | null;
  /** Jaccard similarity with the closest stored copy (exact when `verified`), or null. */
  jaccard: number | null;
  verified: boolean;
  /** Stored documents that now turn out to be later copies of this earlier one. */
  supersedes: string[];
  /** Stored documents sharing an LSH band, with the number of shared bands (candidates for events). */
  neighbours: Map<number, number>;
}

const FORGOTTEN = new Uint32Array(0);

interface Stored {
  id: string;
  order: number;
  signature: Uint32Array;
  root: number;
}

/** Earlier sorts first: dated before undated, then by day, then by id. */
function isEarlier(a: Stored, b: Stored): boolean {
  if (a.order !== b.order) return a.order < b.order;
  return a.id < b.id;
}

/**
 * Finds near-duplicates online: MinHash signatures, LSH bands for candidates, the signature
 * estimate as a first filter and the exact shingle Jaccard (for recent documents) to confirm.
 */
export class DuplicateDetector {
  private readonly stored: Stored[] = [];
  private readonly lsh = new LshIndex();
  private readonly shingleCache = new Map<number, Uint32Array>();
  private readonly groups = new Map<number, number[]>();
  private readonly options: DuplicateOptions;

  constructor(options: Partial<DuplicateOptions> = {}) {
    this.options = { ...DEFAULT_DUPLICATE_OPTIONS, ...options };
  }

  signatureOf(item: number): Uint32Array {
    return this.stored[item]!.signature;
  }

  idOf(item: number): string {
    return this.stored[item]!.id;
  }

  /** Adds the document as item number `this.size` and reports what it duplicates. */
  add(doc: DuplicateInput): DuplicateResult {
    const item = this.stored.length;
    const signature = doc.signature;
    const order = doc.date ? doc.date.first : Number.MAX_SAFE_INTEGER;
    const self: Stored = { id: doc.id, order, signature, root: item };
    const neighbours = this.lsh.candidates(signature);
    const match = this.closest(doc.shingles, signature, neighbours);
    this.stored.push(self);
    this.lsh.add(signature, item);
    this.remember(item, doc.shingles);
    if (!match) {
      this.groups.set(item, [item]);
      return { duplicateOf: null, jaccard: null, verified: false, supersedes: [], neighbours };
    }
    const root = this.stored[match.item]!.root;
    if (isEarlier(this.stored[root]!, self)) {
      self.root = root;
      this.groups.get(root)!.push(item);
      return { duplicateOf: this.stored[root]!.id, ...match, supersedes: [], neighbours };
    }
    const members = this.groups.get(root)!;
    this.groups.delete(root);
    for (const member of members) this.stored[member]!.root = item;
    this.groups.set(item, [item, ...members]);
    const supersedes = members.map((member) => this.stored[member]!.id);
    return { duplicateOf: null, jaccard: match.jaccard, verified: match.verified, supersedes, neighbours };
  }

  /** The LSH keys of a signature, as a store files them. */
  bandKeys(signature: Uint32Array): number[] {
    return this.lsh.bandKeys(signature);
  }

  /** Holds a place for a document known only by id (aligned with the event index); never matched. */
  adoptPlaceholder(id: string): number {
    const item = this.stored.length;
    this.stored.push({ id, order: Number.MAX_SAFE_INTEGER, signature: FORGOTTEN, root: item });
    return item;
  }

  /** Fills a placeholder with a document read back from a store, in the copy group of `rootItem`. */
  fill(item: number, doc: DuplicateInput, rootItem: number | null): void {
    const stored = this.stored[item]!;
    if (stored.signature !== FORGOTTEN) return;
    stored.order = doc.date ? doc.date.first : Number.MAX_SAFE_INTEGER;
    stored.signature = doc.signature;
    const root = rootItem ?? item;
    stored.root = root;
    this.lsh.add(doc.signature, item);
    if (doc.shingles.length > 0) this.remember(item, doc.shingles);
    const group = this.groups.get(root);
    if (group) {
      if (!group.includes(item)) group.push(item);
    } else this.groups.set(root, root === item ? [item] : [root, item]);
  }

  /**
   * Takes in a document matched in an earlier batch (read back from a store) as the next item,
   * in the copy group of `rootItem` (itself when it is the earliest copy, or when its root is not
   * held). Its bands go into the LSH index so later documents find it.
   */
  adopt(doc: DuplicateInput, rootItem: number | null): number {
    const item = this.stored.length;
    const order = doc.date ? doc.date.first : Number.MAX_SAFE_INTEGER;
    const root = rootItem ?? item;
    this.stored.push({ id: doc.id, order, signature: doc.signature, root });
    this.lsh.add(doc.signature, item);
    if (doc.shingles.length > 0) this.remember(item, doc.shingles);
    const group = this.groups.get(root);
    if (group) group.push(item);
    else this.groups.set(root, [item]);
    return item;
  }

  /** Forgets the given items (retention): they are never matched again and their memory is freed. */
  forget(items: readonly number[]): void {
    if (items.length === 0) return;
    const gone = new Set(items);
    for (const item of items) {
      this.stored[item]!.signature = FORGOTTEN;
      this.shingleCache.delete(item);
    }
    this.lsh.prune((item) => gone.has(item) || this.stored[item]!.signature === FORGOTTEN);
  }

  get size(): number {
    return this.stored.length;
  }

  private remember(item: number, shingles: Uint32Array): void {
    this.shingleCache.set(item, shingles);
    if (this.shingleCache.size > this.options.exactCacheSize) {
      const oldest = this.shingleCache.keys().next().value;
      if (oldest !== undefined) this.shingleCache.delete(oldest);
    }
  }

  private closest(
    shingles: Uint32Array,
    signature: Uint32Array,
    neighbours: Map<number, number>,
  ): { item: number; jaccard: number; verified: boolean } | null {
    let best: { item: number; jaccard: number; verified: boolean } | null = null;
    const margin = 0.1;
    const mostBandsFirst = [...neighbours]
      .sort((a, b) => b[1] - a[1] || b[0] - a[0])
      .slice(0, VERIFIED_NEIGHBOURS);
    for (const [item] of mostBandsFirst) {
      if (this.stored[item]!.signature === FORGOTTEN) continue;
      const estimate = estimateJaccard(signature, this.stored[item]!.signature);
      if (estimate < this.options.threshold - margin) continue;
      const cached = this.shingleCache.get(item);
      const jaccard = cached ? exactJaccard(shingles, cached) : estimate;
      if (jaccard < this.options.threshold) continue;
      if (!best || jaccard > best.jaccard) best = { item, jaccard, verified: cached !== undefined };
    }
    return best;
  }
}
