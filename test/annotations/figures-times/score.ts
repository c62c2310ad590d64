/** Span-overlap matching and precision/recall/F1 for the figures/times benchmark. */

export interface Spanned {
  start: number;
  end: number;
}

export interface Counts {
  predicted: number;
  gold: number;
  correct: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

/** Pairs each gold item with the first unused predicted item whose span overlaps it. */
export function matchByOverlap<G extends Spanned, P extends Spanned>(gold: G[], predicted: P[]): [G, P][] {
  const used = new Set<number>();
  const pairs: [G, P][] = [];
  for (const g of gold) {
    const index = predicted.findIndex((p, i) => !used.has(i) && p.start < g.end && g.start < p.end);
    const p = predicted[index];
    if (index < 0 || !p) continue;
    used.add(index);
    pairs.push([g, p]);
  }
  return pairs;
}

export function scores({ predicted, gold, correct }: Counts): Scores {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { predicted: a.predicted + b.predicted, gold: a.gold + b.gold, correct: a.correct + b.correct };
}

/** Units compare case-insensitively, with "km/jam" equal to "km per jam". */
export function sameUnit(a: string | null, b: string | null): boolean {
  const norm = (u: string | null) =>
    u
      ?.toLowerCase()
      .replace(/\s*\/\s*/g, ' per ')
      .replace(/\s+/g, ' ')
      .trim() ?? null;
  return norm(a) === norm(b);
}

export function sameNumber(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
