import { EntryStore, FIELD, FIELD_COUNT, VECTOR } from './entry-store.ts';
import { exactSumsPossible } from './exact-sums.ts';
import { EDGE, viewToken } from './features.ts';
import type { NerModel } from './tagger.ts';
import { addRow, type JoinedContextRows, TokenEntryBuilder } from './token-entry.ts';

/**
 * Emission scores without feature strings: each distinct token's rows are found once (a
 * `TokenEntry`, kept in an `EntryStore`), and a sentence is scored from its tokens' entries. The
 * scores are bit-identical to summing the rows of `tokenFeatures` one by one, in its order: either
 * the rows are added in that order, or the model's weights make every sum exact (see
 * `exactSumsPossible`), and then a token's neighbour rows are added as the sums its entry keeps.
 */

/** `tokenFeatures` gives a token at most 9 + 7 affix + 19 context features. */
const MAX_FEATURES_PER_TOKEN = 35;

/** Distinct tokens kept; bounded so long runs cannot grow it forever. */
const TOKEN_CACHE_LIMIT = 100_000;

/** Entry id of the tokens beyond either end of the sentence. */
const EDGE_ID = 0;

export class TokenScorer {
  private readonly builder: TokenEntryBuilder;
  private readonly tagCount: number;
  private readonly weights: Float32Array;
  private readonly cache = new Map<string, number>();
  private readonly store: EntryStore;
  private readonly lastRow: number;
  private readonly joined: JoinedContextRows;
  /** Every sum of a token's rows is exact, so the order they are added in cannot change it. */
  private readonly exact: boolean;

  constructor(private readonly model: NerModel) {
    this.tagCount = model.tags.length;
    this.weights = model.weights;
    this.builder = new TokenEntryBuilder(model.features, model.weights, this.tagCount);
    this.store = new EntryStore(this.tagCount);
    const edgeView = { word: EDGE, lower: EDGE, shape: EDGE, capitalisation: EDGE, fine: EDGE, coarse: EDGE };
    this.store.add(this.builder.build(edgeView, false));
    this.lastRow = this.builder.lastRow;
    this.joined = this.builder.joinedContextRows;
    this.exact = exactSumsPossible(model.weights, MAX_FEATURES_PER_TOKEN);
  }

  /** Emission scores (tokens × tags) of one sentence. */
  emissionScores(tokens: readonly string[]): Float64Array {
    const tags = this.tagCount;
    const scores = new Float64Array(tokens.length * tags);
    const ids = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) ids[i] = this.entryId(tokens[i]!);
    const { vectors } = this.store;
    for (let i = 0; i < ids.length; i++) {
      const offset = i * tags;
      const base = ids[i]! * 3 * tags + VECTOR.wordScores * tags;
      for (let tag = 0; tag < tags; tag++) scores[offset + tag] = vectors[base + tag]!;
      if (this.exact) this.addNeighbourSums(ids, i, scores, offset);
      else this.addContextScores(ids, i, scores, offset);
    }
    return scores;
  }

  /** The rows of `contextFeatures(view, i)`; the neighbours' one-value rows as their entries' sums. */
  private addNeighbourSums(ids: Int32Array, i: number, into: Float64Array, offset: number): void {
    const { weights, tagCount: tags } = this;
    const { fields } = this.store;
    const before2 = idAt(ids, i - 2) * FIELD_COUNT;
    const before1 = idAt(ids, i - 1) * FIELD_COUNT;
    const current = ids[i]! * FIELD_COUNT;
    const after1 = idAt(ids, i + 1) * FIELD_COUNT;
    const after2 = idAt(ids, i + 2) * FIELD_COUNT;
    if (fields[before1 + FIELD.hasTowardNext])
      this.addVector(idAt(ids, i - 1), VECTOR.towardNext, into, offset);
    addRow(weights, tags, fields[before2 + FIELD.lowerBefore2], into, offset);
    if (fields[after1 + FIELD.hasTowardPrevious]) {
      this.addVector(idAt(ids, i + 1), VECTOR.towardPrevious, into, offset);
    }
    addRow(weights, tags, fields[after2 + FIELD.lowerAfter2], into, offset);
    this.addJoinedRows(before1, current, after1, into, offset);
    this.addEdgeRows(current, i, ids.length, into, offset);
  }

  private addVector(id: number, vector: number, into: Float64Array, offset: number): void {
    const tags = this.tagCount;
    const { vectors } = this.store;
    const base = id * 3 * tags + vector * tags;
    for (let tag = 0; tag < tags; tag++) into[offset + tag]! += vectors[base + tag]!;
  }

  /** `l-1|l`, `l|l+1`, `sh-1|sh|sh+1`, `g-1|g|g+1`, for entries at these field offsets. */
  private addJoinedRows(
    before1: number,
    current: number,
    after1: number,
    into: Float64Array,
    offset: number,
  ): void {
    const { weights, tagCount: tags, joined } = this;
    const { fields } = this.store;
    const lower = FIELD.lowerIndex;
    const shape = FIELD.shapeIndex;
    const coarse = FIELD.coarseIndex;
    const previousPair = joined.previousLowerPair.pair(fields[before1 + lower]!, fields[current + lower]!);
    addRow(weights, tags, previousPair, into, offset);
    const nextPair = joined.nextLowerPair.pair(fields[current + lower]!, fields[after1 + lower]!);
    addRow(weights, tags, nextPair, into, offset);
    const shapes = joined.shapeTriple.triple(
      fields[before1 + shape]!,
      fields[current + shape]!,
      fields[after1 + shape]!,
    );
    addRow(weights, tags, shapes, into, offset);
    const clusters = joined.coarseTriple.triple(
      fields[before1 + coarse]!,
      fields[current + coarse]!,
      fields[after1 + coarse]!,
    );
    addRow(weights, tags, clusters, into, offset);
  }

  private addEdgeRows(current: number, i: number, length: number, into: Float64Array, offset: number): void {
    const { weights, tagCount: tags } = this;
    const { fields } = this.store;
    if (i === 0) {
      addRow(weights, tags, fields[current + FIELD.firstShape], into, offset);
      addRow(weights, tags, fields[current + FIELD.firstCapitalisation], into, offset);
    }
    if (i === length - 1) addRow(weights, tags, this.lastRow, into, offset);
  }

  /** The rows of `contextFeatures(view, i)`, in its order. */
  private addContextScores(ids: Int32Array, i: number, into: Float64Array, offset: number): void {
    const { weights, tagCount: tags, joined } = this;
    const { fields } = this.store;
    const before2 = idAt(ids, i - 2) * FIELD_COUNT;
    const before1 = idAt(ids, i - 1) * FIELD_COUNT;
    const current = ids[i]! * FIELD_COUNT;
    const after1 = idAt(ids, i + 1) * FIELD_COUNT;
    const after2 = idAt(ids, i + 2) * FIELD_COUNT;
    const add = (row: number | undefined) => addRow(weights, tags, row, into, offset);
    const lower = FIELD.lowerIndex;
    const shape = FIELD.shapeIndex;
    const coarse = FIELD.coarseIndex;
    add(fields[before1 + FIELD.lowerBefore1]);
    add(fields[before2 + FIELD.lowerBefore2]);
    add(fields[after1 + FIELD.lowerAfter1]);
    add(fields[after2 + FIELD.lowerAfter2]);
    add(fields[before1 + FIELD.wordBefore]);
    add(fields[after1 + FIELD.wordAfter]);
    add(joined.previousLowerPair.pair(fields[before1 + lower]!, fields[current + lower]!));
    add(joined.nextLowerPair.pair(fields[current + lower]!, fields[after1 + lower]!));
    add(fields[before1 + FIELD.shapeBefore]);
    add(fields[after1 + FIELD.shapeAfter]);
    add(
      joined.shapeTriple.triple(fields[before1 + shape]!, fields[current + shape]!, fields[after1 + shape]!),
    );
    add(fields[before1 + FIELD.capitalisationBefore]);
    add(fields[after1 + FIELD.capitalisationAfter]);
    add(fields[before1 + FIELD.fineBefore]);
    add(fields[after1 + FIELD.fineAfter]);
    add(
      joined.coarseTriple.triple(
        fields[before1 + coarse]!,
        fields[current + coarse]!,
        fields[after1 + coarse]!,
      ),
    );
    this.addEdgeRows(current, i, ids.length, into, offset);
  }

  private entryId(token: string): number {
    let id = this.cache.get(token);
    if (id === undefined) {
      if (this.cache.size >= TOKEN_CACHE_LIMIT) {
        this.cache.clear();
        this.store.truncate(EDGE_ID + 1);
      }
      id = this.store.add(this.builder.build(viewToken(token, this.model.resources)));
      this.cache.set(token, id);
    }
    return id;
  }
}

/** Bounds checked by hand: reading outside a typed array (a negative index above all) is slow. */
function idAt(ids: Int32Array, i: number): number {
  return i >= 0 && i < ids.length ? ids[i]! : EDGE_ID;
}
