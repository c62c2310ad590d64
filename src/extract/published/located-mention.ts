/** A date mention together with the paragraph it was read from, and the ways to turn it into a PublishedDate. */

import { isoDate, weekdayOf } from '../../lang/id/calendar.ts';
import type { PublishedDate } from '../../model/document.ts';
import { type DateMention, findDateMentions, mentionIso } from './date-mentions.ts';
import {
  englishMonth,
  englishWeekday,
  latestYearForWeekday,
  weekdayReasoning,
  type YearWindow,
} from './infer-year.ts';
import { reportCueBefore } from './report-cues.ts';

export interface LocatedMention extends DateMention {
  /** The paragraph or line the mention was read from. */
  source: string;
  /** Offset of the report verb before it in `source`, or -1. */
  cueIndex: number;
}

const MAX_EVIDENCE_CHARS = 70;

export function locateMentions(sources: readonly string[]): LocatedMention[] {
  return sources.flatMap((source) =>
    findDateMentions(source).map((mention) => ({
      ...mention,
      source,
      cueIndex: reportCueBefore(source, mention.index),
    })),
  );
}

/** The mention with its report verb when both fit in a short phrase ("dirilis pada Minggu, 13 Juli 2025"). */
export function evidenceOf(mention: LocatedMention): string {
  const end = mention.index + mention.text.length;
  if (mention.cueIndex >= 0 && end - mention.cueIndex <= MAX_EVIDENCE_CHARS) {
    return mention.source.slice(mention.cueIndex, end);
  }
  return mention.text;
}

/** A mention that states its year, as a value; `inferred` says whether taking it as the publication date was reasoned. */
export function readMention(
  mention: LocatedMention,
  inferred: boolean,
  reasoning: string,
): PublishedDate | null {
  const value = mentionIso(mention);
  if (value === null) return null;
  return { value, evidence: evidenceOf(mention), inferred, reasoning: `${reasoning}${weekdayNote(mention)}` };
}

/** A weekday with day and month but no year ("Jumat (9/1)"): the year is the latest that fits. */
export function inferMentionYear(
  mention: LocatedMention,
  reference: Date,
  window: YearWindow,
): PublishedDate | null {
  if (mention.weekday === null || mention.year !== null) return null;
  const year = latestYearForWeekday(mention.month, mention.day, mention.weekday, reference, window);
  if (year === null) return null;
  return {
    value: withClock(isoDate(year, mention.month, mention.day), mention),
    evidence: evidenceOf(mention),
    inferred: true,
    reasoning: weekdayReasoning(mention.month, mention.day, mention.weekday, year, reference, window),
  };
}

/** Resolves a mention either way: read when it has a year, else inferred from its weekday. */
export function resolveMention(
  mention: LocatedMention,
  reference: Date,
  window: YearWindow,
  readReasoning: string,
): PublishedDate | null {
  return mention.year !== null
    ? readMention(mention, false, readReasoning)
    : inferMentionYear(mention, reference, window);
}

/** Milliseconds of the calendar day a PublishedDate value names (for "latest" comparisons). */
export function valueTime(value: string): number {
  return Date.parse(value.slice(0, 10));
}

function withClock(date: string, mention: DateMention): string {
  if (mention.hour === null || mention.minute === null) return date;
  const clock = `${String(mention.hour).padStart(2, '0')}:${String(mention.minute).padStart(2, '0')}`;
  return `${date}T${clock}${mention.offset ?? ''}`;
}

function weekdayNote(mention: DateMention): string {
  if (mention.weekday === null || mention.year === null) return '';
  const actual = weekdayOf(mention.year, mention.month, mention.day);
  const date = `${mention.day} ${englishMonth(mention.month)} ${mention.year}`;
  return actual === mention.weekday
    ? ` ${englishWeekday(mention.weekday)} matches ${date}.`
    : ` The text says ${englishWeekday(mention.weekday)} but ${date} is a ${englishWeekday(actual)}; the date is kept.`;
}
