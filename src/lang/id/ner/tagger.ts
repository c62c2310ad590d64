import { TokenScorer } from './token-scores.ts';
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

const sourcesCache = new WeakMap<Uint8Array, Int32Array[]>();

/** For each tag, the tags it may follow (ascending), so the search skips the forbidden pairs. */
function allowedSources(allowed: Uint8Array, tagCount: number): Int32Array[] {
  const cached = sourcesCache.get(allowed);
  if (cached && cached.length === tagCount) return cached;
  const sources: Int32Array[] = [];
  for (let to = 0; to < tagCount; to++) {
    const from: number[] = [];
    for (let source = 0; source < tagCount; source++) if (allowed[source * tagCount + to]) from.push(source);
    sources.push(Int32Array.from(from));
  }
  sourcesCache.set(allowed, sources);
  return sources;
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
  const sources = allowedSources(allowed, tagCount);
  const back = new Int32Array(length * tagCount);
  let previous = new Float64Array(tagCount);
  let current = new Float64Array(tagCount);
  for (let to = 0; to < tagCount; to++) {
    const start = tagCount * tagCount + to;
    previous[to] = allowed[start] ? transitions[start]! + emissions[to]! : Number.NEGATIVE_INFINITY;
  }
  for (let i = 1; i < length; i++) {
    for (let to = 0; to < tagCount; to++) {
      const from = sources[to]!;
      let best = Number.NEGATIVE_INFINITY;
      let bestFrom = 0;
      for (let k = 0; k < from.length; k++) {
        const source = from[k]!;
        const score = previous[source]! + transitions[source * tagCount + to]!;
        if (score > best) {
          best = score;
          bestFrom = source;
        }
      }
      current[to] = best + emissions[i * tagCount + to]!;
      back[i * tagCount + to] = bestFrom;
    }
    const swap = previous;
    previous = current;
    current = swap;
  }
  let last = 0;
  for (let tag = 1; tag < tagCount; tag++) if (previous[tag]! > previous[last]!) last = tag;
  for (let i = length - 1; i >= 0; i--) {
    path[i] = last;
    last = back[i * tagCount + last]!;
  }
  return path;
}

const scorers = new WeakMap<NerModel, TokenScorer>();

/** Emission scores (tokens × tags) of a sentence under `model`. */
export function emissionScores(model: NerModel, tokens: readonly string[]): Float64Array {
  let scorer = scorers.get(model);
  if (!scorer) {
    scorer = new TokenScorer(model);
    scorers.set(model, scorer);
  }
  return scorer.emissionScores(tokens);
}

const allowedCache = new WeakMap<NerModel, Uint8Array>();

/** The best path through the tags (indexes into `model.tags`) for the tokens of one sentence. */
export function tagPath(model: NerModel, tokens: readonly string[]): Int32Array {
  let allowed = allowedCache.get(model);
  if (!allowed) {
    allowed = allowedTransitions(model.tags);
    allowedCache.set(model, allowed);
  }
  return viterbi(emissionScores(model, tokens), model.transitions, allowed, model.tags.length);
}

/** BIO tags for the tokens of one sentence. */
export function tagTokens(model: NerModel, tokens: readonly string[]): string[] {
  return Array.from(tagPath(model, tokens), (tag) => model.tags[tag]!);
}
