/** Small helpers to look at the words right before and after an offset, keeping exact offsets. */
import { PhraseGroups, textEdgeWord } from './phrase-groups.ts';

export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

const WORD_CHARS = /[\p{L}\p{M}\d'’-]/u;

/**
 * These helpers run for every number and quote of a text, character by character, so ASCII is
 * decided by code (the regex answers only for the rest; the answers are the same).
 */
function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 128) return WORD_CHARS.test(text[i]!);
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 39 ||
    code === 45
  );
}

/** Space, tab or no-break space. */
function isSpace(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code === 32 || code === 9 || code === 160;
}

/** Hyphen or apostrophe: trimmed from the edges of a word. */
function isJoiner(text: string, i: number): boolean {
  const char = text[i];
  return char === '-' || char === "'" || char === '’';
}

/** The word ending right before `at`, across spaces only (not across punctuation or newlines). */
export function wordBefore(text: string, at: number): WordSpan | null {
  let end = at;
  while (end > 0 && isSpace(text, end - 1)) end--;
  let start = end;
  while (start > 0 && isWordChar(text, start - 1)) start--;
  while (start < end && isJoiner(text, start)) start++;
  return start < end ? { word: text.slice(start, end), start, end } : null;
}

/** The word starting after `at`, across spaces only. */
export function wordAfter(text: string, at: number): WordSpan | null {
  let start = at;
  while (start < text.length && isSpace(text, start)) start++;
  let end = start;
  while (end < text.length && isWordChar(text, end)) end++;
  while (end > start && isJoiner(text, end - 1)) end--;
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
  const groups = new PhraseGroups(sorted, 'start', (some) => {
    const alternation = some.map((p) => `${escapePhrase(p)}${boundary(p, 'end')}`).join('|');
    return new RegExp(`[ \\t\\u00a0]*(?:${alternation})`, 'iuy');
  });
  return (text, at) => {
    let wordStart = at;
    while (wordStart < text.length && isSpace(text, wordStart)) wordStart++;
    const pattern = groups.patternFor(textEdgeWord(text, wordStart, 'start'));
    if (!pattern) return null;
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
  const groups = new PhraseGroups(sorted, 'end', (some) => {
    const alternation = some.map((p) => `${boundary(p, 'start')}${escapePhrase(p)}`).join('|');
    return new RegExp(`(?:${alternation})[ \\t\\u00a0]*$`, 'iu');
  });
  return (text, at) => {
    const from = Math.max(0, at - 40);
    let wordEnd = at;
    while (wordEnd > from && isSpace(text, wordEnd - 1)) wordEnd--;
    const pattern = groups.patternFor(textEdgeWord(text, wordEnd, 'end', from));
    if (!pattern) return null;
    const window = text.slice(from, at);
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
