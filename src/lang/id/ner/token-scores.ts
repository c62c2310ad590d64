import { type FeatureTables, buildFeatureTables, type PairTable } from './feature-tables.ts';
import { EDGE, type TokenView, viewToken, wordFeatures } from './features.ts';
import type { NerModel } from './tagger.ts';

/**
 * Emission scores without feature strings. Everything the features of `contextFeatures` read
 * from one token is looked up once per distinct token and kept in a `TokenEntry`; a sentence is
 * then scored from its tokens' entries. Rows are added in the order `tokenFeatures` lists the
 * features, so the sums (and the tags) are bit-identical to scoring the feature strings.
 */

/** `-1` where the model has no such feature. */
const NONE = -1;

/** The `|`-joined context templates of `contextFeatures`, with how many values they join. */
const JOINED_TEMPLATES = new Map<string, 2 | 3>([
  ['l-1|l', 2],
  ['l|l+1', 2],
  ['sh-1|sh|sh+1', 3],
  ['g-1|g|g+1', 3],
]);

interface TokenEntry {
  view: TokenView;
  /** Summed weights of the word-only features (`wordFeatures`). */
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
  /** `l-1|l` rows with this token as the left one, by the next token's lower form. */
  lowerPairAsPrevious: Map<string, number> | undefined;
  /** `l|l+1` rows with this token as the left one. */
  lowerPairAsCurrent: Map<string, number> | undefined;
  /** `sh-1|sh|sh+1` and `g-1|g|g+1` rows with this token first. */
  shapeTriples: PairTable | undefined;
  coarseTriples: PairTable | undefined;
}

/** Distinct tokens kept; bounded so long runs cannot grow it forever. */
const TOKEN_CACHE_LIMIT = 100_000;

export class TokenScorer {
  private readonly tables: FeatureTables;
  private readonly tagCount: number;
  private readonly cache = new Map<string, TokenEntry>();
  private readonly edge: TokenEntry;
  private readonly lastRow: number;

  constructor(private readonly model: NerModel) {
    this.tables = buildFeatureTables(model.features, JOINED_TEMPLATES);
    this.tagCount = model.tags.length;
    const edgeView = { word: EDGE, lower: EDGE, shape: EDGE, capitalisation: EDGE, fine: EDGE, coarse: EDGE };
    this.edge = this.createEntry(edgeView, new Float64Array(this.tagCount));
    this.lastRow = this.tables.bare.get('last') ?? NONE;
  }

  /** Emission scores (tokens × tags) of one sentence. */
  emissionScores(tokens: readonly string[]): Float64Array {
    const scores = new Float64Array(tokens.length * this.tagCount);
    const entries = tokens.map((token) => this.entry(token));
    for (let i = 0; i < entries.length; i++) {
      scores.set(entries[i]!.wordScores, i * this.tagCount);
      this.addContextScores(entries, i, scores, i * this.tagCount);
    }
    return scores;
  }

  /** The rows of `contextFeatures(view, i)`, in its order. */
  private addContextScores(entries: TokenEntry[], i: number, into: Float64Array, offset: number): void {
    const before2 = this.entryAt(entries, i - 2);
    const before1 = this.entryAt(entries, i - 1);
    const current = entries[i]!;
    const after1 = this.entryAt(entries, i + 1);
    const after2 = this.entryAt(entries, i + 2);
    const { weights } = this.model;
    const tags = this.tagCount;
    addRow(weights, tags, before1.lowerBefore1, into, offset);
    addRow(weights, tags, before2.lowerBefore2, into, offset);
    addRow(weights, tags, after1.lowerAfter1, into, offset);
    addRow(weights, tags, after2.lowerAfter2, into, offset);
    addRow(weights, tags, before1.wordBefore, into, offset);
    addRow(weights, tags, after1.wordAfter, into, offset);
    addRow(weights, tags, before1.lowerPairAsPrevious?.get(current.view.lower), into, offset);
    addRow(weights, tags, current.lowerPairAsCurrent?.get(after1.view.lower), into, offset);
    addRow(weights, tags, before1.shapeBefore, into, offset);
    addRow(weights, tags, after1.shapeAfter, into, offset);
    addRow(weights, tags, before1.shapeTriples?.get(current.view.shape)?.get(after1.view.shape), into, offset);
    addRow(weights, tags, before1.capitalisationBefore, into, offset);
    addRow(weights, tags, after1.capitalisationAfter, into, offset);
    addRow(weights, tags, before1.fineBefore, into, offset);
    addRow(weights, tags, after1.fineAfter, into, offset);
    addRow(weights, tags, before1.coarseTriples?.get(current.view.coarse)?.get(after1.view.coarse), into, offset);
    if (i === 0) {
      addRow(weights, tags, current.firstShape, into, offset);
      addRow(weights, tags, current.firstCapitalisation, into, offset);
    }
    if (i === entries.length - 1) addRow(weights, tags, this.lastRow, into, offset);
  }

  /** Bounds checked by hand: reading outside a JS array (a negative index above all) is slow. */
  private entryAt(entries: TokenEntry[], i: number): TokenEntry {
    return i >= 0 && i < entries.length ? entries[i]! : this.edge;
  }

  private entry(token: string): TokenEntry {
    let entry = this.cache.get(token);
    if (!entry) {
      const view = viewToken(token, this.model.resources);
      entry = this.createEntry(view, this.wordScores(view));
      if (this.cache.size >= TOKEN_CACHE_LIMIT) this.cache.clear();
      this.cache.set(token, entry);
    }
    return entry;
  }

  private wordScores(view: TokenView): Float64Array {
    const scores = new Float64Array(this.tagCount);
    const sentence = {
      words: [view.word],
      lower: [view.lower],
      shapes: [view.shape],
      capitalisation: [view.capitalisation],
      fine: [view.fine],
      coarse: [view.coarse],
    };
    for (const feature of wordFeatures(sentence, 0)) {
      addRow(this.model.weights, this.tagCount, this.model.features.get(feature), scores, 0);
    }
    return scores;
  }

  private createEntry(view: TokenView, wordScores: Float64Array): TokenEntry {
    const row = (template: string, value: string) => this.tables.single.get(template)?.get(value) ?? NONE;
    const pairs = (template: string, value: string) => this.tables.pairs.get(template)?.get(value);
    const triples = (template: string, value: string) => this.tables.triples.get(template)?.get(value);
    return {
      view,
      wordScores,
      lowerBefore1: row('l-1', view.lower),
      lowerBefore2: row('l-2', view.lower),
      wordBefore: row('w-1', view.word),
      shapeBefore: row('sh-1', view.shape),
      capitalisationBefore: row('cap-1', view.capitalisation),
      fineBefore: row('c-1', view.fine),
      lowerAfter1: row('l+1', view.lower),
      lowerAfter2: row('l+2', view.lower),
      wordAfter: row('w+1', view.word),
      shapeAfter: row('sh+1', view.shape),
      capitalisationAfter: row('cap+1', view.capitalisation),
      fineAfter: row('c+1', view.fine),
      firstShape: row('first|sh', view.shape),
      firstCapitalisation: row('first|cap', view.capitalisation),
      lowerPairAsPrevious: pairs('l-1|l', view.lower),
      lowerPairAsCurrent: pairs('l|l+1', view.lower),
      shapeTriples: triples('sh-1|sh|sh+1', view.shape),
      coarseTriples: triples('g-1|g|g+1', view.coarse),
    };
  }
}

function addRow(
  weights: Float32Array,
  tagCount: number,
  row: number | undefined,
  into: Float64Array,
  offset: number,
): void {
  if (row === undefined || row === NONE) return;
  const base = row * tagCount;
  for (let tag = 0; tag < tagCount; tag++) into[offset + tag]! += weights[base + tag]!;
}
