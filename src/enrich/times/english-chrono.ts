/**
 * English casual expressions ("yesterday", "last Friday", "three days ago") through chrono-node,
 * whose English parser does these well. Used when the caller says the text is English; the
 * Indonesian recognisers already read English calendar dates ("August 15, 2025").
 */
import * as chrono from 'chrono-node';
import { isoDate } from '../../lang/id/calendar.ts';
import type { TimeGranularity } from '../../model/time.ts';
import type { TimeCandidate } from './candidate.ts';
import type { ReferenceDate } from './reference.ts';

type ChronoComponents = chrono.ParsedResult['start'];

export function findEnglishCasual(text: string, ref: ReferenceDate | null): TimeCandidate[] {
  // Without a publication day chrono would silently resolve against today's date.
  if (ref?.month === undefined || ref.day === undefined) return [];
  const instant = new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12));
  const results = chrono.en.casual.parse(text, { instant, timezone: 0 });
  const found: TimeCandidate[] = [];
  for (const result of results) {
    if (text.slice(result.index, result.index + result.text.length) !== result.text) continue;
    // "after six hours", "within an hour": chrono counts hours from the reference instant, but these
    // are lengths of time, not clock times; a clock time is written with digits or noon/midnight.
    if (result.start.isCertain('hour') && !/\d|noon|midnight/i.test(result.text)) continue;
    const relative = !/\d{4}/.test(result.text);
    const resolved = chronoValueOf(result.start);
    if (!resolved) continue;
    found.push({
      start: result.index,
      end: result.index + result.text.length,
      rule: 'chrono-en',
      spec: { kind: 'fixed', value: resolved.value, granularity: resolved.granularity, relative },
    });
  }
  return found;
}

/** The value at the finest component chrono is sure of (or implied by a relative day). */
function chronoValueOf(start: ChronoComponents): { value: string; granularity: TimeGranularity } | null {
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (year === null) return null;
  const dayKnown = start.isCertain('day') || start.isCertain('weekday');
  if (start.isCertain('hour') && month !== null && day !== null) {
    const hour = String(start.get('hour')).padStart(2, '0');
    const minute = String(start.get('minute') ?? 0).padStart(2, '0');
    return { value: `${isoDate(year, month, day)}T${hour}:${minute}`, granularity: 'minute' };
  }
  if (dayKnown && month !== null && day !== null)
    return { value: isoDate(year, month, day), granularity: 'day' };
  if (start.isCertain('month') && month !== null)
    return { value: isoDate(year, month), granularity: 'month' };
  return { value: isoDate(year), granularity: 'year' };
}
