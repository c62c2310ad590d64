/**
 * Numbers that are not figures: dates, clock times, years, ordinals, numbers inside names and
 * codes, phone numbers, match scores, labels ("Pasal 27") and idioms ("salah satu").
 */
import { monthNumber } from '../../lang/id/calendar.ts';
import { LABEL_NOUNS, NOT_A_COUNT_PHRASES } from '../../lang/id/numbers.ts';
import {
  ANCHORED_ELSEWHERE_WORDS,
  CLOCK_ZONES,
  DAY_PART_WORDS,
  LATER_WORDS,
  PAST_WORDS,
} from '../../lang/id/time-words.ts';
import { COMMON_COUNT_NOUNS } from '../../lang/id/units.ts';
import type { NumberCore } from './number-core.ts';
import { isCapitalized, isSentenceStart, phraseAfterMatcher, wordAfter, wordBefore } from './text-scan.ts';

/** The number touches letters or code marks on its left: "G20", "Su-57", "ke-3", "H+2", "No.35", "27/3". */
export function isGluedOnTheLeft(text: string, start: number): boolean {
  if (/\d[ \t]*\+[ \t]*$/.test(text.slice(Math.max(0, start - 8), start))) return true;
  const before = text[start - 1] ?? '';
  if (/[\p{L}\d/#'’@_]/u.test(before)) return true;
  if (/[-+.:,]/.test(before)) return /[\p{L}\d]/u.test(text[start - 2] ?? '');
  return false;
}

/** Something glued on the right makes it a code, decade, date or clock: "5G", "90-an", "27/3", "13:12", "67’". */
export function isGluedOnTheRight(text: string, end: number): boolean {
  const after = text[end] ?? '';
  if (/\p{L}/u.test(after)) return true;
  if (/[/:]/.test(after)) return /\d/.test(text[end + 1] ?? '');
  if (after === '-') return /\d/.test(text[end - 1] ?? '') && /\p{L}/u.test(text[end + 1] ?? '');
  return /['’]/.test(after) && !/\p{L}/u.test(text[end + 1] ?? '');
}

/** "12 Juli", "Juli 2025", "August 15": the number is part of a date. */
export function isPartOfDate(text: string, core: NumberCore): boolean {
  const after = wordAfter(text, core.end);
  if (after && after.start <= core.end + 2 && monthNumber(after.word) !== null) return true;
  const before = wordBefore(text, core.start);
  return before !== null && before.end >= core.start - 2 && monthNumber(before.word) !== null;
}

const CLOCK_TAIL = phraseAfterMatcher([...Object.keys(CLOCK_ZONES), ...Object.keys(DAY_PART_WORDS)]);

/** "10.00 WIB", "20.30 malam", "13:12". */
export function isClockTime(text: string, core: NumberCore): boolean {
  const numeral = text.slice(core.start, core.end);
  if (/^\d{1,2}:\d{2}$/.test(numeral)) return true;
  return /^\d{1,2}\.\d{2}$/.test(numeral) && CLOCK_TAIL(text, core.end) !== null;
}

/**
 * A four-digit number from 1900 to 2100 written without separators is a year, unless something
 * says it counts: a qualifier or currency before it, or a counted noun after it ("2000 orang").
 */
export function isYear(text: string, core: NumberCore, unit: string | null, qualified: boolean): boolean {
  const looksLikeYear = (value: number | undefined) =>
    value === undefined || (value >= 1900 && value <= 2100);
  if (!/^\d{4}(?!\d|[.,]\d)/.test(text.slice(core.start, core.end)) || core.scale !== 1) return false;
  if (!looksLikeYear(core.value) || !looksLikeYear(core.valueMax) || qualified) return false;
  return unit === null || !COMMON_COUNT_NOUNS.has(unit);
}

/** The word before labels the number ("Pasal 27", "ayat (3)", "menit 89", "tahun 2024", "pukul 10"). */
export function isLabelled(text: string, start: number): boolean {
  const bracketed = /\([ \t]*$/.exec(text.slice(Math.max(0, start - 3), start));
  const before = wordBefore(text, bracketed ? start - bracketed[0].length : start);
  return before !== null && LABEL_NOUNS.has(before.word.toLowerCase().replace(/\.$/, ''));
}

/** "0812-3456-7890", "021 555", "+62 21", and codes with a leading zero ("RT 07", "nomor 02"). */
export function isPhoneNumber(text: string, core: NumberCore): boolean {
  const numeral = text.slice(core.start, core.end);
  if (text[core.start - 1] === '+') return true;
  if (/(?:\+\d{1,3}|\(0\d+\))[ \t\d-]*$/.test(text.slice(Math.max(0, core.start - 24), core.start)))
    return true;
  return /^0\d/.test(numeral);
}

/** "Nomor 02 Tahun 2012", "UU 11 tahun 2008": a regulation's number, not a duration. */
export function isRegulationNumber(text: string, unitEnd: number): boolean {
  return /^[ \t]+(?:19|20)\d{2}(?!\d)/.test(text.slice(unitEnd, unitEnd + 6));
}

/** "salah satu", "satu sama lain": a number word inside an idiom. */
export function isInIdiom(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 12), start + 24).toLowerCase();
  const offset = start - Math.max(0, start - 12);
  return NOT_A_COUNT_PHRASES.some((phrase) => {
    for (let i = window.indexOf(phrase); i >= 0; i = window.indexOf(phrase, i + 1)) {
      const edgesClear =
        !/\p{L}/u.test(window[i - 1] ?? '') && !/\p{L}/u.test(window[i + phrase.length] ?? '');
      if (edgesClear && i <= offset && offset < i + phrase.length) return true;
    }
    return false;
  });
}

const TIME_POINT_TAIL = phraseAfterMatcher([...PAST_WORDS, ...LATER_WORDS, ...ANCHORED_ELSEWHERE_WORDS]);

/** "dua hari lalu", "tiga tahun silam", "dua pekan lagi": a point in time, not an amount. */
export function isTimePoint(text: string, unitEnd: number): boolean {
  return TIME_POINT_TAIL(text, unitEnd) !== null;
}

/** "Liga 1", "iPhone 7", "Windows 10": a bare number right after a capitalised name word. */
export function isPartOfName(text: string, start: number): boolean {
  const before = wordBefore(text, start);
  return before !== null && before.end >= start - 1 && /\p{Lu}/u.test(before.word);
}

/**
 * "Lumia 950 XL", "24 Marinus Mariyanto", "4 K": what follows the number is a name or a code, not
 * a counted noun — a capitalised word followed by another capitalised word or a list mark, a
 * capitalised word after a capitalised word, or a lone capital letter.
 */
export function isFollowedByName(text: string, start: number, unitStart: number, unitEnd: number): boolean {
  const unit = text.slice(unitStart, unitEnd);
  if (!isCapitalized(unit) || COMMON_COUNT_NOUNS.has(unit.toLowerCase())) return false;
  if (/^\p{Lu}$/u.test(unit)) return true;
  const before = wordBefore(text, start);
  if (
    before &&
    before.end >= start - 1 &&
    isCapitalized(before.word) &&
    !isSentenceStart(text, before.start)
  ) {
    return true;
  }
  const next = wordAfter(text, unitEnd);
  return (
    (next !== null && next.start <= unitEnd + 1 && isCapitalized(next.word)) ||
    /^[ \t]*[,;]/.test(text.slice(unitEnd))
  );
}

/** "2. Prada Danar": a list number at the start of a line. */
export function isListNumber(text: string, core: NumberCore): boolean {
  return (
    /^[.)]/.test(text.slice(core.end)) &&
    /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, core.start - 4), core.start))
  );
}

/**
 * "menang 2-1", "Kamerun 0-2 Cile": two small whole numbers joined by a dash, with nothing counted
 * after them, a team name after them, or a nil side.
 */
export function isScore(text: string, core: NumberCore, counted: boolean): boolean {
  if (core.dashPairEnd !== undefined) return true;
  if (core.joiner !== '-' || core.valueMax === undefined) return false;
  if (!/^\d{1,2}\s*[-–—]\s*\d{1,2}$/.test(text.slice(core.start, core.end))) return false;
  const next = wordAfter(text, core.end);
  return !counted || core.value === 0 || (next !== null && isCapitalized(next.word));
}

/** "BA 8162 AO", "DDG 56", "RT 07": a number right after a short all-capitals code. */
export function isAfterCode(text: string, start: number): boolean {
  const before = wordBefore(text, start);
  return before !== null && before.end === start - 1 && /^\p{Lu}{2,4}$/u.test(before.word);
}

/**
 * "Lima Puluh Koto", "Inspektur Polisi Satu": a capitalised number word next to another
 * capitalised word, inside a sentence, is part of a name.
 */
export function isCapitalisedNumberWord(text: string, core: NumberCore): boolean {
  if (
    core.form !== 'words' ||
    !/^\p{Lu}/u.test(text[core.start] ?? '') ||
    isSentenceStart(text, core.start)
  ) {
    return false;
  }
  const before = wordBefore(text, core.start);
  const after = wordAfter(text, core.end);
  return (before !== null && isCapitalized(before.word)) || (after !== null && isCapitalized(after.word));
}
