/**
 * Time expressions, normalised against the publication date at their own granularity.
 *
 * Decisions a reader may doubt:
 * - A bare weekday or month points to the past (the publication day or month included) unless
 *   its sentence, outside quotations, speaks of the future ("akan", "mendatang", "dijadwalkan").
 * - "April lalu" is the last April strictly before the publication month; "12 Juni" and "(9/1)"
 *   take the year that puts them nearest to the publication date.
 * - "pekan lalu"/"minggu lalu" is the ISO week seven days before publication (`2025-W32`).
 * - A clock time takes the date of the nearest day in its sentence, else the publication day;
 *   WIB/WITA/WIT become +07:00/+08:00/+09:00.
 * - Durations are ISO durations (P16M, PT24H, P1Y6M); "tiga hari menjelang X" is a P3D duration.
 *   Vague amounts ("beberapa tahun terakhir") and events ("bulan Ramadan") have no ISO value and
 *   are left out.
 * - A day range in one month is an ISO interval ("14-17 Desember 2017" → 2017-12-14/2017-12-17).
 */
import { isoDate, weekdayOf } from '../../lang/id/calendar.ts';
import type { Diagnostic } from '../../model/diagnostic.ts';
import type { PublishedDate } from '../../model/document.ts';
import type { TimeExpression } from '../../model/time.ts';
import type { TimeCandidate } from './candidate.ts';
import { findClockTimes } from './clock-patterns.ts';
import { findDates } from './date-patterns.ts';
import { findDurations } from './duration-patterns.ts';
import { findEnglishCasual } from './english-chrono.ts';
import { type ReferenceDate, referenceFrom } from './reference.ts';
import { findRelative } from './relative-patterns.ts';
import { sentenceAround } from './sentence.ts';
import { resolveSpec } from './time-spec.ts';

export interface ExtractTimesOptions {
  /** `en` adds chrono-node's English casual parser ("yesterday", "last Friday"). Default `id`. */
  language?: 'id' | 'en';
}

export interface TimesResult {
  times: TimeExpression[];
  diagnostics: Diagnostic[];
}

/**
 * Every time expression in `text`, normalised to ISO 8601 at its own granularity against the
 * publication date ("Juni tahun lalu" → 2024-06 when published in 2025). Expressions that need a
 * publication date the document lacks (or knows too coarsely) are left out with an info diagnostic;
 * a weekday that contradicts its date gives a warning.
 */
export function extractTimes(
  text: string,
  published: PublishedDate | null,
  options: ExtractTimesOptions = {},
): TimesResult {
  const ref = referenceFrom(published);
  const candidates = [
    ...findDates(text),
    ...findRelative(text),
    ...findClockTimes(text),
    ...findDurations(text),
    ...(options.language === 'en' ? findEnglishCasual(text, ref) : []),
  ];
  const chosen = keepLongest(candidates);
  const diagnostics: Diagnostic[] = [];
  const times: TimeExpression[] = [];
  const unresolved = { reference: [] as string[], precision: [] as string[] };
  for (const candidate of chosen) {
    if (candidate.spec.kind === 'clock') continue;
    const resolution = resolveSpec(candidate.spec, ref);
    const expression = text.slice(candidate.start, candidate.end);
    if ('missing' in resolution) {
      if (resolution.missing !== 'date') unresolved[resolution.missing].push(expression);
      continue;
    }
    times.push({
      text: expression,
      value: resolution.value,
      start: candidate.start,
      end: candidate.end,
      ...(resolution.granularity ? { granularity: resolution.granularity } : {}),
      ...(resolution.duration ? { duration: true } : {}),
      ...(resolution.relative ? { relative: true } : {}),
    });
    const mismatch = weekdayMismatch(candidate, resolution.value, expression);
    if (mismatch) diagnostics.push(mismatch);
  }
  adoptAppositiveDates(text, chosen, times);
  times.push(...resolveClocks(text, chosen, times, ref, unresolved));
  times.sort((a, b) => a.start - b.start);
  diagnostics.push(...unresolvedDiagnostics(unresolved, published));
  return { times, diagnostics };
}

/**
 * "Hari ini, Jumat (12/5)": a relative day word followed by the explicit date it stands for takes
 * that date, since the publication date may lag behind the writing.
 */
function adoptAppositiveDates(text: string, chosen: TimeCandidate[], times: TimeExpression[]): void {
  const byStart = new Map(times.map((t) => [t.start, t]));
  for (const [i, candidate] of chosen.entries()) {
    const next = chosen[i + 1];
    const time = byStart.get(candidate.start);
    const explicit = next ? byStart.get(next.start) : undefined;
    if (candidate.rule !== 'day-word' || !time || !next || !explicit) continue;
    if (explicit.granularity !== 'day' || !/^[ \t]*,?[ \t]*$/.test(text.slice(candidate.end, next.start)))
      continue;
    if (next.spec.kind !== 'date') continue;
    time.value = explicit.value;
  }
}

/** Overlapping candidates: the longest wins (then the earliest). */
function keepLongest(candidates: TimeCandidate[]): TimeCandidate[] {
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TimeCandidate[] = [];
  for (const candidate of byLength) {
    if (kept.every((k) => candidate.end <= k.start || candidate.start >= k.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function weekdayMismatch(candidate: TimeCandidate, value: string, expression: string): Diagnostic | null {
  const spec = candidate.spec;
  if (spec.kind !== 'date' || spec.weekday === undefined) return null;
  const [year, month, day] = value.split('-').map(Number);
  if (!year || !month || !day || weekdayOf(year, month, day) === spec.weekday) return null;
  return {
    stage: 'times',
    rule: 'times/weekday-mismatch',
    message: `"${expression}": ${value} is not the weekday written before it`,
    severity: 'warning',
    start: candidate.start,
    end: candidate.end,
  };
}

/**
 * A clock time takes its date from the nearest day-precise expression in the same sentence
 * (before it first), else from the publication day.
 */
function resolveClocks(
  text: string,
  chosen: TimeCandidate[],
  resolved: TimeExpression[],
  ref: ReferenceDate | null,
  unresolved: { reference: string[]; precision: string[] },
): TimeExpression[] {
  const clocks: TimeExpression[] = [];
  for (const candidate of chosen) {
    const spec = candidate.spec;
    if (spec.kind !== 'clock') continue;
    const expression = text.slice(candidate.start, candidate.end);
    const sameSentenceDate = dateInSentence(text, candidate.start, resolved);
    const date =
      sameSentenceDate ??
      (ref?.month !== undefined && ref.day !== undefined ? isoDate(ref.year, ref.month, ref.day) : null);
    if (!date) {
      unresolved[ref ? 'precision' : 'reference'].push(expression);
      continue;
    }
    const clock = `${String(spec.hour).padStart(2, '0')}:${String(spec.minute).padStart(2, '0')}`;
    clocks.push({
      text: expression,
      value: `${date}T${clock}${spec.zone ?? ''}`,
      start: candidate.start,
      end: candidate.end,
      granularity: 'minute',
      ...(sameSentenceDate === null || isRelativeDate(resolved, sameSentenceDate) ? { relative: true } : {}),
    });
  }
  return clocks;
}

function dateInSentence(text: string, at: number, resolved: TimeExpression[]): string | null {
  const sentence = sentenceAround(text, at);
  const days = resolved.filter(
    (t) => t.granularity === 'day' && t.start >= sentence.start && t.end <= sentence.end,
  );
  const before = days.filter((t) => t.end <= at).at(-1);
  return (before ?? days.find((t) => t.start > at))?.value ?? null;
}

function isRelativeDate(resolved: TimeExpression[], value: string): boolean {
  return resolved.some((t) => t.value === value && t.relative === true);
}

function unresolvedDiagnostics(
  unresolved: { reference: string[]; precision: string[] },
  published: PublishedDate | null,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const sample = (list: string[]) =>
    list
      .slice(0, 3)
      .map((s) => `"${s}"`)
      .join(', ');
  if (unresolved.reference.length > 0) {
    diagnostics.push({
      stage: 'times',
      rule: 'times/no-reference',
      message: `${unresolved.reference.length} relative time expression(s) left out without a publication date: ${sample(unresolved.reference)}`,
      severity: 'info',
    });
  }
  if (unresolved.precision.length > 0) {
    diagnostics.push({
      stage: 'times',
      rule: 'times/coarse-reference',
      message: `${unresolved.precision.length} time expression(s) need a publication date finer than ${published?.value ?? '?'}: ${sample(unresolved.precision)}`,
      severity: 'info',
    });
  }
  return diagnostics;
}
