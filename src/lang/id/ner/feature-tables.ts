import { JoinedRows, NO_ROW, UNSEEN } from './joined-rows.ts';

/**
 * The model's feature rows regrouped by value, so the tagger can find a feature's row from a
 * token's values instead of building the feature string (`l-1|l=di|jakarta`) and hashing it:
 * that string building was most of the tagging time. A value (a word, a shape, a cluster id) is
 * looked up once, as an index; its rows for every one-value template sit at fixed slots, and the
 * features joining several values are keyed by their indexes. Built once per model.
 */

export { NO_ROW, UNSEEN };

/** Which templates the tables hold, and how many `|`-joined values each reads. */
export interface TemplateLayout {
  /** Templates of one value, in slot order. */
  single: readonly string[];
  /** Templates joining two values (`cap=A|X`), in slot order. */
  pairs: readonly string[];
  /** Templates joining three values, in slot order. */
  triples: readonly string[];
  /** Templates without a value (`b`, `last`). */
  bare: readonly string[];
}

type JoinedEntries = Array<{ values: number[]; row: number }>;

export class FeatureTables {
  private readonly values = new Map<string, number>();
  /** `rows[value * single.length + slot]`: row of `template=value`, or NO_ROW; grown while read. */
  private rows = new Int32Array(1 << 16).fill(NO_ROW);
  private readonly pairs: JoinedRows[];
  private readonly triples: JoinedRows[];
  private readonly bareRows = new Map<string, number>();
  private readonly singleSlots: Map<string, number>;
  private readonly joinedSlots: Map<string, { arity: 2 | 3; entries: JoinedEntries }>;

  constructor(
    features: ReadonlyMap<string, number>,
    private readonly layout: TemplateLayout,
  ) {
    this.singleSlots = new Map(layout.single.map((template, slot) => [template, slot]));
    const pairEntries = layout.pairs.map((): JoinedEntries => []);
    const tripleEntries = layout.triples.map((): JoinedEntries => []);
    this.joinedSlots = new Map();
    layout.pairs.forEach((template, slot) => {
      this.joinedSlots.set(template, { arity: 2, entries: pairEntries[slot]! });
    });
    layout.triples.forEach((template, slot) => {
      this.joinedSlots.set(template, { arity: 3, entries: tripleEntries[slot]! });
    });
    for (const [feature, row] of features) {
      const equals = feature.indexOf('=');
      if (equals < 0) this.#addBare(feature, row);
      else this.#add(feature.slice(0, equals), feature.slice(equals + 1), row);
    }
    this.pairs = pairEntries.map((entries) => new JoinedRows(2, entries));
    this.triples = tripleEntries.map((entries) => new JoinedRows(3, entries));
  }

  /** The index of a value, or UNSEEN. */
  valueIndex(value: string): number {
    return this.values.get(value) ?? UNSEEN;
  }

  /** Row of `layout.single[slot]=value`. */
  row(value: number, slot: number): number {
    return value === UNSEEN ? NO_ROW : this.rows[value * this.layout.single.length + slot]!;
  }

  /** The rows of `layout.pairs[slot]`. */
  pairRows(slot: number): JoinedRows {
    return this.pairs[slot]!;
  }

  /** The rows of `layout.triples[slot]`. */
  tripleRows(slot: number): JoinedRows {
    return this.triples[slot]!;
  }

  bareRow(template: string): number {
    return this.bareRows.get(template) ?? NO_ROW;
  }

  #indexOf(value: string): number {
    let index = this.values.get(value);
    if (index === undefined) {
      index = this.values.size;
      this.values.set(value, index);
      const needed = this.values.size * this.layout.single.length;
      if (needed > this.rows.length) this.#growRows(needed);
    }
    return index;
  }

  #growRows(needed: number): void {
    let size = this.rows.length * 2;
    while (size < needed) size *= 2;
    const grown = new Int32Array(size).fill(NO_ROW);
    grown.set(this.rows);
    this.rows = grown;
  }

  #addBare(template: string, row: number): void {
    if (!this.layout.bare.includes(template)) throw unknownTemplate(template);
    this.bareRows.set(template, row);
  }

  #add(template: string, value: string, row: number): void {
    const single = this.singleSlots.get(template);
    if (single !== undefined) {
      // Index first: finding a new value may replace `this.rows` with a larger array.
      const at = this.#indexOf(value);
      this.rows[at * this.layout.single.length + single] = row;
      return;
    }
    const joined = this.joinedSlots.get(template);
    if (!joined) throw unknownTemplate(template);
    for (const parts of splitJoined(value, joined.arity)) {
      joined.entries.push({ values: parts.map((part) => this.#indexOf(part)), row });
    }
  }
}

/** A model whose features the tagger cannot read would tag wrongly without a word: refuse it. */
function unknownTemplate(template: string): Error {
  return new Error(`NER model: feature template "${template}" is unknown to the tagger`);
}

function barPositions(value: string): number[] {
  const positions: number[] = [];
  for (let at = value.indexOf('|'); at >= 0; at = value.indexOf('|', at + 1)) positions.push(at);
  return positions;
}

/**
 * Every way of reading a joined value as `arity` parts: a part may itself contain `|` (the token
 * `|`), and the string lookup this replaces matched exactly the parts whose join is the value.
 */
function splitJoined(value: string, arity: 2 | 3): string[][] {
  const bars = barPositions(value);
  if (arity === 2) return bars.map((bar) => [value.slice(0, bar), value.slice(bar + 1)]);
  const splits: string[][] = [];
  for (let first = 0; first < bars.length; first++) {
    for (let second = first + 1; second < bars.length; second++) {
      const a = bars[first]!;
      const b = bars[second]!;
      splits.push([value.slice(0, a), value.slice(a + 1, b), value.slice(b + 1)]);
    }
  }
  return splits;
}
