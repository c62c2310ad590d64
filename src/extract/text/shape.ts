/** The shape of a line of scraped text: how long it is and whether it reads as a body sentence. */

/** The non-empty lines of `content`, trimmed; blank lines and single line breaks both separate paragraphs. */
export function splitLines(content: string): string[] {
  return content
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0x2009;
    if (!space && !inWord) count += 1;
    inWord = !space;
  }
  return count;
}

const TRAILING_ORNAMENT = /[\s*#~•]+$/u;
/** "… ujar Arman. (Wandi/tri)": a desk or source note after the full stop. */
const CLOSING_NOTE = /(?<=[.!?"”])\s*\([^()]{1,60}\)$/u;
const SENTENCE_END = /[.!?…]["'”’»)\]]*$|["”»]$/u;

/** True when the line ends like a sentence (after dropping "***"-style ornaments and a closing note). */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text.replace(TRAILING_ORNAMENT, '').replace(CLOSING_NOTE, ''));
}

/** A line that can only be body text: a finished sentence of some length (or one opening a list), or a long run of words. */
export function isBodyLike(text: string): boolean {
  const words = wordCount(text);
  return words >= 25 || (words >= 6 && (endsLikeSentence(text) || /:\s*$/.test(text)));
}

/** Items of a list ("1. Jakarta", "- Bandung", "• Surabaya") are body even when short. */
export function isListItem(text: string): boolean {
  return /^(?:\d{1,2}[.)]|[-–•*·▪●])\s+\S/u.test(text);
}

/** A heading-like line: a few words, no closing punctuation. */
export function isShortFragment(text: string, maxWords: number): boolean {
  return wordCount(text) <= maxWords && !endsLikeSentence(text) && !/[:;,]$/.test(text);
}
