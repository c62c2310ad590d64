import { forEachWord, isAsciiLetterOrDigit, type WordPattern } from '../../lang/id/word-scan.ts';

/** A small word splitter for reading attribution frames: words keep their offsets into the text. */

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** True for letters and digits, false for a punctuation mark or symbol. */
  isWord: boolean;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
}

// Words may hold inner hyphens, apostrophes and dots (Jong-un, Ma’ruf, S.H); anything else is one mark.
const TOKEN: WordPattern = {
  pattern: /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|\S/gu,
  isWordChar: isAsciiLetterOrDigit,
  isJoiner: (code) => code === 45 || code === 39 || code === 46,
  marks: true,
};
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;

export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  forEachWord(text, TOKEN, (start, end) => {
    const value = text.slice(start, end);
    words.push({
      text: value,
      lower: value.toLowerCase(),
      start,
      end,
      isWord: startsWithLetterOrDigit(value),
      capitalised: startsUpper(value),
    });
  });
  return words;
}

function startsWithLetterOrDigit(value: string): boolean {
  const code = value.charCodeAt(0);
  return code < 128 ? isAsciiLetterOrDigit(code) : LETTER_OR_DIGIT.test(value);
}

function startsUpper(value: string): boolean {
  const code = value.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : UPPER_START.test(value);
}

/** Index of the first word starting at or after `offset` (words.length when none). */
export function firstWordAtOrAfter(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((words[mid]?.start ?? Number.POSITIVE_INFINITY) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function isCapitalised(word: Word): boolean {
  return word.capitalised;
}

/** All capitals, at least two letters: KCNA, DPRK, TNI. */
export function isAcronym(word: Word): boolean {
  return /^[\p{Lu}\p{N}-]{2,}$/u.test(word.text) && /\p{Lu}.*\p{Lu}/u.test(word.text);
}

export function isInitial(word: Word): boolean {
  return /^\p{Lu}$/u.test(word.text);
}
