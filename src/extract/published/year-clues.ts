/**
 * What the body says about the year it was written in: years it mentions as past (a lower bound),
 * "Juni tahun lalu" next to "Juni 2024" (the year itself), durations tied to a dated start.
 */
import { MONTH_PATTERN, monthNumber } from '../../lang/id/calendar.ts';
import {
  AMOUNT_BEFORE_NUMBER,
  COUNT_AFTER_NUMBER,
  DURATION_LEAD_PATTERN,
  DURATION_UNITS,
  ENTERING_YEAR_PATTERN,
  FUTURE_BEFORE_YEAR,
  LAST_YEAR_PATTERN,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  START_ANCHOR_PATTERN,
} from '../../lang/id/publication-cues.ts';

/** The article was written in or after this month (or year, when `month` is null). */
export interface LowerBound {
  year: number;
  month: number | null;
  /** The words it rests on, verbatim. */
  text: string;
}

/** The article was written in this year, e.g. because "Juni tahun lalu" is "Juni 2024". */
export interface FixedYear {
  year: number;
  text: string;
  support: string;
}

const YEAR_MENTION = /(?<![\p{N}.,/-])(1[89]\d\d|20\d\d)(?![\p{N}]|[.,]\d)/gu;
const MONTH_BEFORE = new RegExp(String.raw`\b(${MONTH_PATTERN})\.?\s+$`, 'iu');

/** Years the text mentions as already reached ("pada 2019", "Pada Juli 2022"); plans, amounts and future years left out. */
export function pastYearMentions(text: string, referenceYear: number): LowerBound[] {
  const bounds: LowerBound[] = [];
  for (const match of text.matchAll(YEAR_MENTION)) {
    const year = Number(match[1]);
    const month = MONTH_BEFORE.exec(text.slice(Math.max(0, match.index - 12), match.index));
    const start = match.index - (month?.[0].length ?? 0);
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 20);
    if (year > referenceYear || FUTURE_BEFORE_YEAR.test(before) || COUNT_AFTER_NUMBER.test(after)) continue;
    if (!month && AMOUNT_BEFORE_NUMBER.test(before)) continue;
    bounds.push({
      year,
      month: month ? monthNumber(month[1] ?? '') : null,
      text: text.slice(start, match.index + 4),
    });
  }
  return bounds;
}

/** The latest of several lower bounds. */
export function latestBound(bounds: readonly LowerBound[]): LowerBound | null {
  let best: LowerBound | null = null;
  for (const bound of bounds) {
    if (!best || boundOrdinal(bound) > boundOrdinal(best)) best = bound;
  }
  return best;
}

/** Months since year 0, counting a bare year as its January. */
export function boundOrdinal(bound: { year: number; month: number | null }): number {
  return bound.year * 12 + (bound.month ?? 1) - 1;
}

const LAST_YEAR_WORDS = new RegExp(LAST_YEAR_PATTERN, 'i');
const MONTH_LAST_YEAR = new RegExp(String.raw`\b(${MONTH_PATTERN})\s+${LAST_YEAR_PATTERN}`, 'giu');

/** "Juni tahun lalu" with "Juni 2024" elsewhere in the text: the article was written in 2025. */
export function lastYearLink(text: string): FixedYear | null {
  if (!LAST_YEAR_WORDS.test(text)) return null;
  for (const relative of text.matchAll(MONTH_LAST_YEAR)) {
    const month = monthNumber(relative[1] ?? '');
    const stated = new RegExp(String.raw`\b(${MONTH_PATTERN})\s+(\d{4})\b`, 'giu');
    for (const absolute of text.matchAll(stated)) {
      if (monthNumber(absolute[1] ?? '') === month) {
        return { year: Number(absolute[2]) + 1, text: relative[0], support: absolute[0] };
      }
    }
  }
  return null;
}

/** A duration counts from a start only when it follows the start closely ("sejak Februari 2022, atau selama 16 bulan"). */
const ANCHOR_REACH_CHARS = 70;

const START_WORD = new RegExp(String.raw`\b${START_ANCHOR_PATTERN}\s`, 'iu');
const START = new RegExp(String.raw`\b${START_ANCHOR_PATTERN}\s+(?:(${MONTH_PATTERN})\s+)?(\d{4})\b`, 'iu');
const NUMBER_WORD = Object.keys(NUMBER_WORDS).join('|');
const DURATION = new RegExp(
  String.raw`\b${DURATION_LEAD_PATTERN}\s+(\d{1,3}|${NUMBER_WORD})\s+(${Object.keys(DURATION_UNITS).join('|')})\b`,
  'iu',
);
const ENTERING = new RegExp(
  String.raw`\b${ENTERING_YEAR_PATTERN}(?:ke-?(\d{1,2})|(${Object.keys(ORDINAL_WORDS).join('|')}))(?:\s+year)?\b`,
  'iu',
);

/** The first letters of every start word; unicode case-folding reads "ſ" as "s", so such texts pass too. */
const START_LEADS = /sejak|semenjak|dimulai|bermula|since|began|started|[\u017f\u212a]/i;

/** A cheap test every paragraph with a start word passes: most have none. */
function mayNameStart(paragraph: string): boolean {
  return START_LEADS.test(paragraph);
}

/** "sejak Februari 2022 ... selama 16 bulan" in one paragraph: written no earlier than June 2023. */
export function durationBound(paragraph: string): LowerBound | null {
  if (!mayNameStart(paragraph) || !START_WORD.test(paragraph)) return null;
  const start = START.exec(paragraph);
  if (!start) return null;
  const afterStart = paragraph.slice(
    start.index + start[0].length,
    start.index + start[0].length + ANCHOR_REACH_CHARS,
  );
  const months = elapsedMonths(afterStart);
  if (months === null) return null;
  const startMonth = start[1] ? (monthNumber(start[1]) ?? 1) : 1;
  const ordinal = Number(start[2]) * 12 + startMonth - 1 + months.months;
  return {
    year: Math.floor(ordinal / 12),
    month: start[1] ? (ordinal % 12) + 1 : null,
    text: `${start[0]} … ${months.text}`,
  };
}

function elapsedMonths(paragraph: string): { months: number; text: string } | null {
  const duration = DURATION.exec(paragraph);
  if (duration) {
    const count = Number(duration[1]) || NUMBER_WORDS[(duration[1] ?? '').toLowerCase()] || 0;
    const unit = DURATION_UNITS[(duration[2] ?? '').toLowerCase()];
    if (count > 0) return { months: unit === 'year' ? count * 12 : count, text: duration[0] };
  }
  const entering = ENTERING.exec(paragraph);
  if (entering) {
    const nth = Number(entering[1]) || ORDINAL_WORDS[(entering[2] ?? '').toLowerCase()] || 0;
    if (nth > 1) return { months: (nth - 1) * 12, text: entering[0] };
  }
  return null;
}
