/** A weekday that contradicts its date ("Senin, 13 Juli 2025" — a Sunday) is an oddity worth telling. */

import { weekdayOf } from '../../lang/id/calendar.ts';
import type { Diagnostic } from '../../model/diagnostic.ts';
import type { DateMention } from './date-mentions.ts';
import { englishMonth, englishWeekday } from './infer-year.ts';

export function weekdayMismatches(mentions: readonly DateMention[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const mention of mentions) {
    if (mention.weekday === null || mention.year === null) continue;
    const actual = weekdayOf(mention.year, mention.month, mention.day);
    if (actual === mention.weekday) continue;
    diagnostics.push({
      stage: 'extract',
      rule: 'published/weekday-mismatch',
      message:
        `'${mention.text}' names a ${englishWeekday(mention.weekday)}, but ${mention.day} ` +
        `${englishMonth(mention.month)} ${mention.year} is a ${englishWeekday(actual)}.`,
      severity: 'warning',
    });
  }
  return diagnostics;
}
