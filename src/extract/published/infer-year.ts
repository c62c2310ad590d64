/** Choosing the year of a day and month from its weekday, the reference date and the text's year clues. */
import { isValidDate, weekdayOf } from '../../lang/id/calendar.ts';
import { boundOrdinal, type FixedYear, type LowerBound } from './year-clues.ts';

/** What bounds the year of publication, besides the reference date. */
export interface YearWindow {
  lower: LowerBound | null;
  fixed: FixedYear | null;
}

const MAX_YEARS_BACK = 60;

const MONTH_NAMES_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAY_NAMES_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function englishMonth(month: number): string {
  return MONTH_NAMES_EN[month - 1] ?? String(month);
}

export function englishWeekday(weekday: number): string {
  return WEEKDAY_NAMES_EN[weekday] ?? String(weekday);
}

/** The latest year, not after the reference date and inside the window, in which day/month falls on `weekday`. */
export function latestYearForWeekday(
  month: number,
  day: number,
  weekday: number,
  reference: Date,
  window: YearWindow,
): number | null {
  const top = window.fixed?.year ?? reference.getUTCFullYear();
  const bottom = Math.max(window.lower?.year ?? 0, reference.getUTCFullYear() - MAX_YEARS_BACK);
  for (let year = top; year >= bottom; year--) {
    if (!isValidDate(year, month, day) || weekdayOf(year, month, day) !== weekday) continue;
    if (Date.UTC(year, month - 1, day) > reference.getTime()) continue;
    if (window.lower && year * 12 + month - 1 < boundOrdinal(window.lower)) continue;
    return year;
  }
  return null;
}

/** True when the date lies inside the window and not after the reference date. */
export function isPlausible(
  year: number,
  month: number,
  day: number,
  reference: Date,
  window: YearWindow,
): boolean {
  if (Date.UTC(year, month - 1, day) > reference.getTime() + 86_400_000) return false;
  if (window.fixed && window.fixed.year !== year) return false;
  return !window.lower || year * 12 + month - 1 >= boundOrdinal(window.lower);
}

/** "9 January is a Friday in 2026, the latest such year not after the reference date 2026-11-23 …" */
export function weekdayReasoning(
  month: number,
  day: number,
  weekday: number,
  year: number,
  reference: Date,
  window: YearWindow,
): string {
  const parts = [
    `${day} ${englishMonth(month)} is a ${englishWeekday(weekday)} in ${year}, the latest such year not after ` +
      `the reference date ${reference.toISOString().slice(0, 10)}`,
  ];
  if (window.lower) parts.push(`not before '${window.lower.text}' mentioned in the text`);
  if (window.fixed)
    parts.push(`in ${window.fixed.year} as '${window.fixed.text}' is '${window.fixed.support}'`);
  return `${parts.join(', and ')}.`;
}
