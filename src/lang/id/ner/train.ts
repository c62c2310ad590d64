import type { LabeledSentence } from './conll.ts';
import { tokenFeatures, viewSentence } from './features.ts';
import { seededRandom, shuffleInPlace } from './random.ts';
import { allowedTransitions, type NerModel, viterbi } from './tagger.ts';
import type { WordResources } from './word-resources.ts';

/**
 * Structured averaged perceptron (Collins 2002) over BIO tags: decode each training sentence with
 * Viterbi, and where the best path differs from the gold one, reward the gold features and
 * penalise the predicted ones. The shipped weights are the average over all steps.
 */
export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in the training data are left out. */
  minFeatureCount: number;
  /** Rows whose largest absolute averaged weight is below this are pruned from the model. */
  pruneBelow: number;
  log?: (message: string) => void;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: 12,
  seed: 13,
  minFeatureCount: 2,
  pruneBelow: 0.01,
};

interface EncodedSentence {
  /** Feature ids of all tokens, token after token. */
  features: Int32Array;
  /** Where each token's features start in `features` (length tokens + 1). */
  offsets: Int32Array;
  gold: Int32Array;
}

function collectTags(sentences: LabeledSentence[]): string[] {
  const types = new Set<string>();
  for (const sentence of sentences) for (const tag of sentence.tags) if (tag !== 'O') types.add(tag.slice(2));
  return ['O', ...[...types].sort().flatMap((type) => [`B-${type}`, `I-${type}`])];
}

function featureIndex(sentences: LabeledSentence[], resources: WordResources, minCount: number) {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    const view = viewSentence(sentence.tokens, resources);
    for (let i = 0; i < sentence.tokens.length; i++) {
      for (const feature of tokenFeatures(view, i)) counts.set(feature, (counts.get(feature) ?? 0) + 1);
    }
  }
  const index = new Map<string, number>();
  for (const [feature, count] of counts) if (count >= minCount) index.set(feature, index.size);
  return index;
}

function encode(
  sentence: LabeledSentence,
  index: Map<string, number>,
  tagIds: Map<string, number>,
  resources: WordResources,
): EncodedSentence {
  const view = viewSentence(sentence.tokens, resources);
  const ids: number[] = [];
  const offsets = new Int32Array(sentence.tokens.length + 1);
  for (let i = 0; i < sentence.tokens.length; i++) {
    for (const feature of tokenFeatures(view, i)) {
      const id = index.get(feature);
      if (id !== undefined) ids.push(id);
    }
    offsets[i + 1] = ids.length;
  }
  const gold = Int32Array.from(sentence.tags, (tag) => tagIds.get(tag) ?? 0);
  return { features: Int32Array.from(ids), offsets, gold };
}

/** Weights and their running sums for averaging: average = weights − sums / steps. */
class AveragedWeights {
  readonly weights: Float64Array;
  private readonly sums: Float64Array;
  constructor(size: number) {
    this.weights = new Float64Array(size);
    this.sums = new Float64Array(size);
  }
  add(cell: number, delta: number, step: number): void {
    this.weights[cell]! += delta;
    this.sums[cell]! += step * delta;
  }
  averaged(steps: number): Float64Array {
    return this.weights.map((weight, cell) => weight - this.sums[cell]! / steps);
  }
}

function emissions(sentence: EncodedSentence, weights: Float64Array, tagCount: number): Float64Array {
  const length = sentence.gold.length;
  const scores = new Float64Array(length * tagCount);
  for (let i = 0; i < length; i++) {
    for (let at = sentence.offsets[i]!; at < sentence.offsets[i + 1]!; at++) {
      const base = sentence.features[at]! * tagCount;
      for (let tag = 0; tag < tagCount; tag++) scores[i * tagCount + tag]! += weights[base + tag]!;
    }
  }
  return scores;
}

function update(
  sentence: EncodedSentence,
  predicted: Int32Array,
  emission: AveragedWeights,
  transition: AveragedWeights,
  tagCount: number,
  step: number,
): void {
  const { gold } = sentence;
  for (let i = 0; i < gold.length; i++) {
    const goldFrom = i === 0 ? tagCount : gold[i - 1]!;
    const predictedFrom = i === 0 ? tagCount : predicted[i - 1]!;
    if (gold[i] === predicted[i] && goldFrom === predictedFrom) continue;
    transition.add(goldFrom * tagCount + gold[i]!, 1, step);
    transition.add(predictedFrom * tagCount + predicted[i]!, -1, step);
    if (gold[i] === predicted[i]) continue;
    for (let at = sentence.offsets[i]!; at < sentence.offsets[i + 1]!; at++) {
      const base = sentence.features[at]! * tagCount;
      emission.add(base + gold[i]!, 1, step);
      emission.add(base + predicted[i]!, -1, step);
    }
  }
}

function pruneModel(
  index: Map<string, number>,
  averaged: Float64Array,
  tagCount: number,
  threshold: number,
): Pick<NerModel, 'features' | 'weights'> {
  const features = new Map<string, number>();
  const kept: number[] = [];
  for (const [feature, row] of index) {
    const cells = averaged.subarray(row * tagCount, (row + 1) * tagCount);
    if (cells.every((weight) => Math.abs(weight) < threshold)) continue;
    features.set(feature, features.size);
    kept.push(...cells);
  }
  return { features, weights: Float32Array.from(kept) };
}

export function trainTagger(
  sentences: LabeledSentence[],
  resources: WordResources,
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): NerModel {
  const tags = collectTags(sentences);
  const tagIds = new Map(tags.map((tag, at) => [tag, at]));
  const index = featureIndex(sentences, resources, options.minFeatureCount);
  const encoded = sentences.map((sentence) => encode(sentence, index, tagIds, resources));
  const tagCount = tags.length;
  const emission = new AveragedWeights(index.size * tagCount);
  const transition = new AveragedWeights((tagCount + 1) * tagCount);
  const allowed = allowedTransitions(tags);
  const random = seededRandom(options.seed);
  let step = 1;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const order = encoded.slice();
    shuffleInPlace(order, random);
    let mistakes = 0;
    for (const sentence of order) {
      const scores = emissions(sentence, emission.weights, tagCount);
      const predicted = viterbi(scores, transition.weights, allowed, tagCount);
      if (predicted.some((tag, i) => tag !== sentence.gold[i])) {
        mistakes++;
        update(sentence, predicted, emission, transition, tagCount, step);
      }
      step++;
    }
    options.log?.(`epoch ${epoch}: ${mistakes}/${order.length} sentences wrong`);
  }
  const pruned = pruneModel(index, emission.averaged(step), tagCount, options.pruneBelow);
  return { tags, ...pruned, transitions: Float32Array.from(transition.averaged(step)), resources };
}
