import { FeatureTables, NO_ROW, type TemplateLayout } from './feature-tables.ts';
import type { TokenView } from './features.ts';
import type { JoinedRows } from './joined-rows.ts';

/**
 * What the tagger needs of one distinct token, found once: the indexes of its values, the summed
 * weights of its word-only features, and the model rows of the context features it takes part in.
 * Every row is found from the token's values through `FeatureTables`, never by building a feature
 * string; the templates mirror `wordFeatures` and `contextFeatures` in `features.ts`
 * (token-scores.test.ts checks that the scores are identical).
 */

const SINGLE = [
  'w',
  'l',
  'sh',
  'len',
  'c',
  'g',
  'p1',
  'p2',
  'p3',
  's1',
  's2',
  's3',
  's4',
  'l-1',
  'l-2',
  'l+1',
  'l+2',
  'w-1',
  'w+1',
  'sh-1',
  'sh+1',
  'cap-1',
  'cap+1',
  'c-1',
  'c+1',
  'first|sh',
  'first|cap',
] as const;
const PAIRS = ['cap', 'c|sh', 'l-1|l', 'l|l+1'] as const;
const TRIPLES = ['sh-1|sh|sh+1', 'g-1|g|g+1'] as const;

/** The templates of `features.ts`. */
export const TEMPLATE_LAYOUT: TemplateLayout = {
  single: SINGLE,
  pairs: PAIRS,
  triples: TRIPLES,
  bare: ['b', 'last'],
};

function slots<T extends string>(templates: readonly T[]): Record<T, number> {
  return Object.fromEntries(templates.map((template, slot) => [template, slot])) as Record<T, number>;
}

const ONE = slots(SINGLE);
const TWO = slots(PAIRS);
const THREE = slots(TRIPLES);
const PREFIX_SLOTS = [-1, ONE.p1, ONE.p2, ONE.p3];
const SUFFIX_SLOTS = [-1, ONE.s1, ONE.s2, ONE.s3, ONE.s4];

export interface TokenEntry {
  /** Indexes of its values in the feature tables (UNSEEN when the model never saw them). */
  lowerIndex: number;
  shapeIndex: number;
  coarseIndex: number;
  /** Summed weights of the word-only features, per tag. */
  wordScores: Float64Array;
  /** Rows of the features this token gives the token after it (`l-1`, `w-1`, …) or two after (`l-2`). */
  lowerBefore1: number;
  lowerBefore2: number;
  wordBefore: number;
  shapeBefore: number;
  capitalisationBefore: number;
  fineBefore: number;
  /** Rows of the features this token gives the token before it (`l+1`, …) or two before (`l+2`). */
  lowerAfter1: number;
  lowerAfter2: number;
  wordAfter: number;
  shapeAfter: number;
  capitalisationAfter: number;
  fineAfter: number;
  /** Its rows as the first token of a sentence. */
  firstShape: number;
  firstCapitalisation: number;
  /** The rows it gives the token after it (`l-1`, `w-1`, `sh-1`, `cap-1`, `c-1`), summed; null when none. */
  towardNext: Float64Array | null;
  /** The rows it gives the token before it (`l+1`, `w+1`, `sh+1`, `cap+1`, `c+1`), summed. */
  towardPrevious: Float64Array | null;
}

/** The joined context templates, for the scorer to look up with its neighbours' indexes. */
export interface JoinedContextRows {
  previousLowerPair: JoinedRows;
  nextLowerPair: JoinedRows;
  shapeTriple: JoinedRows;
  coarseTriple: JoinedRows;
}

export function addRow(
  weights: Float32Array,
  tagCount: number,
  row: number | undefined,
  into: Float64Array,
  offset: number,
): void {
  if (row === undefined || row === NO_ROW) return;
  const base = row * tagCount;
  for (let tag = 0; tag < tagCount; tag++) into[offset + tag]! += weights[base + tag]!;
}

/** Indexes of a token's values in the tables. */
interface ValueIndexes {
  word: number;
  lower: number;
  shape: number;
  capitalisation: number;
  fine: number;
  coarse: number;
}

export class TokenEntryBuilder {
  private readonly tables: FeatureTables;

  constructor(
    features: ReadonlyMap<string, number>,
    private readonly weights: Float32Array,
    private readonly tagCount: number,
  ) {
    this.tables = new FeatureTables(features, TEMPLATE_LAYOUT);
  }

  get lastRow(): number {
    return this.tables.bareRow('last');
  }

  build(view: TokenView, withWordScores = true): TokenEntry {
    const tables = this.tables;
    const word = tables.valueIndex(view.word);
    const lower = view.lower === view.word ? word : tables.valueIndex(view.lower);
    const values = {
      word,
      lower,
      shape: tables.valueIndex(view.shape),
      capitalisation: tables.valueIndex(view.capitalisation),
      fine: tables.valueIndex(view.fine),
      coarse: tables.valueIndex(view.coarse),
    };
    const entry: TokenEntry = {
      lowerIndex: lower,
      shapeIndex: values.shape,
      coarseIndex: values.coarse,
      wordScores: withWordScores ? this.wordScores(view, values) : new Float64Array(this.tagCount),
      lowerBefore1: tables.row(lower, ONE['l-1']),
      lowerBefore2: tables.row(lower, ONE['l-2']),
      wordBefore: tables.row(word, ONE['w-1']),
      shapeBefore: tables.row(values.shape, ONE['sh-1']),
      capitalisationBefore: tables.row(values.capitalisation, ONE['cap-1']),
      fineBefore: tables.row(values.fine, ONE['c-1']),
      lowerAfter1: tables.row(lower, ONE['l+1']),
      lowerAfter2: tables.row(lower, ONE['l+2']),
      wordAfter: tables.row(word, ONE['w+1']),
      shapeAfter: tables.row(values.shape, ONE['sh+1']),
      capitalisationAfter: tables.row(values.capitalisation, ONE['cap+1']),
      fineAfter: tables.row(values.fine, ONE['c+1']),
      firstShape: tables.row(values.shape, ONE['first|sh']),
      firstCapitalisation: tables.row(values.capitalisation, ONE['first|cap']),
      towardNext: null,
      towardPrevious: null,
    };
    entry.towardNext = this.sumRows([
      entry.lowerBefore1,
      entry.wordBefore,
      entry.shapeBefore,
      entry.capitalisationBefore,
      entry.fineBefore,
    ]);
    entry.towardPrevious = this.sumRows([
      entry.lowerAfter1,
      entry.wordAfter,
      entry.shapeAfter,
      entry.capitalisationAfter,
      entry.fineAfter,
    ]);
    return entry;
  }

  private sumRows(rows: readonly number[]): Float64Array | null {
    if (rows.every((row) => row === NO_ROW)) return null;
    const sum = new Float64Array(this.tagCount);
    for (const row of rows) addRow(this.weights, this.tagCount, row, sum, 0);
    return sum;
  }

  get joinedContextRows(): JoinedContextRows {
    return {
      previousLowerPair: this.tables.pairRows(TWO['l-1|l']),
      nextLowerPair: this.tables.pairRows(TWO['l|l+1']),
      shapeTriple: this.tables.tripleRows(THREE['sh-1|sh|sh+1']),
      coarseTriple: this.tables.tripleRows(THREE['g-1|g|g+1']),
    };
  }

  /** The rows of `wordFeatures`, summed in its order. */
  private wordScores(view: TokenView, values: ValueIndexes): Float64Array {
    const { tables, weights, tagCount } = this;
    const scores = new Float64Array(tagCount);
    const length = tables.valueIndex(String(Math.min(view.word.length, 8)));
    addRow(weights, tagCount, tables.bareRow('b'), scores, 0);
    addRow(weights, tagCount, tables.row(values.word, ONE.w), scores, 0);
    addRow(weights, tagCount, tables.row(values.lower, ONE.l), scores, 0);
    addRow(weights, tagCount, tables.row(values.shape, ONE.sh), scores, 0);
    addRow(weights, tagCount, tables.row(length, ONE.len), scores, 0);
    const shapeStart = tables.valueIndex(view.shape.charAt(0));
    addRow(weights, tagCount, tables.pairRows(TWO.cap).pair(values.capitalisation, shapeStart), scores, 0);
    addRow(weights, tagCount, tables.row(values.fine, ONE.c), scores, 0);
    addRow(weights, tagCount, tables.row(values.coarse, ONE.g), scores, 0);
    addRow(weights, tagCount, tables.pairRows(TWO['c|sh']).pair(values.fine, values.shape), scores, 0);
    const { lower } = view;
    for (let size = 1; size <= 4; size++) {
      if (lower.length <= size) break;
      if (size <= 3) {
        addRow(
          weights,
          tagCount,
          tables.row(tables.valueIndex(lower.slice(0, size)), PREFIX_SLOTS[size]!),
          scores,
          0,
        );
      }
      const suffix = tables.valueIndex(lower.slice(lower.length - size));
      addRow(weights, tagCount, tables.row(suffix, SUFFIX_SLOTS[size]!), scores, 0);
    }
    return scores;
  }
}
