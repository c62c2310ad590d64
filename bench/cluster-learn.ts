import { EventClusterer, type LabelledPair } from '../src/cluster/events/event-clusterer.ts';
import { FEATURE_NAMES, featureVector, type LinkModel } from '../src/cluster/events/link-model.ts';
import type { EventClustererOptions } from '../src/cluster/events/options.ts';
import { type ClusterDocument, toClusterDocument } from '../src/cluster/features.ts';
import type { LabelledArticle } from './cluster-data.ts';
import { bcubed, pairwise, type Scores } from './cluster-metrics.ts';

/** Learning the event link model from labelled articles, and measuring it honestly (CV by event). */

export interface LabelledDoc {
  doc: ClusterDocument;
  label: string;
}

export function toLabelledDocs(articles: LabelledArticle[]): LabelledDoc[] {
  return articles.map((article) => ({ doc: toClusterDocument(article.doc), label: article.label }));
}

/** Publication order (undated last), then id: the order the batch facade uses. */
export function inDateOrder(docs: LabelledDoc[]): LabelledDoc[] {
  return [...docs].sort(
    (a, b) =>
      (a.doc.date?.first ?? Infinity) - (b.doc.date?.first ?? Infinity) ||
      (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0),
  );
}

/** Candidate pairs as the online clusterer meets them, each labelled "same gold event" or not. */
export function collectPairs(docs: LabelledDoc[], options: Partial<EventClustererOptions> = {}) {
  const clusterer = new EventClusterer(options);
  const ordered = inDateOrder(docs);
  clusterer.primeDocumentFrequencies(ordered.map((item) => item.doc));
  const pairs: LabelledPair[] = [];
  let reachable = 0;
  let reached = 0;
  for (const item of ordered) {
    const result = clusterer.addLabelled(item.doc, item.label);
    pairs.push(...result.pairs);
    if (result.goldReached !== null) {
      reachable++;
      if (result.goldReached) reached++;
    }
  }
  return { pairs, goldRecall: reachable === 0 ? 1 : reached / reachable };
}

/** Solves `matrix · x = vector` by Gaussian elimination with partial pivoting (small systems). */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const rows = matrix.map((row, i) => [...row, vector[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++)
      if (Math.abs(rows[row]![col]!) > Math.abs(rows[pivot]![col]!)) pivot = row;
    [rows[col], rows[pivot]] = [rows[pivot]!, rows[col]!];
    for (let row = col + 1; row < n; row++) {
      const factor = rows[row]![col]! / rows[col]![col]!;
      for (let k = col; k <= n; k++) rows[row]![k]! -= factor * rows[col]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = rows[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= rows[row]![k]! * x[k]!;
    x[row] = sum / rows[row]![row]!;
  }
  return x;
}

/**
 * L2-regularised logistic regression fitted by Newton's method (IRLS): deterministic, converges
 * in a few iterations for a handful of features. The bias is not regularised.
 */
export function fitLogistic(
  pairs: LabelledPair[],
  l2 = 0.01,
  iterations = 25,
): { weights: number[]; bias: number } {
  const rows = pairs.map((pair) => [...featureVector(pair.features), 1]);
  const labels = pairs.map((pair) => (pair.same ? 1 : 0));
  const size = FEATURE_NAMES.length + 1;
  let beta = new Array<number>(size).fill(0);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gradient = new Array<number>(size).fill(0);
    const hessian = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    rows.forEach((x, i) => {
      const z = x.reduce((sum, value, k) => sum + value * beta[k]!, 0);
      const p = 1 / (1 + Math.exp(-z));
      const w = Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a < size; a++) {
        gradient[a]! += (labels[i]! - p) * x[a]!;
        for (let b = 0; b < size; b++) hessian[a]![b]! += w * x[a]! * x[b]!;
      }
    });
    for (let a = 0; a < size - 1; a++) {
      gradient[a]! -= l2 * beta[a]!;
      hessian[a]![a]! += l2;
    }
    const step = solve(hessian, gradient);
    beta = beta.map((value, k) => value + step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { weights: beta.slice(0, size - 1), bias: beta[size - 1]! };
}

/**
 * The same documents with every fourth one (by id) undated: the dev set has no undated articles,
 * but real input does, so the model must learn what a missing date is worth.
 */
export function withSomeDatesDropped(docs: LabelledDoc[]): LabelledDoc[] {
  const byId = [...docs].sort((a, b) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0));
  const dropped = new Set(byId.filter((_, rank) => rank % 4 === 3).map((item) => item.doc.id));
  return docs.map((item) =>
    dropped.has(item.doc.id) ? { ...item, doc: { ...item.doc, date: null } } : item,
  );
}

export interface ClusteringScores {
  bcubed: Scores;
  pairwise: Scores;
  events: number;
}

/** Clusters `docs` online (date order, batch DF) with `model`, optionally with the merge pass. */
export function clusterAndScore(
  docs: LabelledDoc[],
  model: LinkModel,
  merge: boolean,
  options: Partial<EventClustererOptions> = {},
): ClusteringScores {
  const clusterer = new EventClusterer({ ...options, model });
  const ordered = inDateOrder(docs);
  clusterer.primeDocumentFrequencies(ordered.map((item) => item.doc));
  for (const item of ordered) clusterer.add(item.doc);
  if (merge) clusterer.mergeSimilarEvents();
  const predicted = ordered.map((item) => clusterer.eventOf(item.doc.id)!);
  const gold = ordered.map((item) => item.label);
  return {
    bcubed: bcubed(predicted, gold),
    pairwise: pairwise(predicted, gold),
    events: new Set(predicted).size,
  };
}

const THRESHOLDS = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];

/**
 * Fits the weights on pairs, then picks the join threshold (no merge) and then the merge threshold
 * that maximise B-cubed F1 on the same training documents.
 */
export function trainLinkModel(
  docs: LabelledDoc[],
  options: Partial<EventClustererOptions> = {},
): { model: LinkModel; pairs: number; goldRecall: number } {
  const { pairs, goldRecall } = collectPairs(docs, options);
  pairs.push(...collectPairs(withSomeDatesDropped(docs), options).pairs);
  const { weights, bias } = fitLogistic(pairs);
  const base: LinkModel = {
    features: [...FEATURE_NAMES],
    weights,
    bias,
    threshold: 0.5,
    mergeThreshold: 1.01,
  };
  const threshold = bestBy(
    THRESHOLDS,
    (t) => clusterAndScore(docs, { ...base, threshold: t }, false, options).bcubed.f1,
  );
  const mergeOptions = [...THRESHOLDS.filter((t) => t >= threshold), 1.01];
  const mergeThreshold = bestBy(
    mergeOptions,
    (t) => clusterAndScore(docs, { ...base, threshold, mergeThreshold: t }, true, options).bcubed.f1,
  );
  return { model: { ...base, threshold, mergeThreshold }, pairs: pairs.length, goldRecall };
}

/** The option with the highest score; ties go to the earlier option. */
function bestBy(options: number[], score: (option: number) => number): number {
  let best = options[0]!;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const option of options) {
    const value = score(option);
    if (value > bestScore + 1e-12) [best, bestScore] = [option, value];
  }
  return best;
}

/** Folds by event: events sorted by size (then label) are dealt round-robin, so folds are balanced. */
export function foldsByEvent(docs: LabelledDoc[], folds: number): LabelledDoc[][] {
  const sizes = new Map<string, number>();
  for (const item of docs) sizes.set(item.label, (sizes.get(item.label) ?? 0) + 1);
  const order = [...sizes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([label]) => label);
  const foldOf = new Map(order.map((label, rank) => [label, rank % folds]));
  return Array.from({ length: folds }, (_, fold) => docs.filter((item) => foldOf.get(item.label) === fold));
}

/** K-fold cross-validation split by event: train on the other folds, cluster and score the held-out fold. */
export function crossValidate(
  docs: LabelledDoc[],
  folds = 5,
  options: Partial<EventClustererOptions> = {},
): ClusteringScores[] {
  const parts = foldsByEvent(docs, folds);
  return parts.map((heldOut, fold) => {
    const training = parts.filter((_, other) => other !== fold).flat();
    const { model } = trainLinkModel(training, options);
    return clusterAndScore(heldOut, model, model.mergeThreshold <= 1, options);
  });
}

export function meanScores(list: Scores[]): Scores {
  const mean = (pick: (scores: Scores) => number) => list.reduce((sum, s) => sum + pick(s), 0) / list.length;
  return { precision: mean((s) => s.precision), recall: mean((s) => s.recall), f1: mean((s) => s.f1) };
}
