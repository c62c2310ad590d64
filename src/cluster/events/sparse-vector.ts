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
  const ids: number[] = [];
  const values: number[] = [];
  for (const [id, value] of entries) {
    if (value <= 0) continue;
    ids.push(id);
    values.push(value);
  }
  return fromParallel(ids, values, cap, rank);
}

/** The vector of parallel id/value lists (ids distinct, any order), capped by rank. */
function fromParallel(
  ids: number[],
  values: number[],
  cap: number,
  rank: (id: number, value: number) => number,
): SparseVector {
  let keep = Array.from(ids.keys());
  if (ids.length > cap) {
    const scores = new Float64Array(ids.length);
    for (let i = 0; i < ids.length; i++) scores[i] = rank(ids[i]!, values[i]!);
    const cutoff = Float64Array.from(scores).sort()[ids.length - cap]!;
    const above = keep.filter((i) => scores[i]! > cutoff);
    const at = keep.filter((i) => scores[i] === cutoff).sort((a, b) => ids[a]! - ids[b]!);
    keep = above.concat(at.slice(0, cap - above.length));
  }
  keep.sort((a, b) => ids[a]! - ids[b]!);
  const vector = { ids: new Int32Array(keep.length), values: new Float32Array(keep.length) };
  for (let i = 0; i < keep.length; i++) {
    vector.ids[i] = ids[keep[i]!]!;
    vector.values[i] = values[keep[i]!]!;
  }
  return vector;
}

/** Cosine of two vectors after weighting every component by `weight(id)` (e.g. an IDF); norms may be given. */
export function weightedCosine(
  a: SparseVector,
  b: SparseVector,
  weight: (id: number) => number,
  normA?: number,
  normB?: number,
): number {
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
  // Cached norms may lag the current IDFs a little: keep the cosine a cosine.
  return Math.min(1, dot / ((normA ?? weightedNorm(a, weight)) * (normB ?? weightedNorm(b, weight))));
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

/** The component-wise sum `a + scale·b` (a linear merge of the sorted ids), capped like `sparseVector`. */
export function addVectors(
  a: SparseVector,
  b: SparseVector,
  cap: number,
  rank: (id: number, value: number) => number = (_id, value) => value,
  scale = 1,
): SparseVector {
  const ids: number[] = [];
  const values: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const idA = i < a.ids.length ? a.ids[i]! : Number.MAX_SAFE_INTEGER;
    const idB = j < b.ids.length ? b.ids[j]! : Number.MAX_SAFE_INTEGER;
    if (idA === idB) {
      ids.push(idA);
      values.push(a.values[i++]! + b.values[j++]! * scale);
    } else if (idA < idB) {
      ids.push(idA);
      values.push(a.values[i++]!);
    } else {
      ids.push(idB);
      values.push(b.values[j++]! * scale);
    }
  }
  return fromParallel(ids, values, cap, rank);
}
