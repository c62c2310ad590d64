import type { Figure } from '../../model/figure.ts';
import { figureInterval, formatInterval, type Interval, intersect } from './intervals.ts';

export interface ConsistencyVerdict {
  consistent: boolean;
  /** One sentence a reader can check: each figure's interval and whether they share a value. */
  reasoning: string;
}

type Described = { figure: Pick<Figure, 'text' | 'qualifier'>; interval: Interval };

function describe(item: Described): string {
  return `${item.figure.text} ${formatInterval(item.interval, item.figure.qualifier)}`;
}

/**
 * Do the figures agree, given their qualifiers? Each becomes the interval of values it allows
 * (exact v → [v, v], about v → [0.85v, 1.15v], more than v → (v, ∞), thousands → [1000, 9999] …);
 * they agree when all intervals share at least one value.
 */
export function judgeConsistency(
  figures: readonly Pick<Figure, 'text' | 'value' | 'valueMax' | 'qualifier'>[],
): ConsistencyVerdict {
  const items: Described[] = figures.map((figure) => ({ figure, interval: figureInterval(figure) }));
  let common: Interval | null = items[0]?.interval ?? null;
  for (const item of items.slice(1)) common = common ? intersect(common, item.interval) : null;
  const listed = items.map(describe);
  const joined =
    listed.length <= 2 ? listed.join(' and ') : `${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}`;
  if (common) {
    return {
      consistent: true,
      reasoning: `${joined} overlap (${formatInterval(common).replace(/^∈ /u, '')}).`,
    };
  }
  const lowest = items.reduce((a, b) => (b.interval.high < a.interval.high ? b : a));
  const highest = items.reduce((a, b) => (b.interval.low > a.interval.low ? b : a));
  return {
    consistent: false,
    reasoning: `${joined} share no value: ${describe(lowest)} lies below ${describe(highest)}.`,
  };
}
