/** Clustering quality against gold labels: B-cubed and pairwise precision, recall and F1. */

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function groupSizes(keys: string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const key of keys) sizes.set(key, (sizes.get(key) ?? 0) + 1);
  return sizes;
}

/** Bagga & Baldwin's B-cubed: per-item precision and recall of its cluster, averaged over items. */
export function bcubed(predicted: string[], gold: string[]): Scores {
  const both = groupSizes(predicted.map((p, i) => `${p}\u0000${gold[i]}`));
  const predictedSizes = groupSizes(predicted);
  const goldSizes = groupSizes(gold);
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < predicted.length; i++) {
    const overlap = both.get(`${predicted[i]}\u0000${gold[i]}`)!;
    precision += overlap / predictedSizes.get(predicted[i]!)!;
    recall += overlap / goldSizes.get(gold[i]!)!;
  }
  precision /= predicted.length;
  recall /= predicted.length;
  return { precision, recall, f1: f1(precision, recall) };
}

/** Pairwise ("standard") scores: over all item pairs, is "same cluster" predicted and true? */
export function pairwise(predicted: string[], gold: string[]): Scores {
  const pairs = (sizes: Map<string, number>) =>
    [...sizes.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
  const together = pairs(groupSizes(predicted.map((p, i) => `${p}\u0000${gold[i]}`)));
  const predictedPairs = pairs(groupSizes(predicted));
  const goldPairs = pairs(groupSizes(gold));
  const precision = predictedPairs === 0 ? 1 : together / predictedPairs;
  const recall = goldPairs === 0 ? 1 : together / goldPairs;
  return { precision, recall, f1: f1(precision, recall) };
}
