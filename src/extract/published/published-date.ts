/**
 * The publication date of one article, read or inferred. Cascade, first success wins:
 * 1. the container's `published` hint; 2. a header date line ("15 August 2025 13:12");
 * 3. a date in the dateline ("JAKARTA, Kamis (15/8) -"); 4. the body (see body-dates.ts);
 * 5. a year fixed by "Juni tahun lalu" next to "Juni 2024". Nothing → null, never today.
 */
import type { Diagnostic } from '../../model/diagnostic.ts';
import type { PublishedDate, SourceHints } from '../../model/document.ts';
import { dateFromBody } from './body-dates.ts';
import { findDateMentions, mentionIso } from './date-mentions.ts';
import type { YearWindow } from './infer-year.ts';
import { type LocatedMention, locateMentions, resolveMention } from './located-mention.ts';
import { weekdayMismatches } from './weekday-check.ts';
import { durationBound, lastYearLink, latestBound, pastYearMentions } from './year-clues.ts';

export interface PublishedDateInput {
  hints: SourceHints;
  /** Header lines that carry the publication date (removed as `date`). */
  headerDateLines: readonly string[];
  /** The dateline cut from the first paragraph, e.g. `JAKARTA, Kamis (15/8) -`. */
  dateline: string | null;
  /** The clean body paragraphs. */
  paragraphs: readonly string[];
  referenceDate: Date;
}

export interface PublishedDateReading {
  published: PublishedDate | null;
  diagnostics: Diagnostic[];
}

export function readPublishedDate(input: PublishedDateInput): PublishedDateReading {
  const diagnostics: Diagnostic[] = [];
  const header = locateMentions(input.headerDateLines);
  const dateline = locateMentions(input.dateline ? [input.dateline] : []);
  const body = locateMentions(input.paragraphs);
  diagnostics.push(...weekdayMismatches([...header, ...dateline, ...body]));
  const window = yearWindow(input);
  const hint = dateFromHint(input.hints.published, diagnostics);
  const published =
    hint ??
    firstResolved(header, input.referenceDate, window, 'Read from the header date line.') ??
    firstResolved(dateline, input.referenceDate, window, 'Read from the dateline.') ??
    dateFromBody({ paragraphs: input.paragraphs, mentions: body, reference: input.referenceDate, window }) ??
    yearFromLastYearLink(window);
  return { published, diagnostics };
}

function firstResolved(
  mentions: readonly LocatedMention[],
  reference: Date,
  window: YearWindow,
  reasoning: string,
): PublishedDate | null {
  for (const mention of mentions) {
    const date = resolveMention(mention, reference, window, reasoning);
    if (date) return date;
  }
  return null;
}

function yearWindow(input: PublishedDateInput): YearWindow {
  const texts = input.dateline ? [input.dateline, ...input.paragraphs] : [...input.paragraphs];
  const referenceYear = input.referenceDate.getUTCFullYear();
  const bounds = texts.flatMap((text) => {
    const duration = durationBound(text);
    return duration
      ? [...pastYearMentions(text, referenceYear), duration]
      : pastYearMentions(text, referenceYear);
  });
  const lower = latestBound(bounds.filter((bound) => bound.year <= referenceYear));
  const fixed = lastYearLink(texts.join('\n'));
  const consistent = fixed !== null && (!lower || lower.year <= fixed.year) && fixed.year <= referenceYear;
  return { lower, fixed: consistent ? fixed : null };
}

function yearFromLastYearLink(window: YearWindow): PublishedDate | null {
  if (!window.fixed) return null;
  const { year, text, support } = window.fixed;
  return {
    value: String(year),
    evidence: text,
    inferred: true,
    reasoning: `'${text}' is the same month as '${support}', so the article was written in ${year}.`,
  };
}

/** Reads the container's date field ("2025-08-15T13:12:00+07:00", "Fri, 15 Aug 2025 06:12:00 GMT"). */
function dateFromHint(hint: string | undefined, diagnostics: Diagnostic[]): PublishedDate | null {
  if (!hint?.trim()) return null;
  const mention = findDateMentions(hint).find((m) => m.year !== null);
  const stated = mention ? mentionIso(mention) : null;
  if (stated)
    return { value: stated, evidence: hint, inferred: false, reasoning: 'Given by the source metadata.' };
  // Date.parse guesses at anything ("nomor 3" is 1 March 2001): it reads only what names a year.
  const parsed = /\b\d{4}\b/.test(hint) ? Date.parse(hint) : Number.NaN;
  if (!Number.isNaN(parsed)) {
    const value = new Date(parsed).toISOString().slice(0, 16).concat('Z');
    return { value, evidence: hint, inferred: false, reasoning: 'Given by the source metadata.' };
  }
  diagnostics.push({
    stage: 'extract',
    rule: 'published/unparseable-hint',
    message: `The source gives the publication date '${hint}', which could not be read.`,
    severity: 'warning',
  });
  return null;
}
