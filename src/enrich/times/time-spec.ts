import { isoDate, isValidDate } from '../../lang/id/calendar.ts';
import type { TimeGranularity } from '../../model/time.ts';
import {
  dateOfDayNumber,
  dayNumber,
  isoWeek,
  monthIndex,
  monthOfIndex,
  type ReferenceDate,
} from './reference.ts';

/**
 * Which way an expression without a year (or a bare weekday) points from the publication date:
 * `nearest` for dates like "12 Juni", `past`/`future` include the publication day or month
 * itself, the `-strict` forms exclude it ("April lalu").
 */
export type Direction = 'nearest' | 'past' | 'past-strict' | 'future' | 'future-strict';

/** What a recognised expression means, before it is resolved against the publication date. */
export type TimeSpec =
  | { kind: 'date'; year: number | null; month: number; day: number; weekday?: number; direction: Direction }
  | { kind: 'day-range'; year: number | null; month: number; day: number; endDay: number }
  | { kind: 'month'; year: number | null; month: number; yearOffset?: number; direction: Direction }
  | { kind: 'year'; year: number }
  | { kind: 'offset'; unit: 'day' | 'week' | 'month' | 'year'; amount: number }
  | { kind: 'weekday'; weekday: number; direction: Direction }
  /** "Sabtu pekan lalu": that weekday in the week before (or after) the publication week. */
  | { kind: 'weekday-of-week'; weekday: number; weekOffset: number }
  | { kind: 'clock'; hour: number; minute: number; zone: string | null }
  | { kind: 'duration'; iso: string }
  /** Already resolved elsewhere (chrono-node for English casual expressions). */
  | { kind: 'fixed'; value: string; granularity: TimeGranularity; relative: boolean };

export interface Resolution {
  value: string;
  granularity?: TimeGranularity;
  relative: boolean;
  duration?: boolean;
}

/** Why a spec could not be resolved: no publication date, or one too coarse for it. */
export type Unresolved = { missing: 'reference' | 'precision' | 'date' };

/** Resolves a spec against the publication date; clock specs are resolved by the caller. */
export function resolveSpec(spec: TimeSpec, ref: ReferenceDate | null): Resolution | Unresolved {
  switch (spec.kind) {
    case 'year':
      return { value: isoDate(spec.year), granularity: 'year', relative: false };
    case 'duration':
      return { value: spec.iso, relative: false, duration: true };
    case 'date':
      return resolveDate(spec, ref);
    case 'day-range':
      return resolveDayRange(spec, ref);
    case 'month':
      return resolveMonth(spec, ref);
    case 'offset':
      return resolveOffset(spec, ref);
    case 'weekday':
      return resolveWeekday(spec, ref);
    case 'weekday-of-week':
      return resolveWeekdayOfWeek(spec, ref);
    case 'fixed':
      return { value: spec.value, granularity: spec.granularity, relative: spec.relative };
    case 'clock':
      return { missing: 'date' };
  }
}

function resolveDate(
  spec: Extract<TimeSpec, { kind: 'date' }>,
  ref: ReferenceDate | null,
): Resolution | Unresolved {
  if (spec.year !== null) {
    if (!isValidDate(spec.year, spec.month, spec.day)) return { missing: 'date' };
    return { value: isoDate(spec.year, spec.month, spec.day), granularity: 'day', relative: false };
  }
  if (!ref) return { missing: 'reference' };
  const target = (year: number) => dayNumber(year, spec.month, spec.day);
  const refDay = dayNumber(ref.year, ref.month ?? 7, ref.day ?? 1);
  const candidates = [ref.year - 1, ref.year, ref.year + 1].filter((y) =>
    isValidDate(y, spec.month, spec.day),
  );
  const year = pick(candidates, (y) => target(y) - refDay, spec.direction);
  if (year === null) return { missing: 'date' };
  return { value: isoDate(year, spec.month, spec.day), granularity: 'day', relative: true };
}

/** Resolves the first day like a date, then ends the interval in the same month. */
function resolveDayRange(
  spec: Extract<TimeSpec, { kind: 'day-range' }>,
  ref: ReferenceDate | null,
): Resolution | Unresolved {
  const first = resolveDate({ ...spec, kind: 'date', direction: 'nearest' }, ref);
  if ('missing' in first) return first;
  const year = Number(first.value.slice(0, 4));
  if (!isValidDate(year, spec.month, spec.endDay)) return { missing: 'date' };
  return { ...first, value: `${first.value}/${isoDate(year, spec.month, spec.endDay)}` };
}

function resolveMonth(
  spec: Extract<TimeSpec, { kind: 'month' }>,
  ref: ReferenceDate | null,
): Resolution | Unresolved {
  if (spec.year !== null)
    return { value: isoDate(spec.year, spec.month), granularity: 'month', relative: false };
  if (!ref) return { missing: 'reference' };
  if (spec.yearOffset !== undefined) {
    return { value: isoDate(ref.year + spec.yearOffset, spec.month), granularity: 'month', relative: true };
  }
  if (ref.month === undefined) return { missing: 'precision' };
  const refIndex = monthIndex(ref.year, ref.month);
  const candidates = [ref.year - 1, ref.year, ref.year + 1];
  const year = pick(candidates, (y) => monthIndex(y, spec.month) - refIndex, spec.direction);
  if (year === null) return { missing: 'date' };
  return { value: isoDate(year, spec.month), granularity: 'month', relative: true };
}

/** The candidate whose distance from the reference fits the direction, nearest first. */
function pick(
  candidates: number[],
  distance: (candidate: number) => number,
  direction: Direction,
): number | null {
  const fits = (d: number) =>
    direction === 'nearest' ||
    (direction === 'past' && d <= 0) ||
    (direction === 'past-strict' && d < 0) ||
    (direction === 'future' && d >= 0) ||
    (direction === 'future-strict' && d > 0);
  const fitting = candidates.filter((c) => fits(distance(c)));
  fitting.sort((a, b) => Math.abs(distance(a)) - Math.abs(distance(b)));
  return fitting[0] ?? null;
}

function resolveOffset(
  spec: Extract<TimeSpec, { kind: 'offset' }>,
  ref: ReferenceDate | null,
): Resolution | Unresolved {
  if (!ref) return { missing: 'reference' };
  if (spec.unit === 'year')
    return { value: isoDate(ref.year + spec.amount), granularity: 'year', relative: true };
  if (ref.month === undefined) return { missing: 'precision' };
  if (spec.unit === 'month') {
    const { year, month } = monthOfIndex(monthIndex(ref.year, ref.month) + spec.amount);
    return { value: isoDate(year, month), granularity: 'month', relative: true };
  }
  if (ref.day === undefined) return { missing: 'precision' };
  const days = dayNumber(ref.year, ref.month, ref.day) + spec.amount * (spec.unit === 'week' ? 7 : 1);
  const { year, month, day } = dateOfDayNumber(days);
  if (spec.unit === 'week') return { value: isoWeek(year, month, day), granularity: 'week', relative: true };
  return { value: isoDate(year, month, day), granularity: 'day', relative: true };
}

function resolveWeekday(
  spec: Extract<TimeSpec, { kind: 'weekday' }>,
  ref: ReferenceDate | null,
): Resolution | Unresolved {
  if (!ref) return { missing: 'reference' };
  if (ref.month === undefined || ref.day === undefined) return { missing: 'precision' };
  const refDay = dayNumber(ref.year, ref.month, ref.day);
  const refWeekday = (((refDay + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; Sunday = 0
  const offsets = [-7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7].filter(
    (d) => (((refWeekday + d) % 7) + 7) % 7 === spec.weekday,
  );
  const offset = pick(offsets, (d) => d, spec.direction);
  if (offset === null) return { missing: 'date' };
  const { year, month, day } = dateOfDayNumber(refDay + offset);
  return { value: isoDate(year, month, day), granularity: 'day', relative: true };
}

function resolveWeekdayOfWeek(
  spec: Extract<TimeSpec, { kind: 'weekday-of-week' }>,
  ref: ReferenceDate | null,
): Resolution | Unresolved {
  if (!ref) return { missing: 'reference' };
  if (ref.month === undefined || ref.day === undefined) return { missing: 'precision' };
  const refDay = dayNumber(ref.year, ref.month, ref.day);
  const mondayBased = (weekday: number) => (weekday + 6) % 7;
  const refWeekday = (((refDay + 4) % 7) + 7) % 7;
  const monday = refDay - mondayBased(refWeekday);
  const { year, month, day } = dateOfDayNumber(monday + 7 * spec.weekOffset + mondayBased(spec.weekday));
  return { value: isoDate(year, month, day), granularity: 'day', relative: true };
}
