import { isoDate, isValidDate, MONTH_PATTERN, monthNumber } from '../../lang/id/calendar.ts';

/** A date read from a value, as ISO 8601 only as precise as the value, with the part it rests on. */
export interface DateReading {
  value: string;
  evidence: string;
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function withTime(date: string, hour?: string, minute?: string): string {
  if (hour === undefined || minute === undefined) return date;
  const h = Number(hour);
  const m = Number(minute);
  if (h > 23 || m > 59) return date;
  return `${date}T${pad(h)}:${pad(m)}`;
}

function calendarDate(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || !isValidDate(year, month, day)) return null;
  return isoDate(year, month, day);
}

const ISO_LIKE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

/** A zone written with the time ("Z", "+07:00", "+0700") is kept, so the clock time stays unambiguous. */
function zoneSuffix(zone: string | undefined): string {
  if (!zone) return '';
  return zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
}
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2}))?/;
const EPOCH = /^\d{10}(?:\d{3})?$/;

/**
 * Reads a machine-written date (meta tags, JSON-LD, `datetime` attributes): ISO 8601 and its
 * slash or compact variants, Unix epochs, or English/Indonesian written dates. The clock time is
 * kept as written (`HH:MM`) with its zone when one is written; seconds are dropped; nothing is converted.
 */
export function readMachineDate(raw: string): DateReading | null {
  const value = raw.trim();
  const iso = ISO_LIKE.exec(value) ?? COMPACT.exec(value);
  if (iso) {
    const date = calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (date !== null) {
      const timed = withTime(date, iso[4], iso[5]);
      return { value: timed === date ? date : timed + zoneSuffix(iso[6]), evidence: value };
    }
  }
  if (EPOCH.test(value)) {
    const millis = value.length === 13 ? Number(value) : Number(value) * 1000;
    const when = new Date(millis);
    if (when.getUTCFullYear() >= MIN_YEAR && when.getUTCFullYear() <= MAX_YEAR) {
      return { value: when.toISOString().slice(0, 16), evidence: value };
    }
  }
  const written = readWrittenDate(value);
  return written === null ? null : { value: written.value, evidence: value };
}

const ORDINAL = '(?:st|nd|rd|th)?';
const TIME = String.raw`(?:[^\d\n]{0,12}?(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?(?!\d)\s*([ap]\.?m\.?)?)?`;
const DAY_MONTH_YEAR = new RegExp(
  String.raw`\b(\d{1,2})${ORDINAL}\s+(${MONTH_PATTERN})\.?,?\s+(\d{4})\b${TIME}`,
  'i',
);
const MONTH_DAY_YEAR = new RegExp(
  String.raw`\b(${MONTH_PATTERN})\.?\s+(\d{1,2})${ORDINAL},?\s+(\d{4})\b${TIME}`,
  'i',
);
const NUMERIC_DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b${TIME}`);

function twelveHour(hour: string | undefined, meridiem: string | undefined): string | undefined {
  if (hour === undefined || meridiem === undefined) return hour;
  const h = Number(hour) % 12;
  return String(meridiem.toLowerCase().startsWith('p') ? h + 12 : h);
}

/**
 * Finds a written date in visible text: `13 Juli 2025`, `July 13, 2025`, `13/07/2025`, each with
 * an optional clock time right after. A numeric date like `05/07/2025` is read day first only
 * when `dayFirst` says the page's locale writes dates that way; otherwise it must be unambiguous.
 */
export function readWrittenDate(text: string, dayFirst = false): DateReading | null {
  const dayMonth = DAY_MONTH_YEAR.exec(text);
  if (dayMonth) {
    const month = monthNumber(dayMonth[2] ?? '');
    const date = month === null ? null : calendarDate(Number(dayMonth[3]), month, Number(dayMonth[1]));
    if (date !== null) {
      const hour = twelveHour(dayMonth[4], dayMonth[6]);
      return { value: withTime(date, hour, dayMonth[5]), evidence: dayMonth[0].trim() };
    }
  }
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst) {
    const month = monthNumber(monthFirst[1] ?? '');
    const date = month === null ? null : calendarDate(Number(monthFirst[3]), month, Number(monthFirst[2]));
    if (date !== null) {
      const hour = twelveHour(monthFirst[4], monthFirst[6]);
      return { value: withTime(date, hour, monthFirst[5]), evidence: monthFirst[0].trim() };
    }
  }
  const numeric = NUMERIC_DAY_FIRST.exec(text);
  if (numeric) {
    const first = Number(numeric[1]);
    const second = Number(numeric[2]);
    if ((first > 12 || dayFirst) && second <= 12) {
      const date = calendarDate(Number(numeric[3]), second, first);
      if (date !== null) return { value: date, evidence: numeric[0].trim() };
    } else if (second > 12 && first <= 12) {
      const date = calendarDate(Number(numeric[3]), first, second);
      if (date !== null) return { value: date, evidence: numeric[0].trim() };
    }
  }
  return null;
}
