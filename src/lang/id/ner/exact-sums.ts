/**
 * Whether adding up to `terms` of these weights (in float64) is exact whatever the order.
 *
 * Every float32 weight is a whole multiple of its own last-bit value, and so of the smallest
 * last-bit value among them, `quantum`. A sum of such multiples is again one, and float64 holds
 * every whole multiple of `quantum` up to 2^53 of them exactly: so when `terms` × the largest
 * weight stays below that, no sum (partial or final) is ever rounded, and the order cannot
 * change the result. The shipped model's weights are 16-bit steps of one scale: they qualify by
 * a wide margin. A model fresh from training may not, and is then scored in the features' order.
 */
export function exactSumsPossible(weights: Float32Array, terms: number): boolean {
  let smallest = Number.POSITIVE_INFINITY;
  let largest = 0;
  for (const weight of weights) {
    const size = Math.abs(weight);
    if (size === 0) continue;
    if (size < smallest) smallest = size;
    if (size > largest) largest = size;
  }
  if (largest === 0) return true;
  if (!Number.isFinite(largest)) return false;
  const quantum = lastBitValue(smallest);
  return (largest / quantum) * terms < 2 ** 53;
}

/** The value of the lowest significand bit of a float32 (2^-149 for subnormals). */
function lastBitValue(value: number): number {
  const exponent = Math.max(Math.floor(Math.log2(value)), -126);
  return 2 ** (exponent - 23);
}
