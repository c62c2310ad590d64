/** Month and weekday names of Indonesian (with common abbreviations) and English, as they appear in news. */

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  pebruari: 2,
  feb: 2,
  peb: 2,
  february: 2,
  maret: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  aug: 8,
  august: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  october: 10,
  november: 11,
  nov: 11,
  nopember: 11,
  nop: 11,
  desember: 12,
  des: 12,
  dec: 12,
  december: 12,
};

/** 0 = Sunday … 6 = Saturday, as `Date.getUTCDay()` counts. */
const WEEKDAYS: Record<string, number> = {
  minggu: 0,
  ahad: 0,
  sunday: 0,
  sun: 0,
  senin: 1,
  monday: 1,
  mon: 1,
  selasa: 2,
  tuesday: 2,
  tue: 2,
  tues: 2,
  rabu: 3,
  wednesday: 3,
  wed: 3,
  kamis: 4,
  thursday: 4,
  thu: 4,
  thurs: 4,
  jumat: 5,
  "jum'at": 5,
  jum: 5,
  friday: 5,
  fri: 5,
  sabtu: 6,
  saturday: 6,
  sat: 6,
};

export const INDONESIAN_MONTH_NAMES = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

export const INDONESIAN_WEEKDAY_NAMES = [
  'Minggu',
  'Senin',
  'Selasa',
  'Rabu',
  'Kamis',
  'Jumat',
  'Sabtu',
] as const;

/** Month number 1–12 for a month name or abbreviation (case-insensitive, trailing dot allowed), else null. */
export function monthNumber(word: string): number | null {
  return MONTHS[withoutFinalPeriod(word.toLowerCase())] ?? null;
}

/** Weekday 0–6 (Sunday = 0) for a weekday name, else null. */
export function weekdayNumber(word: string): number | null {
  return WEEKDAYS[withoutFinalPeriod(word.toLowerCase()).replace('’', "'")] ?? null;
}

/** Asked of every word by several stages: a character test, not a regex. */
function withoutFinalPeriod(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** Every month name and abbreviation, lower-case. */
export const MONTH_WORDS: readonly string[] = Object.keys(MONTHS);

/** Every weekday name and abbreviation, lower-case ("jum'at" with its apostrophe). */
export const WEEKDAY_WORDS: readonly string[] = Object.keys(WEEKDAYS);

/** A regex alternation of every month name and abbreviation, longest first. */
export const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A regex alternation of every weekday name, longest first. */
export const WEEKDAY_PATTERN = Object.keys(WEEKDAYS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace("'", "['’]?"))
  .join('|');

/** Weekday (0 = Sunday) of a calendar date. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function isoDate(year: number, month?: number, day?: number): string {
  const y = String(year).padStart(4, '0');
  if (month === undefined) return y;
  const m = `${y}-${String(month).padStart(2, '0')}`;
  return day === undefined ? m : `${m}-${String(day).padStart(2, '0')}`;
}
