import { formatNumber } from '../lib/format.ts';

/** A similarity between 0 and 1 as a meter and its value. */
export function Similarity({ value }: { value: number }) {
  const clamped = Math.max(0, Math.min(1, value));
  return (
    <span className="similarity">
      <meter min={0} max={1} value={clamped} aria-label="kemiripan" />
      <span className="num">{formatNumber(Math.round(clamped * 100) / 100)}</span>
    </span>
  );
}
