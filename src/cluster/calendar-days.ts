/** Dates as day numbers: clustering measures time gaps in days between dates of mixed precision. */

export interface DayRange {
  /** Days since 1970-01-01 (UTC) of the first day the date may mean. */
  first: number;
  /** The last day it may mean: equal to `first` for a day, 30 days later for `2025-07`. */
  last: number;
}

const MS_PER_DAY = 86_400_000;

function utcDay(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** `2025`, `2025-07`, `2025-07-13`, `2025-07-13T10:00+07:00` → the days it covers; null if unreadable. */
export function dayRangeOf(value: string): DayRange | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[3]) {
    const day = utcDay(year, Number(match[2]), Number(match[3]));
    return { first: day, last: day };
  }
  if (match[2]) {
    const month = Number(match[2]);
    return { first: utcDay(year, month, 1), last: utcDay(year, month + 1, 1) - 1 };
  }
  return { first: utcDay(year, 1, 1), last: utcDay(year + 1, 1, 1) - 1 };
}

/** Days between two ranges; 0 when they overlap. */
export function gapDays(a: DayRange, b: DayRange): number {
  if (a.last < b.first) return b.first - a.last;
  if (b.last < a.first) return a.first - b.last;
  return 0;
}

/** `2025-07-13` for a day number. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
