/** A sparse vector over interned ids: ids ascending, one value per id. */
export interface SparseVector {
  ids: Int32Array;
  values: Float32Array;
}

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), values: new Float32Array(0) };

/** Builds a vector from (id, value) pairs; keeps the `cap` entries with the largest `rank(id, value)`. */
export function sparseVector(
  entries: Iterable<[number, number]>,
  cap = Number.POSITIVE_INFINITY,
  rank: (id: number, value: number) => number = (_id, value) => value,
): SparseVector {
  let list = [...entries].filter(([, value]) => value > 0);
  if (list.length > cap) {
    list = list
      .map((entry) => ({ entry, score: rank(entry[0], entry[1]) }))
      .sort((a, b) => b.score - a.score || a.entry[0] - b.entry[0])
      .slice(0, cap)
      .map(({ entry }) => entry);
  }
  list.sort((a, b) => a[0] - b[0]);
  return { ids: Int32Array.from(list, ([id]) => id), values: Float32Array.from(list, ([, value]) => value) };
}

/** Cosine of two vectors after weighting every component by `weight(id)` (e.g. an IDF). */
export function weightedCosine(a: SparseVector, b: SparseVector, weight: (id: number) => number): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const idA = a.ids[i]!;
    const idB = b.ids[j]!;
    if (idA === idB) {
      const w = weight(idA);
      dot += a.values[i]! * b.values[j]! * w * w;
      i++;
      j++;
    } else if (idA < idB) i++;
    else j++;
  }
  if (dot === 0) return 0;
  return dot / (weightedNorm(a, weight) * weightedNorm(b, weight));
}

export function weightedNorm(vector: SparseVector, weight: (id: number) => number): number {
  let sum = 0;
  for (let index = 0; index < vector.ids.length; index++) {
    const value = vector.values[index]! * weight(vector.ids[index]!);
    sum += value * value;
  }
  return Math.sqrt(sum);
}

/** Ids present in both vectors. */
export function sharedIds(a: SparseVector, b: SparseVector): number[] {
  const shared: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    if (a.ids[i] === b.ids[j]) {
      shared.push(a.ids[i]!);
      i++;
      j++;
    } else if (a.ids[i]! < b.ids[j]!) i++;
    else j++;
  }
  return shared;
}

/** The component-wise sum `a + scale·b`, capped like `sparseVector`. */
export function addVectors(
  a: SparseVector,
  b: SparseVector,
  cap: number,
  rank?: (id: number, value: number) => number,
  scale = 1,
): SparseVector {
  const sum = new Map<number, number>();
  for (let index = 0; index < a.ids.length; index++) sum.set(a.ids[index]!, a.values[index]!);
  for (let index = 0; index < b.ids.length; index++) {
    const id = b.ids[index]!;
    sum.set(id, (sum.get(id) ?? 0) + b.values[index]! * scale);
  }
  return sparseVector(sum, cap, rank);
}
