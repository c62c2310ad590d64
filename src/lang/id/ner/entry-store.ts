import type { TokenEntry } from './token-entry.ts';

/**
 * Every token entry the scorer keeps, side by side in two typed arrays (its numbers in `fields`,
 * its three score vectors in `vectors`) rather than as objects: scoring a sentence reads five
 * entries per token, and objects scattered over the heap made those reads wait on memory.
 */

/** The slots of an entry's row in `fields`. */
export const FIELD = {
  lowerIndex: 0,
  shapeIndex: 1,
  coarseIndex: 2,
  lowerBefore1: 3,
  lowerBefore2: 4,
  wordBefore: 5,
  shapeBefore: 6,
  capitalisationBefore: 7,
  fineBefore: 8,
  lowerAfter1: 9,
  lowerAfter2: 10,
  wordAfter: 11,
  shapeAfter: 12,
  capitalisationAfter: 13,
  fineAfter: 14,
  firstShape: 15,
  firstCapitalisation: 16,
  /** 1 when the entry has rows toward the next (previous) token, so its vector is added. */
  hasTowardNext: 17,
  hasTowardPrevious: 18,
} as const;

export const FIELD_COUNT = 19;

/** Where an entry's vectors start in its row of `vectors`, in tags. */
export const VECTOR = { wordScores: 0, towardNext: 1, towardPrevious: 2 } as const;

export class EntryStore {
  fields: Int32Array;
  vectors: Float64Array;
  private count = 0;

  constructor(private readonly tagCount: number) {
    this.fields = new Int32Array(1024 * FIELD_COUNT);
    this.vectors = new Float64Array(1024 * 3 * tagCount);
  }

  /** Stores an entry; returns its id. */
  add(entry: TokenEntry): number {
    const id = this.count++;
    if (this.count * FIELD_COUNT > this.fields.length) this.grow();
    const at = id * FIELD_COUNT;
    const { fields } = this;
    fields[at + FIELD.lowerIndex] = entry.lowerIndex;
    fields[at + FIELD.shapeIndex] = entry.shapeIndex;
    fields[at + FIELD.coarseIndex] = entry.coarseIndex;
    fields[at + FIELD.lowerBefore1] = entry.lowerBefore1;
    fields[at + FIELD.lowerBefore2] = entry.lowerBefore2;
    fields[at + FIELD.wordBefore] = entry.wordBefore;
    fields[at + FIELD.shapeBefore] = entry.shapeBefore;
    fields[at + FIELD.capitalisationBefore] = entry.capitalisationBefore;
    fields[at + FIELD.fineBefore] = entry.fineBefore;
    fields[at + FIELD.lowerAfter1] = entry.lowerAfter1;
    fields[at + FIELD.lowerAfter2] = entry.lowerAfter2;
    fields[at + FIELD.wordAfter] = entry.wordAfter;
    fields[at + FIELD.shapeAfter] = entry.shapeAfter;
    fields[at + FIELD.capitalisationAfter] = entry.capitalisationAfter;
    fields[at + FIELD.fineAfter] = entry.fineAfter;
    fields[at + FIELD.firstShape] = entry.firstShape;
    fields[at + FIELD.firstCapitalisation] = entry.firstCapitalisation;
    fields[at + FIELD.hasTowardNext] = entry.towardNext ? 1 : 0;
    fields[at + FIELD.hasTowardPrevious] = entry.towardPrevious ? 1 : 0;
    const base = id * 3 * this.tagCount;
    this.vectors.set(entry.wordScores, base + VECTOR.wordScores * this.tagCount);
    if (entry.towardNext) this.vectors.set(entry.towardNext, base + VECTOR.towardNext * this.tagCount);
    if (entry.towardPrevious)
      this.vectors.set(entry.towardPrevious, base + VECTOR.towardPrevious * this.tagCount);
    return id;
  }

  /** Forgets every entry from `count` on. */
  truncate(count: number): void {
    this.count = count;
    this.vectors.fill(0, count * 3 * this.tagCount);
  }

  private grow(): void {
    const fields = new Int32Array(this.fields.length * 2);
    fields.set(this.fields);
    const vectors = new Float64Array(this.vectors.length * 2);
    vectors.set(this.vectors);
    this.fields = fields;
    this.vectors = vectors;
  }
}
