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
const TOKEN = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|\S/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;

export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    words.push({
      text: value,
      lower: value.toLowerCase(),
      start: match.index,
      end: match.index + value.length,
      isWord: LETTER_OR_DIGIT.test(value),
      capitalised: UPPER_START.test(value),
    });
  }
  return words;
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
