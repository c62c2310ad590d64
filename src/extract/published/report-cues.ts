/** Where a date or weekday in the body sits: right after a report verb ("dirilis pada", "ujarnya,"), or not. */
import { WEEKDAY_PATTERN, weekdayNumber } from '../../lang/id/calendar.ts';
import {
  REPORT_CUE_PATTERN,
  WEEKDAY_LEAD_PATTERN,
  WEEKDAY_NOT_DAY_AFTER,
} from '../../lang/id/publication-cues.ts';

const CUE_WINDOW_CHARS = 90;
const REPORT_CUES = new RegExp(REPORT_CUE_PATTERN.source, 'giu');

/** Offset of the report verb that precedes `index` in the same sentence, within a short distance; else -1. */
export function reportCueBefore(text: string, index: number): number {
  const windowStart = Math.max(0, index - CUE_WINDOW_CHARS);
  const before = text.slice(windowStart, index);
  const sentenceBreak = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('! '),
    before.lastIndexOf('? '),
  );
  const sentenceStart = sentenceBreak >= 0 ? sentenceBreak + 2 : 0;
  const cues = [...before.slice(sentenceStart).matchAll(REPORT_CUES)];
  const nearest = cues.at(-1);
  return nearest ? windowStart + sentenceStart + nearest.index : -1;
}

export interface WeekdayMention {
  text: string;
  index: number;
  weekday: number;
}

/** Only full names count alone: "Sat"/"Sun"/"Mon" are words too. */
const STANDALONE_WEEKDAY = WEEKDAY_PATTERN.split('|')
  .filter((name) => name.replace(/\[.*?\]\??/g, '').length >= 5 || /^(?:rabu|ahad)$/i.test(name))
  .join('|');

const WEEKDAY_ALONE = new RegExp(String.raw`\b${WEEKDAY_LEAD_PATTERN}(${STANDALONE_WEEKDAY})\b`, 'giu');

/** The letters each standalone weekday name starts with ("jum['’]?at" → "jum"). */
const WEEKDAY_STARTS = new RegExp(
  STANDALONE_WEEKDAY.split('|')
    .map((name) => /^[a-z]*/.exec(name)?.[0] ?? '')
    .join('|'),
  'i',
);
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

/**
 * A cheap test every text with a match passes (most paragraphs name no weekday). Case-insensitive
 * unicode matching also reads "ſ" as "s" and the Kelvin sign as "k": such texts always pass.
 */
function mayNameWeekday(text: string): boolean {
  return WEEKDAY_STARTS.test(text) || FOLDS_TO_ASCII.test(text);
}

/** Weekdays named on their own ("pada Hari Senin", "on Monday"), outside the given date ranges. */
export function findWeekdayMentions(
  text: string,
  taken: readonly { index: number; text: string }[],
): WeekdayMention[] {
  const found: WeekdayMention[] = [];
  if (!mayNameWeekday(text)) return found;
  for (const match of text.matchAll(WEEKDAY_ALONE)) {
    const word = match[1] ?? '';
    const afterDay = text.slice(match.index + match[0].length);
    const namedAsDay = /^hari\b/i.test(match[0].replace(/^(?:pada|on)\s+/i, '')) || /^\p{Lu}/u.test(word);
    if (!namedAsDay || WEEKDAY_NOT_DAY_AFTER.test(afterDay)) continue;
    if (
      taken.some(
        (date) => match.index < date.index + date.text.length && date.index < match.index + match[0].length,
      )
    ) {
      continue;
    }
    const weekday = weekdayNumber(word);
    if (weekday !== null) found.push({ text: match[0], index: match.index, weekday });
  }
  return found;
}
