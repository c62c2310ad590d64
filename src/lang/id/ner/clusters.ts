import { seededRandom } from './random.ts';

/**
 * Distributional word clusters learned from unlabelled news: each frequent word is described by
 * the words seen just before and after it, and spherical k-means groups words used alike
 * (cities with cities, verbs of saying with each other). A coarse level clusters the centroids.
 */

export interface ClusterOptions {
  fineClusters: number;
  coarseClusters: number;
  vocabularySize: number;
  contextWords: number;
  iterations: number;
  seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  fineClusters: 256,
  coarseClusters: 32,
  vocabularySize: 20000,
  contextWords: 400,
  iterations: 8,
  seed: 7,
};

interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

function contextClass(token: string | undefined, contextIndex: Map<string, number>): number {
  if (token === undefined) return 0;
  const known = contextIndex.get(token.toLowerCase());
  if (known !== undefined) return known;
  if (/^\p{Lu}/u.test(token)) return 1;
  if (/\d/.test(token)) return 2;
  return 3;
}

function rankByCount(sentences: string[][]): string[] {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    for (const token of sentence) {
      const lower = token.toLowerCase();
      counts.set(lower, (counts.get(lower) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

/** Context counts (left and right neighbours) per vocabulary word, log-scaled and L2-normalised. */
function contextVectors(
  sentences: string[][],
  vocabulary: Map<string, number>,
  contexts: Map<string, number>,
) {
  const width = contexts.size + 4;
  const counts =
    vocabulary.size > 0 ? Array.from({ length: vocabulary.size }, () => new Map<number, number>()) : [];
  for (const sentence of sentences) {
    for (let at = 0; at < sentence.length; at++) {
      const row = vocabulary.get(sentence[at]!.toLowerCase());
      if (row === undefined) continue;
      const left = contextClass(sentence[at - 1], contexts);
      const right = width + contextClass(sentence[at + 1], contexts);
      const bag = counts[row]!;
      bag.set(left, (bag.get(left) ?? 0) + 1);
      bag.set(right, (bag.get(right) ?? 0) + 1);
    }
  }
  return counts.map((bag): SparseVector => {
    const indices = Int32Array.from(bag.keys());
    const values = Float32Array.from(bag.values(), (count) => Math.log1p(count));
    const norm = Math.hypot(...values) || 1;
    for (let at = 0; at < values.length; at++) values[at]! /= norm;
    return { indices, values };
  });
}

function normaliseRows(centroids: Float32Array, width: number): void {
  for (let start = 0; start < centroids.length; start += width) {
    let sum = 0;
    for (let at = start; at < start + width; at++) sum += centroids[at]! * centroids[at]!;
    const norm = Math.sqrt(sum) || 1;
    for (let at = start; at < start + width; at++) centroids[at]! /= norm;
  }
}

function nearest(vector: SparseVector, centroids: Float32Array, width: number, k: number): number {
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let cluster = 0; cluster < k; cluster++) {
    const base = cluster * width;
    let score = 0;
    for (let at = 0; at < vector.indices.length; at++)
      score += vector.values[at]! * centroids[base + vector.indices[at]!]!;
    if (score > bestScore) {
      bestScore = score;
      best = cluster;
    }
  }
  return best;
}

/** Spherical k-means over sparse unit vectors; returns the cluster of each vector and the centroids. */
function sphericalKMeans(
  vectors: SparseVector[],
  width: number,
  k: number,
  iterations: number,
  seed: number,
) {
  const random = seededRandom(seed);
  const centroids = new Float32Array(k * width);
  for (let cluster = 0; cluster < k; cluster++) {
    const seedVector = vectors[Math.floor(random() * vectors.length)]!;
    seedVector.indices.forEach((index, at) => {
      centroids[cluster * width + index] = seedVector.values[at]! + random() * 1e-3;
    });
  }
  const assignment = new Int32Array(vectors.length);
  for (let round = 0; round < iterations; round++) {
    vectors.forEach((vector, row) => {
      assignment[row] = nearest(vector, centroids, width, k);
    });
    centroids.fill(0);
    vectors.forEach((vector, row) => {
      const base = assignment[row]! * width;
      vector.indices.forEach((index, at) => {
        centroids[base + index]! += vector.values[at]!;
      });
    });
    normaliseRows(centroids, width);
  }
  return { assignment, centroids };
}

/** Word (lower-cased) → `fine:coarse` cluster ids, for the most frequent words of `sentences`. */
export function learnWordClusters(
  sentences: string[][],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): Map<string, string> {
  const ranked = rankByCount(sentences);
  const contexts = new Map(ranked.slice(0, options.contextWords).map((word, at) => [word, at + 4]));
  const words = ranked.slice(0, options.vocabularySize);
  const vocabulary = new Map(words.map((word, at) => [word, at]));
  const width = 2 * (contexts.size + 4);
  const vectors = contextVectors(sentences, vocabulary, contexts);
  const fine = sphericalKMeans(vectors, width, options.fineClusters, options.iterations, options.seed);
  const centroidVectors: SparseVector[] = [];
  for (let cluster = 0; cluster < options.fineClusters; cluster++) {
    const row = fine.centroids.subarray(cluster * width, (cluster + 1) * width);
    const indices = Int32Array.from(row.keys()).filter((index) => row[index] !== 0);
    centroidVectors.push({ indices, values: Float32Array.from(indices, (index) => row[index]!) });
  }
  const coarse = sphericalKMeans(
    centroidVectors,
    width,
    options.coarseClusters,
    options.iterations,
    options.seed + 1,
  );
  const clusters = new Map<string, string>();
  words.forEach((word, row) => {
    const fineId = fine.assignment[row]!;
    clusters.set(word, `${fineId}:${coarse.assignment[fineId]!}`);
  });
  return clusters;
}
