import type { SentenceSpan, Token } from '../pack.ts';
import { isEnglishAbbreviation, isEnglishTitleAbbreviation } from './abbreviations.ts';
import { isEnglishStopword } from './stopwords.ts';
import { tokenizeEnglish } from './tokenizer.ts';

/**
 * Sentence splitter for English news. Works on tokens, so decimals (3.5) and dotted initials (U.S.)
 * never split. A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets) before
 * a word that can open a sentence, and at every line break: headlines and paragraphs stand alone.
 */

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

function opensSentence(token: Token | undefined): boolean {
  if (!token) return true;
  if (token.kind === 'number') return true;
  return /^[\p{Lu}"“‘'([«]/u.test(token.text);
}

/** After `Inc.` or `U.S.` a new sentence starts only with a word like `The`, `He`, `But`. */
function clearlyNewSentence(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Lu}/u.test(token.text) && isEnglishStopword(token.text.toLowerCase());
}

function endsWithAbbreviation(token: Token): 'title' | 'other' | null {
  if (!token.text.endsWith('.')) return null;
  if (isEnglishTitleAbbreviation(token.text)) return 'title';
  if (isEnglishAbbreviation(token.text) || /^(?:\p{L}{1,2}\.)+$/u.test(token.text)) return 'other';
  return null;
}

/** Index of the last closing quote or bracket right after `index` (or `index` itself). */
function lastCloser(tokens: Token[], index: number): number {
  let last = index;
  while (
    tokens[last + 1] &&
    CLOSERS.has(tokens[last + 1]!.text) &&
    tokens[last + 1]!.start === tokens[last]!.end
  ) {
    last++;
  }
  return last;
}

function isBoundary(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  const next = tokens[lastCloser(tokens, index) + 1];
  if (token.kind === 'punct' && /^(?:[.!?]+|\.{2,}|…)$/u.test(token.text)) return opensSentence(next);
  const abbreviation = token.kind === 'word' ? endsWithAbbreviation(token) : null;
  if (abbreviation === 'other') return clearlyNewSentence(next);
  return false;
}

function lineBreakBetween(text: string, from: number, to: number): boolean {
  return text.slice(from, to).includes('\n');
}

/** Sentence spans over tokens already made by `tokenizeEnglish(text)`. */
export function sentenceSpansOf(text: string, tokens: Token[]): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start: number | null = null;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    start ??= token.start;
    let end = token.end;
    let boundary = isBoundary(tokens, index);
    if (boundary) {
      index = lastCloser(tokens, index);
      end = tokens[index]!.end;
    }
    const next = tokens[index + 1];
    if (!boundary && next && lineBreakBetween(text, end, next.start)) boundary = true;
    if (boundary || !next) {
      spans.push({ start, end });
      start = null;
    }
  }
  return spans;
}

const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '«', '-', '—', '–']);

/** Offsets of the first word of every sentence, looking past opening quotes and dashes. */
export function sentenceStartsOf(text: string, tokens: Token[]): Set<number> {
  const starts = new Set<number>();
  let cursor = 0;
  for (const span of sentenceSpansOf(text, tokens)) {
    while (cursor < tokens.length && tokens[cursor]!.start < span.start) cursor++;
    let index = cursor;
    while (tokens[index] && OPENERS.has(tokens[index]!.text) && tokens[index]!.start < span.end) index++;
    if (tokens[index]) starts.add(tokens[index]!.start);
  }
  return starts;
}

export function splitEnglishSentences(text: string): SentenceSpan[] {
  return sentenceSpansOf(text, tokenizeEnglish(text));
}
