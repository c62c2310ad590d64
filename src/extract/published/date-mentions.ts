/** Calendar dates written in news text, Indonesian or English, with or without year, weekday and time. */
import {
  isValidDate,
  MONTH_PATTERN,
  MONTH_WORDS,
  monthNumber,
  WEEKDAY_PATTERN,
  weekdayNumber,
} from '../../lang/id/calendar.ts';

export interface DateMention {
  /** The date as written, verbatim. */
  text: string;
  /** Offset of `text` in the searched string. */
  index: number;
  year: number | null;
  month: number;
  day: number;
  hour: number | null;
  minute: number | null;
  /** 0 = Sunday … 6 = Saturday, when the text names the weekday. */
  weekday: number | null;
  /** `Z` or `+07:00` when the text states the offset (ISO strings, HTTP dates). */
  offset: string | null;
}

const MON = `(${MONTH_PATTERN})`;
const TIME = String.raw`(?:\s*[,|–—-]?\s*(?:pukul|jam|pkl\.?|at)?\s*(\d{1,2})[:.](\d{2})(?::\d{2})?(?!\d|[.,]\d)(?:\s*(WIB|WITA|WIT|GMT|UTC|[ap]\.?m\.?)(?![\p{L}]))?)?`;
/** A weekday just before a date ("Minggu, ", "Senin (", "Friday, "): looked up behind the match, cheaper than in it. */
const WEEKDAY_BEFORE = new RegExp(String.raw`\b(${WEEKDAY_PATTERN})\s*[,(]?\s*$`, 'iu');
const WEEKDAY_REACH_CHARS = 16;

type Reading = Omit<DateMention, 'text' | 'index' | 'weekday'>;

interface DatePattern {
  regex: RegExp;
  /** A cheap test every match passes (run first: most paragraphs have no date). */
  mayMatch(text: string): boolean;
  /** Whether a weekday may (or must) stand right before the match. */
  weekday: 'none' | 'optional' | 'required';
  read(match: RegExpExecArray): Reading;
}

const PATTERNS: DatePattern[] = [
  {
    // 2025-08-15, 2025-08-15T13:12:00+07:00
    regex:
      /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/gu,
    mayMatch: (text) => /\d\d\d\d-\d\d-\d\d/.test(text),
    weekday: 'none',
    read: (m) => ({ ...fields(m[1], m[2], m[3]), ...clock(m[4], m[5], undefined), offset: isoOffset(m[6]) }),
  },
  {
    // Minggu, 13 Juli 2025 · 15 August 2025 13:12 · 12 Juni · Senin (12 Juni 2023)
    regex: new RegExp(
      String.raw`(?<![\p{N}.,])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MON}\b\.?(?:\s*,?\s*(\d{4})(?!\d))?\)?${TIME}`,
      'giu',
    ),
    mayMatch: mayNameMonth,
    weekday: 'optional',
    read: (m) => ({
      ...fields(m[3], monthNumber(m[2] ?? ''), m[1]),
      ...clock(m[4], m[5], m[6]),
      offset: zoneOffset(m[6]),
    }),
  },
  {
    // Friday, August 15, 2025 · June 12 · Dec. 31, 2017
    regex: new RegExp(
      String.raw`\b${MON}\b\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:\s*,?\s*(\d{4})(?!\d))?${TIME}`,
      'giu',
    ),
    mayMatch: mayNameMonth,
    weekday: 'optional',
    read: (m) => ({
      ...fields(m[3], monthNumber(m[1] ?? ''), m[2]),
      ...clock(m[4], m[5], m[6]),
      offset: zoneOffset(m[6]),
    }),
  },
  {
    // Jumat (15/8/2025) · Jumat (9/1) · Senin, (12/6/2023)
    regex: new RegExp(String.raw`\(\s*(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?\s*\)${TIME}`, 'gu'),
    mayMatch: (text) => text.includes('(') && text.includes('/'),
    weekday: 'required',
    read: (m) => ({ ...fields(m[3], m[2], m[1]), ...clock(m[4], m[5], m[6]), offset: zoneOffset(m[6]) }),
  },
  {
    // 13/07/2025 10:00 WIB · 15-08-2025
    regex: new RegExp(String.raw`(?<![\p{N}/.])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\p{N}/])${TIME}`, 'gu'),
    mayMatch: (text) => /\d[/.-]\d\d?[/.-]\d\d\d\d/.test(text),
    weekday: 'none',
    read: (m) => {
      const [day, month] = dayFirst(Number(m[1]), Number(m[3]));
      return { ...fields(m[4], month, day), ...clock(m[5], m[6], m[7]), offset: zoneOffset(m[7]) };
    },
  },
];

/**
 * A month name or abbreviation may be in the text: one of their first three letters is. Case-
 * insensitive unicode matching also reads "ſ" as "s" and the Kelvin sign as "k": texts with either
 * always go to the full pattern.
 */
const MONTH_STARTS = new RegExp(
  [...new Set(MONTH_WORDS.map((word) => word.slice(0, 3)))].join('|'),
  'i',
);
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

function mayNameMonth(text: string): boolean {
  return MONTH_STARTS.test(text) || FOLDS_TO_ASCII.test(text);
}

/** Every date written in `text`, in order; overlapping readings keep the longest. */
export function findDateMentions(text: string): DateMention[] {
  if (!/\d/.test(text)) return [];
  const found: DateMention[] = [];
  for (const pattern of PATTERNS) {
    if (!pattern.mayMatch(text)) continue;
    for (const match of text.matchAll(pattern.regex)) {
      const reading = pattern.read(match as RegExpExecArray);
      if (Number.isNaN(reading.month)) continue;
      const mention = withWeekday(text, match.index, withoutSentenceDot(match[0].trimEnd()), pattern.weekday);
      if (mention) found.push({ ...mention, ...reading });
    }
  }
  return keepLongest(found);
}

function withWeekday(
  text: string,
  index: number,
  matched: string,
  weekday: DatePattern['weekday'],
): Pick<DateMention, 'text' | 'index' | 'weekday'> | null {
  if (weekday === 'none') return { text: matched, index, weekday: null };
  const reachStart = Math.max(0, index - WEEKDAY_REACH_CHARS);
  const before = WEEKDAY_BEFORE.exec(text.slice(reachStart, index));
  const day = before ? weekdayNumber(before[1] ?? '') : null;
  if (!before || day === null) return weekday === 'required' ? null : { text: matched, index, weekday: null };
  const start = reachStart + before.index;
  return { text: text.slice(start, index) + matched, index: start, weekday: day };
}

/** ISO 8601 value of a mention with a year, only as precise as written: `2025-08-15` or `2025-08-15T13:12`. */
export function mentionIso(mention: DateMention): string | null {
  if (mention.year === null) return null;
  const date = `${pad(mention.year, 4)}-${pad(mention.month, 2)}-${pad(mention.day, 2)}`;
  if (mention.hour === null || mention.minute === null) return date;
  return `${date}T${pad(mention.hour, 2)}:${pad(mention.minute, 2)}${mention.offset ?? ''}`;
}

/** "12 Juni." ends a sentence; "Dec." is an abbreviation and keeps its dot. */
function withoutSentenceDot(text: string): string {
  const lastWord = /(\p{L}+)\.$/u.exec(text)?.[1];
  if (lastWord === undefined) return text;
  return lastWord.length <= 3 || lastWord.toLowerCase() === 'sept' ? text : text.slice(0, -1);
}

function keepLongest(found: DateMention[]): DateMention[] {
  const sorted = [...found].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: DateMention[] = [];
  for (const mention of sorted) {
    const last = kept.at(-1);
    if (last && mention.index < last.index + last.text.length) {
      if (mention.text.length > last.text.length) kept[kept.length - 1] = mention;
      continue;
    }
    kept.push(mention);
  }
  return kept;
}

function fields(
  yearText: string | undefined,
  monthValue: string | number | null | undefined,
  dayText: string | number | undefined,
): { year: number | null; month: number; day: number } {
  const month = Number(monthValue ?? Number.NaN);
  const day = Number(dayText ?? Number.NaN);
  let year: number | null = yearText ? Number(yearText) : null;
  if (year !== null && year < 100) year += 2000;
  const valid = year === null ? isValidDate(2000, month, day) : isValidDate(year, month, day);
  return valid ? { year, month, day } : { year: null, month: Number.NaN, day: Number.NaN };
}

function clock(
  hourText: string | undefined,
  minuteText: string | undefined,
  zone: string | undefined,
): { hour: number | null; minute: number | null } {
  if (hourText === undefined || minuteText === undefined) return { hour: null, minute: null };
  let hour = Number(hourText);
  const minute = Number(minuteText);
  const meridiem = zone?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return { hour: null, minute: null };
  return { hour, minute };
}

const ZONE_OFFSETS: Record<string, string> = {
  GMT: 'Z',
  UTC: 'Z',
  WIB: '+07:00',
  WITA: '+08:00',
  WIT: '+09:00',
};

function zoneOffset(zone: string | undefined): string | null {
  return ZONE_OFFSETS[zone?.toUpperCase() ?? ''] ?? null;
}

function isoOffset(offset: string | undefined): string | null {
  if (!offset) return null;
  if (offset === 'Z') return 'Z';
  return offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
}

/** Indonesian and British order is day first; swap only when the first number cannot be a day-of-month reading. */
function dayFirst(first: number, second: number): [number, number] {
  return second > 12 && first <= 12 ? [second, first] : [first, second];
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
