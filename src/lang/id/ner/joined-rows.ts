/**
 * Rows of the features that join two or three values (`l-1|l=di|jakarta`), keyed by the values'
 * indexes in one open-addressing table of typed arrays: the tagger looks up six of these per
 * token, and a `Map` lookup cost as much as all the rest of the token's scoring.
 */

/** No feature: the model has no weights for it. */
export const NO_ROW = -1;
/** Index of a value the model never saw. */
export const UNSEEN = -1;

const EMPTY_SLOT = -1;

function hash(a: number, b: number, c: number): number {
  let h =
    Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77) ^ Math.imul(c + 0x165667b1, 0xc2b2ae3d);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 13);
}

export class JoinedRows {
  private readonly keys: Int32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  /** `entries`: the value indexes (two or three) and the row of each feature. */
  constructor(
    private readonly arity: 2 | 3,
    entries: ReadonlyArray<{ values: readonly number[]; row: number }>,
  ) {
    let capacity = 16;
    while (capacity < entries.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.keys = new Int32Array(capacity * arity);
    this.rows = new Int32Array(capacity).fill(EMPTY_SLOT);
    for (const { values, row } of entries) this.insert(values[0]!, values[1]!, values[2] ?? 0, row);
  }

  /** Row of the feature joining values `a` and `b`, or NO_ROW. */
  pair(a: number, b: number): number {
    if (a === UNSEEN || b === UNSEEN) return NO_ROW;
    return this.find(a, b, 0);
  }

  /** Row of the feature joining values `a`, `b` and `c`, or NO_ROW. */
  triple(a: number, b: number, c: number): number {
    if (a === UNSEEN || b === UNSEEN || c === UNSEEN) return NO_ROW;
    return this.find(a, b, c);
  }

  private find(a: number, b: number, c: number): number {
    const { keys, rows, mask, arity } = this;
    for (let slot = hash(a, b, c) & mask; ; slot = (slot + 1) & mask) {
      const row = rows[slot]!;
      if (row === EMPTY_SLOT) return NO_ROW;
      const at = slot * arity;
      if (keys[at] === a && keys[at + 1] === b && (arity === 2 || keys[at + 2] === c)) return row;
    }
  }

  private insert(a: number, b: number, c: number, row: number): void {
    const { keys, rows, mask, arity } = this;
    let slot = hash(a, b, c) & mask;
    while (rows[slot] !== EMPTY_SLOT) slot = (slot + 1) & mask;
    const at = slot * arity;
    keys[at] = a;
    keys[at + 1] = b;
    if (arity === 3) keys[at + 2] = c;
    rows[slot] = row;
  }
}
