import type { Figure } from '../../model/figure.ts';

/** The values a figure allows, given its qualifier. Bounds may be open (`more-than`). */
export interface Interval {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

/** Slack of "about" (sekitar, kurang lebih, approximately), in percent of the value. */
export const ABOUT_PERCENT = 15;

export function figureInterval(figure: Pick<Figure, 'value' | 'valueMax' | 'qualifier'>): Interval {
  const v = figure.value;
  const closed = (low: number, high: number): Interval => ({ low, high, lowOpen: false, highOpen: false });
  switch (figure.qualifier) {
    case 'exact':
      return closed(v, v);
    case 'about':
      return closed((v * (100 - ABOUT_PERCENT)) / 100, (v * (100 + ABOUT_PERCENT)) / 100);
    case 'more-than':
      return { low: v, high: Infinity, lowOpen: true, highOpen: false };
    case 'at-least':
      return closed(v, Infinity);
    case 'less-than':
      return { low: 0, high: v, lowOpen: false, highOpen: true };
    case 'at-most':
      return closed(0, v);
    case 'order-of-magnitude':
      // "ribuan" (1000) means 1000 to 9999; "puluhan" (10) means 10 to 99.
      return closed(v, v * 10 - 1);
    case 'range':
      return closed(Math.min(v, figure.valueMax ?? v), Math.max(v, figure.valueMax ?? v));
  }
}

/** The values both intervals allow, or null when they share none. */
export function intersect(a: Interval, b: Interval): Interval | null {
  const [low, lowOpen] =
    a.low > b.low ? [a.low, a.lowOpen] : b.low > a.low ? [b.low, b.lowOpen] : [a.low, a.lowOpen || b.lowOpen];
  const [high, highOpen] =
    a.high < b.high
      ? [a.high, a.highOpen]
      : b.high < a.high
        ? [b.high, b.highOpen]
        : [a.high, a.highOpen || b.highOpen];
  if (low > high || (low === high && (lowOpen || highOpen))) return null;
  return { low, high, lowOpen, highOpen };
}

function formatNumber(value: number): string {
  if (value === Infinity) return '∞';
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** `≈ [9350, 12650]` (about), `> 10000`, `≥ 5`, `< 50`, `∈ [1000, 9999]`, `= 600`. */
export function formatInterval(interval: Interval, qualifier?: Figure['qualifier']): string {
  if (qualifier === 'about') return `≈ [${formatNumber(interval.low)}, ${formatNumber(interval.high)}]`;
  if (interval.low === interval.high && !interval.lowOpen && !interval.highOpen)
    return `= ${formatNumber(interval.low)}`;
  if (interval.high === Infinity) return `${interval.lowOpen ? '>' : '≥'} ${formatNumber(interval.low)}`;
  if (interval.low === 0 && interval.lowOpen === false && interval.highOpen)
    return `< ${formatNumber(interval.high)}`;
  const open = interval.lowOpen ? '(' : '[';
  const close = interval.highOpen ? ')' : ']';
  return `∈ ${open}${formatNumber(interval.low)}, ${formatNumber(interval.high)}${close}`;
}
