/**
 * Figures: the numbers a news text states, with what they count and how sure they are.
 *
 * Decisions a reader may doubt:
 * - "hampir"/"nyaris" (almost) → less-than: the true value is just under the number.
 * - "hingga"/"sampai" before an amount → at-most ("hingga 10.000 orang"), but after another
 *   figure they end a change ("dari 10 persen hingga 20 persen") and before a year they are time.
 * - "seorang", "sebuah", "setahun", "sehari" are the indefinite "a/one" of Indonesian, not counts;
 *   "satu orang" is a count. Durations like "setahun terakhir" are found by the times extractor.
 * - "ribuan", "puluhan ribu" → order-of-magnitude with the magnitude as value (1000, 10000);
 *   "belasan" counts as 10. "Rp 200 ribuan" (digits + plural scale) → about 200000.
 * - A number word alone, with no unit, qualifier or scale ("dua di antaranya"), is not a figure.
 * - The unit is the head noun after the number; classifiers give way ("50 ekor sapi" → sapi),
 *   kind words stay ("dua lusin jenis senjata" → jenis senjata); money takes the ISO currency
 *   ("74 dolar AS per barel" → "USD per barel").
 */
import { numberStarts } from '../../lang/id/number-starts.ts';
import type { Figure, FigureQualifier } from '../../model/figure.ts';
import { readCurrencyBefore, readQualifierBefore, readUnitAfter, type UnitPart } from './figure-parts.ts';
import {
  isAfterCode,
  isCapitalisedNumberWord,
  isClockTime,
  isFollowedByName,
  isGluedOnTheLeft,
  isGluedOnTheRight,
  isInIdiom,
  isLabelled,
  isListNumber,
  isPartOfDate,
  isPartOfName,
  isPhoneNumber,
  isRegulationNumber,
  isScore,
  isTimePoint,
  isYear,
} from './not-figures.ts';
import { type NumberCore, readNumberCore } from './number-core.ts';

/** "hingga 2019", "sampai 10 persen": "until" before a year, "up to" before an amount. */
const UNTIL_WORDS = /^(hingga|sampai|sampai dengan)$/;

/**
 * Every figure in `text`: counts, money, percentages, durations and measures, with the qualifier
 * and unit that go with them ("lebih dari 10.000 tentara" → 10000, more-than, tentara). Spans are
 * exact: `text.slice(figure.start, figure.end) === figure.text`.
 */
export function extractFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  let cursor = 0;
  for (const start of numberStarts(text, 'every-digit')) {
    if (start < cursor || /\d/.test(text[start - 1] ?? '')) continue;
    const figure = readFigureAt(text, start, figures.at(-1)?.end ?? -1);
    if (figure === 'skip') continue;
    cursor = typeof figure === 'number' ? figure : figure.end;
    if (typeof figure !== 'number') figures.push(figure);
  }
  return figures;
}

/** A figure, the end of a non-figure number to skip past, or `skip` when nothing starts here. */
function readFigureAt(text: string, start: number, previousEnd: number): Figure | number | 'skip' {
  const currency = readCurrencyBefore(text, start);
  if (!currency && isGluedOnTheLeft(text, start)) return 'skip';
  const core = readNumberCore(text, start);
  if (!core) return 'skip';
  const skipTo = core.dashPairEnd ?? core.end;
  const leftEdge = core.openerStart ?? currency?.start ?? start;
  const qualifier = core.openerStart === undefined ? readQualifierBefore(text, leftEdge) : null;
  if (!currency && rejectsBeforeUnit(text, core)) return skipTo;
  const unit = readUnitAfter(text, core.end, currency?.currency ?? null);
  if (unit.end === core.end && isGluedOnTheRight(text, core.end)) return skipTo;
  const countQualified = qualifier !== null && !UNTIL_WORDS.test(qualifier.phrase);
  if (!currency && rejectsWithUnit(text, core, unit, countQualified)) return skipTo;
  const chained = qualifier !== null && isChangeEnd(text, qualifier, previousEnd);
  const figureStart = qualifier && !chained ? qualifier.start : leftEdge;
  const end = Math.max(unit.end, core.end);
  return {
    text: text.slice(figureStart, end),
    value: core.value * (unit.scale ?? 1),
    ...(core.valueMax !== undefined ? { valueMax: core.valueMax * (unit.scale ?? 1) } : {}),
    qualifier: qualifierOf(core, unit, chained ? null : qualifier?.qualifier),
    unit: unit.unit,
    kind: unit.kind,
    start: figureStart,
    end,
  };
}

function rejectsBeforeUnit(text: string, core: NumberCore): boolean {
  return (
    isPartOfDate(text, core) ||
    isClockTime(text, core) ||
    isLabelled(text, core.start) ||
    isPhoneNumber(text, core) ||
    isAfterCode(text, core.start) ||
    isCapitalisedNumberWord(text, core) ||
    (core.form === 'words' && isInIdiom(text, core.start))
  );
}

function rejectsWithUnit(text: string, core: NumberCore, unit: UnitPart, qualified: boolean): boolean {
  if (isYear(text, core, unit.unit, qualified) || isListNumber(text, core)) return true;
  if (unit.kind === 'duration' && (isTimePoint(text, unit.end) || isRegulationNumber(text, unit.end)))
    return true;
  if (unit.kind === 'count' && unit.unit !== null && unitIsName(text, core, unit)) return true;
  if (isScore(text, core, unit.unit !== null)) return true;
  if (unit.unit !== null) return false;
  if (core.form === 'words' && !qualified && !core.orderOfMagnitude && core.value < 100) return true;
  return !qualified && isPartOfName(text, core.start);
}

function unitIsName(text: string, core: NumberCore, unit: UnitPart): boolean {
  const unitStart = text.slice(core.end, unit.end).search(/\S/) + core.end;
  const firstWordEnd = unitStart + (/^[\p{L}\p{M}'’-]+/u.exec(text.slice(unitStart))?.[0].length ?? 0);
  return isFollowedByName(text, core.start, unitStart, firstWordEnd);
}

/** "naik dari 10 persen hingga 20 persen": "hingga" ends a change, it does not cap the second figure. */
function isChangeEnd(
  text: string,
  qualifier: { phrase: string; start: number },
  previousEnd: number,
): boolean {
  if (!UNTIL_WORDS.test(qualifier.phrase) || previousEnd < 0) return false;
  return /^[ \t\u00a0]*$/.test(text.slice(previousEnd, qualifier.start));
}

function qualifierOf(
  core: NumberCore,
  unit: UnitPart,
  before: FigureQualifier | null | undefined,
): FigureQualifier {
  if (core.valueMax !== undefined) return 'range';
  if (before) return before;
  if (unit.moreThan) return 'more-than';
  if (core.approximate) return 'about';
  return core.orderOfMagnitude ? 'order-of-magnitude' : 'exact';
}
