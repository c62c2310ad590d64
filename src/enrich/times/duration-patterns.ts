/** Durations: "selama 16 bulan", "lebih dari tiga tahun", "setahun terakhir", "24 jam", "setengah jam". */
import { numberStarts } from '../../lang/id/number-starts.ts';
import { readNumber } from '../../lang/id/numbers.ts';
import { ANCHORED_ELSEWHERE_WORDS, DURATION_MODIFIERS, DURATION_TRAILERS } from '../../lang/id/time-words.ts';
import { DURATION_UNITS } from '../../lang/id/units.ts';
import { phraseBeforeMatcher } from '../figures/text-scan.ts';
import { AnchoredPattern } from './anchored.ts';
import type { TimeCandidate } from './candidate.ts';
import { alternation, B, compile, compileSticky, E } from './patterns.ts';

const UNITS = alternation(Object.keys(DURATION_UNITS));
const TRAILER = `(?:\\s+(?:${alternation(DURATION_TRAILERS)})${E})?`;
const NOT_A_SPAN = `(?!\\s+(?:yang\\s+lalu|lalu|silam|lagi|mendatang|ke\\s+depan|yang\\s+akan\\s+datang|${alternation(ANCHORED_ELSEWHERE_WORDS)})${E})`;
const UNIT_TAIL = compileSticky(`\\s+(${UNITS})${E}${NOT_A_SPAN}${TRAILER}`);
const ONE_UNIT = new AnchoredPattern(compile(`${B}se(${UNITS})(?![\\p{L}\\d-])${NOT_A_SPAN}${TRAILER}`), {
  words: Object.keys(DURATION_UNITS).map((unit) => `se${unit}`),
});
const MODIFIER_BEFORE = phraseBeforeMatcher(DURATION_MODIFIERS);

export function findDurations(text: string): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  let cursor = 0;
  for (const start of numberStarts(text, 'separate-digits')) {
    if (start < cursor) continue;
    if (/[-–]/.test(text[start - 1] ?? '') && /\d/.test(text[start - 2] ?? '')) continue;
    const parts = readDurationParts(text, start);
    if (parts.length === 0) continue;
    const end = parts.at(-1)?.end ?? start;
    found.push(durationCandidate(text, start, end, isoDurationOf(parts)));
    cursor = end;
  }
  for (const match of ONE_UNIT.matchAll(text)) {
    const iso = isoDuration(1, match[1] ?? '');
    if (iso) found.push(durationCandidate(text, match.index, match.index + match[0].length, iso));
  }
  return found;
}

function durationCandidate(text: string, start: number, end: number, iso: string): TimeCandidate {
  const modifier = MODIFIER_BEFORE(text, start);
  return { start: modifier?.start ?? start, end, rule: 'duration', spec: { kind: 'duration', iso } };
}

interface DurationPart {
  amount: number;
  unit: string;
  end: number;
}

const JOIN = /[ \t]*(?:dan[ \t]+)?/y;
/** Units from the largest down, so "1 tahun 6 bulan" and "1 menit 43 detik" join into one duration. */
const UNIT_ORDER = [
  'abad',
  'dekade',
  'dasawarsa',
  'windu',
  'tahun',
  'bulan',
  'pekan',
  'minggu',
  'hari',
  'jam',
  'menit',
  'detik',
];

/** "1 tahun 6 bulan": number-unit pairs in falling order of unit, read from `start`. */
function readDurationParts(text: string, start: number): DurationPart[] {
  const parts: DurationPart[] = [];
  let at = start;
  for (;;) {
    const number = readNumber(text, at);
    if (!number || number.orderOfMagnitude || number.value <= 0) break;
    UNIT_TAIL.lastIndex = number.end;
    const tail = UNIT_TAIL.exec(text);
    const unit = tail?.[1]?.toLowerCase();
    if (!tail || tail.index !== number.end || !unit) break;
    const previous = parts.at(-1);
    if (previous && UNIT_ORDER.indexOf(unit) <= UNIT_ORDER.indexOf(previous.unit)) break;
    parts.push({ amount: number.value, unit, end: tail.index + tail[0].length });
    if (tail[0].trim().toLowerCase() !== unit) break; // a trailer ("terakhir") closes the duration
    JOIN.lastIndex = tail.index + tail[0].length;
    JOIN.exec(text);
    at = JOIN.lastIndex;
  }
  return parts;
}

/** ISO 8601 duration of `amount` units: P16M, P3Y, PT24H, PT0.5H, P2W. */
export function isoDuration(amount: number, unitWord: string): string | null {
  return DURATION_UNITS[unitWord.toLowerCase()]
    ? isoDurationOf([{ amount, unit: unitWord.toLowerCase(), end: 0 }])
    : null;
}

/** Joins parts into one ISO duration (weeks become days when mixed with other units). */
function isoDurationOf(parts: DurationPart[]): string {
  const totals = new Map<string, number>();
  const mixed = parts.length > 1;
  for (const part of parts) {
    const unit = DURATION_UNITS[part.unit];
    if (!unit) continue;
    const designator = unit.time
      ? `T${unit.designator}`
      : mixed && unit.designator === 'W'
        ? 'D'
        : unit.designator;
    const size = mixed && unit.designator === 'W' ? 7 : unit.size;
    totals.set(designator, (totals.get(designator) ?? 0) + part.amount * size);
  }
  const show = (designator: string) => {
    const value = totals.get(designator);
    return value === undefined ? '' : `${Math.round(value * 1000) / 1000}${designator.replace('T', '')}`;
  };
  const date = ['Y', 'M', 'W', 'D'].map(show).join('');
  const time = ['TH', 'TM', 'TS'].map(show).join('');
  return `P${date}${time ? `T${time}` : ''}`;
}
