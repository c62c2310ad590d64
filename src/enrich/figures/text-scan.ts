/** Small helpers to look at the words right before and after an offset, keeping exact offsets. */

export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

const WORD_CHARS = /[\p{L}\p{M}\d'’-]/u;
const SPACE = /[ \t\u00a0]/;

/** The word ending right before `at`, across spaces only (not across punctuation or newlines). */
export function wordBefore(text: string, at: number): WordSpan | null {
  let end = at;
  while (end > 0 && SPACE.test(text[end - 1] ?? '')) end--;
  let start = end;
  while (start > 0 && WORD_CHARS.test(text[start - 1] ?? '')) start--;
  while (start < end && /[-'’]/.test(text[start] ?? '')) start++;
  return start < end ? { word: text.slice(start, end), start, end } : null;
}

/** The word starting after `at`, across spaces only. */
export function wordAfter(text: string, at: number): WordSpan | null {
  let start = at;
  while (start < text.length && SPACE.test(text[start] ?? '')) start++;
  let end = start;
  while (end < text.length && WORD_CHARS.test(text[end] ?? '')) end++;
  while (end > start && /[-'’]/.test(text[end - 1] ?? '')) end--;
  return start < end ? { word: text.slice(start, end), start, end } : null;
}

function escapePhrase(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[ \\t\\u00a0]+');
}

function boundary(phrase: string, side: 'start' | 'end'): string {
  const edge = side === 'start' ? phrase[0] : phrase[phrase.length - 1];
  if (!edge || !/[\p{L}\d]/u.test(edge)) return '';
  return side === 'start' ? '(?<![\\p{L}\\d])' : '(?![\\p{L}\\d])';
}

/** A matcher for the longest of `phrases` (case-insensitive, whole words) right after an offset. */
export function phraseAfterMatcher(
  phrases: readonly string[],
): (text: string, at: number) => WordSpan | null {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const alternation = sorted.map((p) => `${escapePhrase(p)}${boundary(p, 'end')}`).join('|');
  const pattern = new RegExp(`[ \\t\\u00a0]*(?:${alternation})`, 'iuy');
  return (text, at) => {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) return null;
    const end = at + match[0].length;
    const start = end - match[0].trimStart().length;
    return { word: text.slice(start, end), start, end };
  };
}

/** A matcher for the longest of `phrases` (case-insensitive, whole words) ending right before an offset. */
export function phraseBeforeMatcher(
  phrases: readonly string[],
): (text: string, at: number) => WordSpan | null {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const alternation = sorted.map((p) => `${boundary(p, 'start')}${escapePhrase(p)}`).join('|');
  const pattern = new RegExp(`(?:${alternation})[ \\t\\u00a0]*$`, 'iu');
  return (text, at) => {
    const window = text.slice(Math.max(0, at - 40), at);
    const match = pattern.exec(window);
    if (!match) return null;
    const start = at - window.length + match.index;
    const end = start + match[0].trimEnd().length;
    return { word: text.slice(start, end), start, end };
  };
}

/** True when `at` starts a sentence: only spaces, quotes or brackets back to a sentence end or the text start. */
export function isSentenceStart(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && /[\s"“'‘(]/.test(text[i - 1] ?? '')) i--;
  return i === 0 || /[.!?:\n]/.test(text[i - 1] ?? '') || /\n/.test(text.slice(i, at));
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
