/**
 * Expressions that need the publication date: "kemarin", "dua hari lalu", "tahun lalu",
 * "pekan lalu", "April lalu", "Juni tahun lalu", "pada bulan Maret", "hari Kamis".
 */
import { monthNumber, weekdayNumber } from '../../lang/id/calendar.ts';
import { NUMBER_WORD_START_PATTERN, readNumber } from '../../lang/id/numbers.ts';
import {
  FUTURE_WORDS,
  MONTH_CUE_WORDS,
  PAST_WORDS,
  PERIOD_WORDS,
  RELATIVE_DAY_WORDS,
  VAGUE_AMOUNT_WORDS,
  WEEKDAY_NOT_DATE_BEFORE,
} from '../../lang/id/time-words.ts';
import { isCapitalized, wordBefore } from '../figures/text-scan.ts';
import type { TimeCandidate } from './candidate.ts';
import {
  alternation,
  B,
  compile,
  compileSticky,
  E,
  FULL_MONTH,
  FULL_WEEKDAY,
  groupStart,
  PERIOD_PART,
} from './patterns.ts';
import { sentenceTense } from './sentence.ts';
import type { Direction } from './time-spec.ts';

const PAST = alternation(PAST_WORDS);
const FUTURE = alternation(FUTURE_WORDS);

const MONTH_RELATIVE = compile(
  `${B}(?:(${PERIOD_PART})\\s+)?(?:(bulan)\\s+)?(${FULL_MONTH})\\s+(?:tahun\\s+(${PAST}|${FUTURE}|ini)|(${PAST}|${FUTURE}|ini))${E}`,
);
const MONTH_CUED = compile(
  `${B}(?:(${alternation(MONTH_CUE_WORDS)})\\s+)?(?:(${PERIOD_PART})\\s+)?(?:(bulan)\\s+)?(${FULL_MONTH})${E}`,
);
const PERIOD_RELATIVE = compile(
  `${B}(?:(${PERIOD_PART})\\s+)?(tahun|bulan|pekan|minggu)\\s+(${PAST}|${FUTURE}|ini)${E}`,
);
const UNIT_AGO = compileSticky(
  `\\s+(hari|pekan|minggu|bulan|tahun)\\s+(${PAST}|lagi|${FUTURE}|ke\\s+depan)${E}`,
);
const ONE_UNIT_AGO = compile(
  `${B}se(hari|pekan|minggu|bulan|tahun)\\s+(${PAST}|lagi|${FUTURE}|ke\\s+depan)${E}`,
);
const DAY_WORD = compile(`${B}(${alternation(Object.keys(RELATIVE_DAY_WORDS))})${E}`);
const WEEKDAY = compile(
  `${B}(?:(hari)\\s+)?(${FULL_WEEKDAY})(?:\\s+(?:pagi|siang|sore|petang|malam|dini\\s*hari))?(?:\\s+(?:pekan|minggu)\\s+(${PAST}|${FUTURE}|ini)|\\s+(${PAST}|${FUTURE}|ini))?${E}`,
);
const NUMBER_START = new RegExp(
  `(?<![\\p{L}\\d.,])\\d|(?<![\\p{L}\\d-])(?:${NUMBER_WORD_START_PATTERN})(?![\\p{L}])`,
  'giu',
);

export function findRelative(text: string): TimeCandidate[] {
  return [
    ...findMonthRelative(text),
    ...findMonthCued(text),
    ...findPeriodRelative(text),
    ...findUnitsAgo(text),
    ...findDayWords(text),
    ...findWeekdays(text),
  ];
}

function sign(word: string): -1 | 0 | 1 {
  if (/^ini$/i.test(word)) return 0;
  return new RegExp(`^(?:${PAST})$`, 'i').test(word) ? -1 : 1;
}

function findMonthRelative(text: string): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  for (const match of text.matchAll(MONTH_RELATIVE)) {
    const month = monthNumber(match[3] ?? '');
    if (month === null) continue;
    const base = { start: match.index, end: match.index + match[0].length, rule: 'month-relative' };
    if (match[4]) {
      const yearOffset = sign(match[4]);
      found.push({ ...base, spec: { kind: 'month', year: null, month, yearOffset, direction: 'nearest' } });
    } else {
      const direction: Direction = sign(match[5] ?? '') < 0 ? 'past-strict' : 'future';
      const spec =
        sign(match[5] ?? '') === 0
          ? { kind: 'month' as const, year: null, month, yearOffset: 0, direction: 'nearest' as const }
          : { kind: 'month' as const, year: null, month, direction };
      found.push({ ...base, spec });
    }
  }
  return found;
}

function findMonthCued(text: string): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  for (const match of text.matchAll(MONTH_CUED)) {
    if (!match[1] && !match[2] && !match[3]) continue;
    const month = monthNumber(match[4] ?? '');
    if (month === null) continue;
    const start = groupStart(match, [2, 3, 4]);
    const direction = sentenceTense(text, start);
    found.push({
      start,
      end: match.index + match[0].length,
      rule: 'month-cued',
      spec: { kind: 'month', year: null, month, direction },
    });
  }
  return found;
}

function isVagueAmountBefore(text: string, at: number): boolean {
  const before = wordBefore(text, at);
  if (!before) return false;
  const word = before.word.toLowerCase();
  return (VAGUE_AMOUNT_WORDS as readonly string[]).includes(word) || readNumber(before.word, 0) !== null;
}

function findPeriodRelative(text: string): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  for (const match of text.matchAll(PERIOD_RELATIVE)) {
    if (!match[1] && isVagueAmountBefore(text, match.index)) continue;
    const unit = PERIOD_WORDS[(match[2] ?? '').toLowerCase()];
    if (!unit) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      rule: 'period-relative',
      spec: { kind: 'offset', unit, amount: sign(match[3] ?? '') },
    });
  }
  return found;
}

function findUnitsAgo(text: string): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  for (const start of text.matchAll(NUMBER_START)) {
    const number = readNumber(text, start.index);
    if (!number || number.orderOfMagnitude || !Number.isInteger(number.value)) continue;
    UNIT_AGO.lastIndex = number.end;
    const tail = UNIT_AGO.exec(text);
    if (!tail || tail.index !== number.end) continue;
    const unit = PERIOD_WORDS[(tail[1] ?? '').toLowerCase()];
    if (!unit) continue;
    const direction = /^lagi$|depan/i.test(tail[2] ?? '') ? 1 : sign(tail[2] ?? '');
    found.push({
      start: start.index,
      end: tail.index + tail[0].length,
      rule: 'units-ago',
      spec: { kind: 'offset', unit, amount: direction * number.value },
    });
  }
  for (const match of text.matchAll(ONE_UNIT_AGO)) {
    const unit = PERIOD_WORDS[(match[1] ?? '').toLowerCase()];
    if (!unit) continue;
    const direction = /^lagi$|depan/i.test(match[2] ?? '') ? 1 : sign(match[2] ?? '');
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      rule: 'units-ago',
      spec: { kind: 'offset', unit, amount: direction },
    });
  }
  return found;
}

function findDayWords(text: string): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  for (const match of text.matchAll(DAY_WORD)) {
    const phrase = (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const amount = RELATIVE_DAY_WORDS[phrase];
    if (amount === undefined) continue;
    if (phrase === 'esok' && wordBefore(text, match.index)?.word.toLowerCase() === 'hari') continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      rule: 'day-word',
      spec: { kind: 'offset', unit: 'day', amount },
    });
  }
  return found;
}

function findWeekdays(text: string): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  for (const match of text.matchAll(WEEKDAY)) {
    const name = match[2] ?? '';
    const weekday = weekdayNumber(name);
    if (weekday === null || !isWeekdayMention(text, match, name)) continue;
    const base = { start: match.index, end: match.index + match[0].length, rule: 'weekday' };
    if (match[3]) {
      found.push({ ...base, spec: { kind: 'weekday-of-week', weekday, weekOffset: sign(match[3]) } });
      continue;
    }
    const after = match[4];
    const direction: Direction = after
      ? sign(after) < 0
        ? 'past-strict'
        : sign(after) > 0
          ? 'future-strict'
          : 'nearest'
      : sentenceTense(text, match.index);
    found.push({ ...base, spec: { kind: 'weekday', weekday, direction } });
  }
  return found;
}

/**
 * A weekday name is a date when "hari" precedes it or it is capitalised; "Minggu lalu" without
 * "hari" is "last week", and "salat Jumat" is a prayer.
 */
function isWeekdayMention(text: string, match: RegExpExecArray, name: string): boolean {
  const before = wordBefore(text, match.index)?.word.toLowerCase() ?? '';
  if ((WEEKDAY_NOT_DATE_BEFORE as readonly string[]).includes(before)) return false;
  if (match[1]) return true;
  if (!isCapitalized(name)) return false;
  return !(name.toLowerCase() === 'minggu' && (match[3] || match[4]));
}
