import { contextFeatures, type SentenceView, viewSentence, wordFeatures } from './features.ts';
import type { WordResources } from './word-resources.ts';

/**
 * A linear BIO tagger: per-tag weights for every feature string, plus tag-to-tag transition
 * weights, decoded exactly with Viterbi under the BIO constraint (I-X only after B-X or I-X).
 */
export interface NerModel {
  /** `O`, `B-PER`, `I-PER`, … */
  tags: string[];
  /** Feature string → row of `weights`. */
  features: Map<string, number>;
  /** rows × tags. */
  weights: Float32Array;
  /** (tags + 1) × tags: row `tags.length` holds the weights from the sentence start. */
  transitions: Float32Array;
  resources: WordResources;
}

/** 1 where tag `to` may follow tag `from` (row `tags.length` = sentence start). */
export function allowedTransitions(tags: readonly string[]): Uint8Array {
  const size = tags.length;
  const allowed = new Uint8Array((size + 1) * size);
  for (let from = 0; from <= size; from++) {
    for (let to = 0; to < size; to++) {
      const target = tags[to]!;
      const source = from < size ? tags[from]! : 'O';
      const ok = !target.startsWith('I-') || source.slice(2) === target.slice(2);
      allowed[from * size + to] = ok ? 1 : 0;
    }
  }
  return allowed;
}

/** Best tag sequence for `emissions` (tokens × tags). */
export function viterbi(
  emissions: Float64Array,
  transitions: ArrayLike<number>,
  allowed: Uint8Array,
  tagCount: number,
): Int32Array {
  const length = emissions.length / tagCount;
  const path = new Int32Array(length);
  if (length === 0) return path;
  const back = new Int32Array(length * tagCount);
  let previous = new Float64Array(tagCount);
  let current = new Float64Array(tagCount);
  for (let to = 0; to < tagCount; to++) {
    const start = tagCount * tagCount + to;
    previous[to] = allowed[start] ? transitions[start]! + emissions[to]! : Number.NEGATIVE_INFINITY;
  }
  for (let i = 1; i < length; i++) {
    for (let to = 0; to < tagCount; to++) {
      let best = Number.NEGATIVE_INFINITY;
      let bestFrom = 0;
      for (let from = 0; from < tagCount; from++) {
        const cell = from * tagCount + to;
        if (!allowed[cell]) continue;
        const score = previous[from]! + transitions[cell]!;
        if (score > best) {
          best = score;
          bestFrom = from;
        }
      }
      current[to] = best + emissions[i * tagCount + to]!;
      back[i * tagCount + to] = bestFrom;
    }
    [previous, current] = [current, previous];
  }
  let last = 0;
  for (let tag = 1; tag < tagCount; tag++) if (previous[tag]! > previous[last]!) last = tag;
  for (let i = length - 1; i >= 0; i--) {
    path[i] = last;
    last = back[i * tagCount + last]!;
  }
  return path;
}

function addFeatureScores(model: NerModel, features: string[], into: Float64Array, offset: number): void {
  const tagCount = model.tags.length;
  for (const feature of features) {
    const row = model.features.get(feature);
    if (row === undefined) continue;
    const base = row * tagCount;
    for (let tag = 0; tag < tagCount; tag++) into[offset + tag]! += model.weights[base + tag]!;
  }
}

/** Scores of the word-only features, per distinct token text; bounded so long runs cannot grow it forever. */
const WORD_SCORE_CACHE_LIMIT = 100_000;
const wordScoreCaches = new WeakMap<NerModel, Map<string, Float64Array>>();

function wordScores(model: NerModel, view: SentenceView, i: number): Float64Array {
  let cache = wordScoreCaches.get(model);
  if (!cache) {
    cache = new Map();
    wordScoreCaches.set(model, cache);
  }
  const token = view.words[i]!;
  let scores = cache.get(token);
  if (!scores) {
    scores = new Float64Array(model.tags.length);
    addFeatureScores(model, wordFeatures(view, i), scores, 0);
    if (cache.size >= WORD_SCORE_CACHE_LIMIT) cache.clear();
    cache.set(token, scores);
  }
  return scores;
}

/** Emission scores (tokens × tags) of a sentence under `model`. */
export function emissionScores(model: NerModel, tokens: readonly string[]): Float64Array {
  const tagCount = model.tags.length;
  const scores = new Float64Array(tokens.length * tagCount);
  const view = viewSentence(tokens, model.resources);
  for (let i = 0; i < tokens.length; i++) {
    scores.set(wordScores(model, view, i), i * tagCount);
    addFeatureScores(model, contextFeatures(view, i), scores, i * tagCount);
  }
  return scores;
}

const allowedCache = new WeakMap<NerModel, Uint8Array>();

/** BIO tags for the tokens of one sentence. */
export function tagTokens(model: NerModel, tokens: readonly string[]): string[] {
  let allowed = allowedCache.get(model);
  if (!allowed) {
    allowed = allowedTransitions(model.tags);
    allowedCache.set(model, allowed);
  }
  const path = viterbi(emissionScores(model, tokens), model.transitions, allowed, model.tags.length);
  return Array.from(path, (tag) => model.tags[tag]!);
}
