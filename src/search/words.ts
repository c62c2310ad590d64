/**
 * How search sees text: words folded the same way for the indexes, the queries and the snippets —
 * NFKC, lower case, diacritics removed, split on anything but letters and digits. This is what
 * SQLite's `unicode61 remove_diacritics 2` tokenizer does, and what the PostgreSQL store feeds to
 * the `simple` configuration, so both backends hold the same words.
 */

const SEPARATORS = /[^\p{L}\p{N}]+/u;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const ASCII_WORD = /^[A-Za-z0-9]+$/;

/** One word as search folds it (may come out empty, or as several words, e.g. "covid-19"). */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').normalize('NFKC').toLowerCase();
}

/** The searchable words of a text, folded. */
export function searchWords(text: string): string[] {
  return foldText(text)
    .split(SEPARATORS)
    .filter((word) => word.length > 0);
}

/** The folded words as one string of single spaces. */
export function searchableText(text: string): string {
  return searchWords(text).join(' ');
}

/** A word of a text where it stands, with its folded form: what snippets mark. */
export interface WordSpan {
  start: number;
  end: number;
  folded: string;
}

/**
 * The words of a text with their offsets. A word whose folding splits it (a letter with a
 * ligature, say) counts as its first folded word: close enough for marking.
 */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    // Most news words are plain ASCII letters and digits: lower case is all their folding.
    const folded = ASCII_WORD.test(match[0]) ? match[0].toLowerCase() : searchWords(match[0])[0];
    if (folded) spans.push({ start: match.index, end: match.index + match[0].length, folded });
  }
  return spans;
}
