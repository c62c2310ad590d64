import type { PublishedDate } from '../../model/document.ts';

/** The publication date as far as it is known: `2025`, `2025-07` or `2025-07-13`. */
export interface ReferenceDate {
  year: number;
  month?: number;
  day?: number;
}

/** Reads the calendar part of a publication date; null when there is none or it is unreadable. */
export function referenceFrom(published: PublishedDate | null): ReferenceDate | null {
  const match = published ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published.value) : null;
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : undefined;
  const day = match[3] ? Number(match[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return { year };
  if (month === undefined) return { year };
  return day === undefined ? { year, month } : { year, month, day };
}

/** Days since 1970-01-01 of a calendar date (UTC, no time zone games). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The calendar date of a day number. */
export function dateOfDayNumber(days: number): { year: number; month: number; day: number } {
  const date = new Date(days * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Month index counting from year 0 (`year * 12 + month - 1`), for month arithmetic. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

export function monthOfIndex(index: number): { year: number; month: number } {
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** ISO 8601 week of a date, e.g. `2025-W32`. */
export function isoWeek(year: number, month: number, day: number): string {
  const days = dayNumber(year, month, day);
  const weekday = (((days + 3) % 7) + 7) % 7; // Monday = 0
  const thursday = days - weekday + 3;
  const thursdayYear = dateOfDayNumber(thursday).year;
  const week = Math.floor((thursday - dayNumber(thursdayYear, 1, 1)) / 7) + 1;
  return `${thursdayYear}-W${String(week).padStart(2, '0')}`;
}
