import { forEachWord, isAsciiLetterOrDigit, type WordPattern } from '../../lang/id/word-scan.ts';
import { normalizeToken } from './name-key.ts';

/**
 * Words of a document for name matching: runs of letters and digits, split at hyphens (so
 * "Rusia-Korut" and "Putin-pun" give two words each) but keeping inner periods and apostrophes
 * ("B.J", "Ma'ruf"). Offsets point into the text.
 */
export interface Word {
  start: number;
  end: number;
  surface: string;
  /** `normalizeToken(surface)`. */
  key: string;
}

const WORD: WordPattern = {
  pattern: /[\p{L}\p{M}\p{N}]+(?:[.'’][\p{L}\p{M}\p{N}]+)*/gu,
  isWordChar: isAsciiLetterOrDigit,
  isJoiner: (code) => code === 46 || code === 39,
  marks: false,
};

export function textWords(text: string): Word[] {
  const words: Word[] = [];
  forEachWord(text, WORD, (start, end) => {
    const surface = text.slice(start, end);
    words.push({ start, end, surface, key: normalizeToken(surface) });
  });
  return words;
}

/** Can two neighbouring words belong to one name: one space, a hyphen, or a period after an initial. */
export function joinsName(text: string, left: Word, right: Word): boolean {
  const gap = text.slice(left.end, right.start);
  if (gap === ' ' || gap === '\u00a0' || gap === '-' || gap === '‐') return true;
  return (gap === '. ' || gap === '.') && left.surface.replace(/\./g, '').length <= 3;
}

/** Index of the first word starting at or after `offset`. */
export function wordIndexAt(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (words[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Does a sentence (or line, or quotation) start right before this offset? */
export function startsSentence(text: string, offset: number): boolean {
  let at = offset - 1;
  while (at >= 0 && (text[at] === ' ' || text[at] === '\u00a0' || text[at] === '\t')) at--;
  if (at < 0) return true;
  return /[.!?\n"“‘'(:;\-–—•*\]]/u.test(text[at]!);
}

export function isCapitalized(surface: string): boolean {
  const code = surface.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(surface);
}
