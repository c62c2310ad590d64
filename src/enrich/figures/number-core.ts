import { type NumberReading, RANGE_JOINERS, readNumber } from '../../lang/id/numbers.ts';
import { phraseAfterMatcher, wordBefore } from './text-scan.ts';

/** The number part of a figure: one number or a range, with its scale words. */
export interface NumberCore {
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  form: NumberReading['form'];
  orderOfMagnitude: boolean;
  /** "Rp 200 ribuan": about that much. */
  approximate: boolean;
  /** The scale word's factor of the first number ("1,5 juta" → 1e6), else 1. */
  scale: number;
  /** How a range was joined ("-", "hingga", "dan"), for telling scores from ranges. */
  joiner?: string;
  /** Where "antara" opens the range ("antara 10 dan 20"), so the figure's text can include it. */
  openerStart?: number;
  /** The second number of a dash pair that is not a range ("2-1"), kept so the caller can skip it. */
  dashPairEnd?: number;
}

const RANGE_JOINER = phraseAfterMatcher(RANGE_JOINERS);
const DASH = /[ \t\u00a0]*[-–—][ \t\u00a0]*/y;
const AND = phraseAfterMatcher(['dan']);

/** Reads the number (or range "10-20", "10 hingga 20", "antara 10 dan 20") that starts at `start`. */
export function readNumberCore(text: string, start: number): NumberCore | null {
  const first = readNumber(text, start);
  if (!first) return null;
  const core: NumberCore = {
    start,
    end: first.end,
    value: first.value,
    form: first.form,
    orderOfMagnitude: first.orderOfMagnitude,
    approximate: first.approximate === true,
    scale: first.scale,
  };
  if (first.orderOfMagnitude) return core;
  const joined = readRangeEnd(text, first, start);
  if (!joined) return core;
  const { second, joiner } = joined;
  // "10-20 juta": a scale written once after the second number applies to the first too.
  const low = first.scale === 1 ? first.value * second.scale : first.value;
  if (second.value > low && !second.orderOfMagnitude) {
    const opener =
      joiner === 'dan' || joiner === 'hingga' || joiner === 'sampai' ? antaraBefore(text, start) : null;
    return {
      ...core,
      value: low,
      valueMax: second.value,
      end: second.end,
      joiner,
      ...(opener !== null ? { openerStart: opener } : {}),
    };
  }
  return joiner === '-' ? { ...core, dashPairEnd: second.end } : core;
}

function readRangeEnd(
  text: string,
  first: NumberReading,
  start: number,
): { second: NumberReading; joiner: string } | null {
  DASH.lastIndex = first.end;
  const dash = DASH.exec(text);
  if (dash && first.form === 'digits') {
    const second = readNumber(text, skipCurrency(text, first.end + dash[0].length));
    if (second && second.form === 'digits') return { second, joiner: '-' };
  }
  const joiner =
    RANGE_JOINER(text, first.end) ?? (antaraBefore(text, start) !== null ? AND(text, first.end) : null);
  if (!joiner) return null;
  const secondStart = skipCurrency(text, skipSpaces(text, joiner.end));
  const second = readNumber(text, secondStart);
  if (!second || second.form !== first.form) return null;
  return { second, joiner: joiner.word.toLowerCase() };
}

function antaraBefore(text: string, start: number): number | null {
  const before = wordBefore(text, start);
  return before?.word.toLowerCase() === 'antara' ? before.start : null;
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (/[ \t\u00a0]/.test(text[i] ?? '')) i++;
  return i;
}

/** "Rp 4 miliar-Rp 5 miliar": the currency may be written again before the second number. */
function skipCurrency(text: string, at: number): number {
  const mark = /(?:Rp\.?|US\$|\$|€|£)[ \t]*/iy;
  mark.lastIndex = at;
  return mark.exec(text) ? mark.lastIndex : at;
}
