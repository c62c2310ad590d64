/**
 * The publication date as the body suggests it, when no header or dateline states it. Steps, first
 * success wins: (1) the latest report date with a year ("dirilis pada Minggu, 13 Juli 2025");
 * (2) a report weekday date without year ("dikutip … pada Jumat (9/1)"); (3) a weekday named alone
 * in a report ("pada Hari Senin") with a report day stated elsewhere ("melansir Reuters 12 Juni");
 * (4) any weekday date without year; (5) the latest full date that names its weekday. A date
 * stated without weekday or report verb ("pada 27 Mei 2015") is an event, not the publication.
 */

import { isoDate } from '../../lang/id/calendar.ts';
import type { PublishedDate } from '../../model/document.ts';
import {
  englishMonth,
  isPlausible,
  latestYearForWeekday,
  weekdayReasoning,
  type YearWindow,
} from './infer-year.ts';
import {
  evidenceOf,
  inferMentionYear,
  type LocatedMention,
  readMention,
  valueTime,
} from './located-mention.ts';
import { findWeekdayMentions, reportCueBefore } from './report-cues.ts';

export interface BodyDateInput {
  paragraphs: readonly string[];
  mentions: readonly LocatedMention[];
  reference: Date;
  window: YearWindow;
}

export function dateFromBody(input: BodyDateInput): PublishedDate | null {
  return (
    latestReportDate(input) ??
    latestInferred(input, (m) => m.cueIndex >= 0) ??
    reportWeekdayWithDayMonth(input) ??
    latestInferred(input, () => true) ??
    latestDayNamedDate(input)
  );
}

function plausibleWithYear(input: BodyDateInput, mention: LocatedMention): boolean {
  return (
    mention.year !== null &&
    isPlausible(mention.year, mention.month, mention.day, input.reference, input.window)
  );
}

function latestReportDate(input: BodyDateInput): PublishedDate | null {
  const reported = input.mentions.filter((m) => m.cueIndex >= 0 && plausibleWithYear(input, m));
  const latest = latestBy(reported, (m) => Date.UTC(m.year ?? 0, m.month - 1, m.day));
  return latest
    ? readMention(latest, true, 'The latest report date stated in the body, taken as the day of publication.')
    : null;
}

function latestInferred(
  input: BodyDateInput,
  accept: (mention: LocatedMention) => boolean,
): PublishedDate | null {
  const inferred = input.mentions
    .filter((m) => m.year === null && m.weekday !== null && accept(m))
    .map((m) => inferMentionYear(m, input.reference, input.window))
    .filter((date): date is PublishedDate => date !== null);
  return latestBy(inferred, (date) => valueTime(date.value)) ?? null;
}

function reportWeekdayWithDayMonth(input: BodyDateInput): PublishedDate | null {
  const weekday = reportedWeekday(input);
  if (!weekday) return null;
  // Only a day the text itself gives as a report date ("melansir Reuters 12 Juni"): other days are events.
  const reported = input.mentions.filter((m) => m.year === null && m.weekday === null && m.cueIndex >= 0);
  for (const mention of reported) {
    const year = latestYearForWeekday(
      mention.month,
      mention.day,
      weekday.weekday,
      input.reference,
      input.window,
    );
    if (year === null) continue;
    const because = weekdayReasoning(
      mention.month,
      mention.day,
      weekday.weekday,
      year,
      input.reference,
      input.window,
    );
    return {
      value: isoDate(year, mention.month, mention.day),
      evidence: evidenceOf(mention),
      inferred: true,
      reasoning: `The report is dated '${weekday.text.trim()}' and the text gives '${mention.text}': ${because}`,
    };
  }
  return null;
}

function reportedWeekday(input: BodyDateInput): { text: string; weekday: number } | null {
  for (const paragraph of input.paragraphs) {
    const taken = input.mentions.filter((m) => m.source === paragraph);
    for (const mention of findWeekdayMentions(paragraph, taken)) {
      if (reportCueBefore(paragraph, mention.index) >= 0) return mention;
    }
  }
  return null;
}

/** "Sabtu, 12 Juli 2025": a date that names its weekday is how Indonesian news dates what it reports. */
function latestDayNamedDate(input: BodyDateInput): PublishedDate | null {
  const named = input.mentions.filter((m) => m.weekday !== null && plausibleWithYear(input, m));
  const latest = latestBy(named, (m) => Date.UTC(m.year ?? 0, m.month - 1, m.day));
  if (!latest) return null;
  const day = `${latest.day} ${englishMonth(latest.month)} ${latest.year}`;
  return readMention(
    latest,
    true,
    `${day} is the latest day the body names with its weekday, taken as the day reported.`,
  );
}

function latestBy<T>(items: readonly T[], time: (item: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || time(item) > time(best)) best = item;
  return best;
}
