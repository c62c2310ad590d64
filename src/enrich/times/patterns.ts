/** Regex building blocks shared by the time recognisers. */
import { MONTH_PATTERN, MONTH_WORDS, WEEKDAY_PATTERN, WEEKDAY_WORDS } from '../../lang/id/calendar.ts';
import {
  ENGLISH_MONTH_NAMES,
  FULL_MONTH_NAMES,
  FULL_WEEKDAY_NAMES,
  PERIOD_PART_WORDS,
} from '../../lang/id/time-words.ts';

/** A regex alternation of phrases, longest first, with flexible spaces and apostrophes. */
export function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      p
        .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
        .replace(/ /g, '\\s+')
        .replace(/['’]/g, "['’]"),
    )
    .join('|');
}

/** Not glued to a letter or digit on the left / right. */
export const B = '(?<![\\p{L}\\d])';
export const E = '(?![\\p{L}\\d])';

export const ANY_MONTH = `(?:${MONTH_PATTERN})`;
export const ANY_WEEKDAY = `(?:${WEEKDAY_PATTERN})`;
export const FULL_MONTH = `(?:${alternation(FULL_MONTH_NAMES)})`;
export const FULL_WEEKDAY = `(?:${alternation(FULL_WEEKDAY_NAMES)})`;
export const ENGLISH_MONTH = `(?:${alternation(ENGLISH_MONTH_NAMES)})`;
export const PERIOD_PART = `(?:${alternation(PERIOD_PART_WORDS)})`;

/** The words of ANY_MONTH and ANY_WEEKDAY; the weekday pattern lets "jum'at" drop its apostrophe. */
export const ANY_MONTH_WORDS: readonly string[] = MONTH_WORDS;
export const ANY_WEEKDAY_WORDS: readonly string[] = [
  ...WEEKDAY_WORDS,
  ...WEEKDAY_WORDS.map((word) => word.replace("'", '')),
];

/** Compiles with the flags every recogniser uses: global, case-insensitive, unicode, with group indices. */
export function compile(source: string): RegExp {
  return new RegExp(source, 'dgiu');
}

/** Compiles a pattern that must match exactly where `lastIndex` points (sticky). */
export function compileSticky(source: string): RegExp {
  return new RegExp(source, 'diuy');
}

/** Start offset of the first defined group among `groups`, else the match start. */
export function groupStart(match: RegExpExecArray, groups: number[]): number {
  for (const group of groups) {
    const indices = match.indices?.[group];
    if (indices) return indices[0];
  }
  return match.index;
}
