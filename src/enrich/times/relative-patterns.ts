/**
 * Expressions that need the publication date: "kemarin", "dua hari lalu", "tahun lalu",
 * "pekan lalu", "April lalu", "Juni tahun lalu", "pada bulan Maret", "hari Kamis".
 */
import { monthNumber, weekdayNumber } from '../../lang/id/calendar.ts';
import { numberStarts } from '../../lang/id/number-starts.ts';
import { readNumber } from '../../lang/id/numbers.ts';
import {
  FULL_MONTH_NAMES,
  FULL_WEEKDAY_NAMES,
  FUTURE_WORDS,
  MONTH_CUE_WORDS,
  PAST_WORDS,
  PERIOD_PART_WORDS,
  PERIOD_WORDS,
  RELATIVE_DAY_WORDS,
  VAGUE_AMOUNT_WORDS,
  WEEKDAY_NOT_DATE_BEFORE,
} from '../../lang/id/time-words.ts';
import { isCapitalized, wordBefore } from '../figures/text-scan.ts';
import { AnchoredPattern } from './anchored.ts';
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

const MONTH_RELATIVE = new AnchoredPattern(
  compile(
    `${B}(?:(${PERIOD_PART})\\s+)?(?:(bulan)\\s+)?(${FULL_MONTH})\\s+(?:tahun\\s+(${PAST}|${FUTURE}|ini)|(${PAST}|${FUTURE}|ini))${E}`,
  ),
  { words: [...PERIOD_PART_WORDS, 'bulan', ...FULL_MONTH_NAMES] },
);
const MONTH_CUED = new AnchoredPattern(
  compile(
    `${B}(?:(${alternation(MONTH_CUE_WORDS)})\\s+)?(?:(${PERIOD_PART})\\s+)?(?:(bulan)\\s+)?(${FULL_MONTH})${E}`,
  ),
  { words: [...MONTH_CUE_WORDS, ...PERIOD_PART_WORDS, 'bulan', ...FULL_MONTH_NAMES] },
);
const PERIOD_WORD_NAMES = ['tahun', 'bulan', 'pekan', 'minggu'];
const PERIOD_RELATIVE = new AnchoredPattern(
  compile(`${B}(?:(${PERIOD_PART})\\s+)?(tahun|bulan|pekan|minggu)\\s+(${PAST}|${FUTURE}|ini)${E}`),
  { words: [...PERIOD_PART_WORDS, ...PERIOD_WORD_NAMES] },
);
const UNIT_AGO = compileSticky(
  `\\s+(hari|pekan|minggu|bulan|tahun)\\s+(${PAST}|lagi|${FUTURE}|ke\\s+depan)${E}`,
);
const ONE_UNIT_AGO = new AnchoredPattern(
  compile(`${B}se(hari|pekan|minggu|bulan|tahun)\\s+(${PAST}|lagi|${FUTURE}|ke\\s+depan)${E}`),
  { words: ['hari', ...PERIOD_WORD_NAMES].map((unit) => `se${unit}`) },
);
const DAY_WORD = new AnchoredPattern(compile(`${B}(${alternation(Object.keys(RELATIVE_DAY_WORDS))})${E}`), {
  words: Object.keys(RELATIVE_DAY_WORDS),
});
const WEEKDAY = new AnchoredPattern(
  compile(
    `${B}(?:(hari)\\s+)?(${FULL_WEEKDAY})(?:\\s+(?:pagi|siang|sore|petang|malam|dini\\s*hari))?(?:\\s+(?:pekan|minggu)\\s+(${PAST}|${FUTURE}|ini)|\\s+(${PAST}|${FUTURE}|ini))?${E}`,
  ),
  { words: ['hari', ...FULL_WEEKDAY_NAMES] },
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

const PAST_WORD = new RegExp(`^(?:${PAST})$`, 'i');

function sign(word: string): -1 | 0 | 1 {
  if (/^ini$/i.test(word)) return 0;
  return PAST_WORD.test(word) ? -1 : 1;
}

function findMonthRelative(text: string): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  for (const match of MONTH_RELATIVE.matchAll(text)) {
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
  for (const match of MONTH_CUED.matchAll(text)) {
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
  for (const match of PERIOD_RELATIVE.matchAll(text)) {
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
  for (const start of numberStarts(text, 'separate-digits')) {
    const number = readNumber(text, start);
    if (!number || number.orderOfMagnitude || !Number.isInteger(number.value)) continue;
    UNIT_AGO.lastIndex = number.end;
    const tail = UNIT_AGO.exec(text);
    if (!tail || tail.index !== number.end) continue;
    const unit = PERIOD_WORDS[(tail[1] ?? '').toLowerCase()];
    if (!unit) continue;
    const direction = /^lagi$|depan/i.test(tail[2] ?? '') ? 1 : sign(tail[2] ?? '');
    found.push({
      start,
      end: tail.index + tail[0].length,
      rule: 'units-ago',
      spec: { kind: 'offset', unit, amount: direction * number.value },
    });
  }
  for (const match of ONE_UNIT_AGO.matchAll(text)) {
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
  for (const match of DAY_WORD.matchAll(text)) {
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
  for (const match of WEEKDAY.matchAll(text)) {
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
