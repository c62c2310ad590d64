import type { FigureQualifier } from '../../../src/model/figure.ts';

const LOCALE = 'id-ID';
const dayFormat = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });

const PARTIAL_ISO =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/**
 * A date as precise as it was stated: `2025` → "2025", `2025-03` → "Maret 2025",
 * `2025-03-10T09:30+07:00` → "10 Mar 2025 09.30 +07:00". The clock time is shown as written, not converted.
 */
export function formatPartialDate(value: string | null | undefined): string {
  if (!value) return '';
  const week = /^(\d{4})-W(\d{2})$/.exec(value.trim());
  if (week) return `pekan ke-${Number(week[2])} ${week[1]}`;
  const match = PARTIAL_ISO.exec(value.trim());
  if (!match) return value;
  const [, year, month, day, hour, minute, zone] = match;
  if (!month) return year!;
  const utc = Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1));
  if (!day) return monthFormat.format(utc);
  const date = dayFormat.format(utc);
  if (!hour) return date;
  const offset = zone && zone !== 'Z' ? ` ${zone}` : zone === 'Z' ? ' UTC' : '';
  return `${date} ${hour}.${minute}${offset}`;
}

const DURATION_UNITS: Record<string, string> = {
  Y: 'tahun',
  M: 'bulan',
  W: 'pekan',
  D: 'hari',
  H: 'jam',
  TM: 'menit',
  S: 'detik',
};

/** An ISO 8601 duration in words: `P16M` → "16 bulan", `PT6H` → "6 jam". Anything else is returned as is. */
export function formatDuration(value: string): string {
  const match =
    /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
      value,
    );
  if (!match || value === 'P' || value.endsWith('T')) return value;
  const keys = ['Y', 'M', 'W', 'D', 'H', 'TM', 'S'];
  const parts = keys
    .map((key, i) => (match[i + 1] ? `${formatNumber(Number(match[i + 1]))} ${DURATION_UNITS[key]}` : null))
    .filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' ') : value;
}

const FIGURE_KIND_LABELS: Record<string, string> = {
  count: 'jumlah',
  money: 'uang',
  percent: 'persentase',
  duration: 'durasi',
  measure: 'ukuran',
};

export function figureKindLabel(kind: string): string {
  return FIGURE_KIND_LABELS[kind] ?? kind;
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A value with its unit; currencies in front (Rp 4.500.000), counted things after (1.200 warga). */
export function formatQuantity(value: number, unit: string | null | undefined): string {
  if (unit === 'IDR') return `Rp ${formatNumber(value)}`;
  if (unit && /^[A-Z]{3}$/.test(unit)) return `${unit} ${formatNumber(value)}`;
  if (unit === '%' || unit === 'persen') return `${formatNumber(value)}%`;
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

const QUALIFIER_LABELS: Record<FigureQualifier, string> = {
  exact: 'tepat',
  about: 'sekitar',
  'more-than': 'lebih dari',
  'less-than': 'kurang dari',
  'at-least': 'setidaknya',
  'at-most': 'paling banyak',
  'order-of-magnitude': 'orde besaran',
  range: 'rentang',
};

export function qualifierLabel(qualifier: string): string {
  return QUALIFIER_LABELS[qualifier as FigureQualifier] ?? qualifier;
}

/** Days between two partial ISO dates (by their day part), or null when either lacks a day. */
export function daysBetween(a: string | null, b: string | null): number | null {
  const day = (v: string | null): number | null => {
    const m = v ? /^(\d{4})-(\d{2})-(\d{2})/.exec(v) : null;
    return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
  };
  const x = day(a);
  const y = day(b);
  return x === null || y === null ? null : Math.round((y - x) / 86_400_000);
}

export function countLabel(count: number, noun: string): string {
  return `${formatNumber(count)} ${noun}`;
}
