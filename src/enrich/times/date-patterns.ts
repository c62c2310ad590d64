/** Dates written out: "Sabtu, 12 Juli 2025", "Jumat (9/1)", "15/8/2025", "Juli 2022", "tahun 2024", "August 15, 2025". */
import { monthNumber, weekdayNumber } from '../../lang/id/calendar.ts';
import { ENGLISH_MONTH_NAMES, FULL_WEEKDAY_NAMES, PERIOD_PART_WORDS } from '../../lang/id/time-words.ts';
import { COMMON_COUNT_NOUNS } from '../../lang/id/units.ts';
import { readCurrencyBefore } from '../figures/figure-parts.ts';
import { wordAfter, wordBefore } from '../figures/text-scan.ts';
import { AnchoredPattern } from './anchored.ts';
import type { TimeCandidate } from './candidate.ts';
import {
  ANY_MONTH,
  ANY_MONTH_WORDS,
  ANY_WEEKDAY,
  ANY_WEEKDAY_WORDS,
  B,
  compile,
  E,
  ENGLISH_MONTH,
  FULL_WEEKDAY,
  groupStart,
  PERIOD_PART,
} from './patterns.ts';
import type { Direction } from './time-spec.ts';

const DIRECTION_AFTER = '(?:\\s+(yang\\s+lalu|lalu|silam|kemarin|mendatang|nanti|yang\\s+akan\\s+datang))?';
const DAY_PART = `(?:\\s+(?:pagi|siang|sore|petang|malam|dini\\s*hari)${E})?`;
/** Words after a date or year that belong to it: "Senin (7/11) kemarin", "2013 silam". */
const DIRECTION_TRAILER = `(?:\\s+(?:yang\\s+lalu|lalu|silam|kemarin|mendatang|nanti|besok|lusa|ini)${E})?`;
/** A day's trailer may also name the part of the day: "Rabu (16/8/2017) malam". */
const TRAILER = `${DAY_PART}${DIRECTION_TRAILER}`;

const DAY_MONTH_YEAR = new AnchoredPattern(
  compile(
    `${B}(?:(${ANY_WEEKDAY})\\.?(?:,\\s*|\\s+))?(\\d{1,2})\\s+(${ANY_MONTH})(?:\\.?,?\\s+(\\d{4})${E}${TRAILER}|${E}${DIRECTION_AFTER})`,
  ),
  { words: ANY_WEEKDAY_WORDS, digits: true },
);
const MONTH_DAY_YEAR = new AnchoredPattern(
  compile(
    `${B}(?:(${ANY_WEEKDAY}),?\\s+)?(${ENGLISH_MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${E}`,
  ),
  { words: [...ANY_WEEKDAY_WORDS, ...ENGLISH_MONTH_NAMES] },
);
const NUMERIC_IN_BRACKETS = new AnchoredPattern(
  compile(
    `${B}(?:(?:hari\\s+)?(${FULL_WEEKDAY})${DAY_PART}\\s*)?\\(\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}|\\d{2}))?\\s*\\)${TRAILER}`,
  ),
  { words: ['hari', ...FULL_WEEKDAY_NAMES], brackets: true },
);
const NUMERIC_WITH_YEAR = new AnchoredPattern(
  compile(`${B}(?:(${FULL_WEEKDAY}),?\\s+)?(\\d{1,2})([/.-])(\\d{1,2})\\3(\\d{4})${E}${TRAILER}`),
  { words: FULL_WEEKDAY_NAMES, digits: true },
);
const ISO_DATE = new AnchoredPattern(compile(`${B}(\\d{4})-(\\d{2})-(\\d{2})${E}`), {
  words: [],
  digits: true,
});
const MONTH_YEAR = new AnchoredPattern(
  compile(
    `${B}(?:(${PERIOD_PART})\\s+)?(?:(bulan)\\s+)?(${ANY_MONTH})\\.?,?\\s+(?:tahun\\s+)?(\\d{4})${E}${DIRECTION_TRAILER}`,
  ),
  { words: [...PERIOD_PART_WORDS, 'bulan', ...ANY_MONTH_WORDS] },
);
const DAY_RANGE = new AnchoredPattern(
  compile(
    `${B}(\\d{1,2})\\s*(?:[-–]|\\s(?:hingga|sampai|s\\.d\\.?|s/d)\\s)\\s*(\\d{1,2})\\s+(${ANY_MONTH})(?:\\.?,?\\s+(\\d{4}))?${E}`,
  ),
  { words: [], digits: true },
);
const YEAR = new AnchoredPattern(
  compile(
    `(?<![\\p{L}\\d.,/:])(?<!\\p{L}-)(?:(${PERIOD_PART})\\s+)?(?:(tahun)\\s+)?((?:1[89]|20)\\d{2})(?![\\p{L}\\d]|[.,:/]\\d|-an|\\s*-\\s*an${E})${DIRECTION_TRAILER}`,
  ),
  { words: [...PERIOD_PART_WORDS, 'tahun'], digits: true },
);

/** Words before a four-digit number that make it a count, not a year. */
const COUNT_CUES = new Set([
  'sebanyak',
  'sejumlah',
  'total',
  'mencapai',
  'nomor',
  'no',
  'skor',
  'pukul',
  'jam',
]);

export function findDates(text: string): TimeCandidate[] {
  return [
    ...findDayMonthYear(text),
    ...findMonthDayYear(text),
    ...findNumericDates(text),
    ...findDayRanges(text),
    ...findMonthYear(text),
    ...findYears(text),
  ];
}

function directionOf(word: string | undefined): Direction {
  if (!word) return 'nearest';
  return /lalu|silam|kemarin/i.test(word) ? 'past' : 'future';
}

function dateCandidate(
  match: RegExpExecArray,
  rule: string,
  parts: {
    weekday?: string | undefined;
    day: number;
    month: number | null;
    year: number | null;
    direction?: Direction;
  },
): TimeCandidate | null {
  const { day, month, year } = parts;
  if (month === null || day < 1 || day > 31 || month < 1 || month > 12) return null;
  const weekday = parts.weekday ? weekdayNumber(parts.weekday) : null;
  return {
    start: match.index,
    end: match.index + match[0].length,
    rule,
    spec: {
      kind: 'date',
      year,
      month,
      day,
      direction: parts.direction ?? 'nearest',
      ...(weekday !== null ? { weekday } : {}),
    },
  };
}

function findDayMonthYear(text: string): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  for (const match of DAY_MONTH_YEAR.matchAll(text)) {
    const candidate = dateCandidate(match, 'day-month-year', {
      weekday: match[1],
      day: Number(match[2]),
      month: monthNumber(match[3] ?? ''),
      year: match[4] ? Number(match[4]) : null,
      direction: directionOf(match[5]),
    });
    if (candidate) found.push(candidate);
  }
  return found;
}

function findMonthDayYear(text: string): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  for (const match of MONTH_DAY_YEAR.matchAll(text)) {
    const candidate = dateCandidate(match, 'month-day-year', {
      weekday: match[1],
      day: Number(match[3]),
      month: monthNumber(match[2] ?? ''),
      year: match[4] ? Number(match[4]) : null,
    });
    if (candidate) found.push(candidate);
  }
  return found;
}

function fullYear(written: string | undefined): number | null {
  if (!written) return null;
  const year = Number(written);
  return written.length === 2 ? 2000 + year : year;
}

function findNumericDates(text: string): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  for (const match of NUMERIC_IN_BRACKETS.matchAll(text)) {
    const candidate = dateCandidate(match, 'numeric-in-brackets', {
      weekday: match[1],
      day: Number(match[2]),
      month: Number(match[3]),
      year: fullYear(match[4]),
    });
    if (candidate) found.push(candidate);
  }
  for (const match of NUMERIC_WITH_YEAR.matchAll(text)) {
    const candidate = dateCandidate(match, 'numeric-with-year', {
      weekday: match[1],
      day: Number(match[2]),
      month: Number(match[4]),
      year: Number(match[5]),
    });
    if (candidate) found.push(candidate);
  }
  for (const match of ISO_DATE.matchAll(text)) {
    const candidate = dateCandidate(match, 'iso-date', {
      day: Number(match[3]),
      month: Number(match[2]),
      year: Number(match[1]),
    });
    if (candidate) found.push(candidate);
  }
  return found;
}

function findMonthYear(text: string): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  for (const match of MONTH_YEAR.matchAll(text)) {
    const month = monthNumber(match[3] ?? '');
    if (month === null) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      rule: 'month-year',
      spec: { kind: 'month', year: Number(match[4]), month, direction: 'nearest' },
    });
  }
  return found;
}

function findYears(text: string): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  for (const match of YEAR.matchAll(text)) {
    const digitsStart = groupStart(match, [3]);
    const end = match.index + match[0].length;
    if (!match[1] && !match[2] && looksLikeCount(text, digitsStart, end)) continue;
    found.push({ start: match.index, end, rule: 'year', spec: { kind: 'year', year: Number(match[3]) } });
  }
  return found;
}

function looksLikeCount(text: string, start: number, end: number): boolean {
  if (readCurrencyBefore(text, start)) return true;
  const before = wordBefore(text, start);
  if (before && COUNT_CUES.has(before.word.toLowerCase())) return true;
  const after = wordAfter(text, end);
  return after !== null && after.start <= end + 1 && COMMON_COUNT_NOUNS.has(after.word.toLowerCase());
}

/** "14-17 Desember 2017", "1 hingga 3 Juli": an ISO interval of days within one month. */
function findDayRanges(text: string): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  for (const match of DAY_RANGE.matchAll(text)) {
    const day = Number(match[1]);
    const endDay = Number(match[2]);
    const month = monthNumber(match[3] ?? '');
    if (month === null || day < 1 || endDay > 31 || endDay <= day) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      rule: 'day-range',
      spec: { kind: 'day-range', year: match[4] ? Number(match[4]) : null, month, day, endDay },
    });
  }
  return found;
}
