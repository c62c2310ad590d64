import type { SentenceSpan, Token } from '../pack.ts';
import { isAbbreviation, isTitleAbbreviation } from './abbreviations.ts';
import { tokenize } from './tokenizer.ts';

/**
 * Sentence splitter for Indonesian news. Works on the tokenizer's output, so decimals (1,5),
 * thousands (11.000), dates (9/1), URLs and abbreviations with their period (Prof., dll., S.H.)
 * are already single tokens and never end a sentence by accident.
 */

const CLOSING_MARKS = new Set(['”', '’', '»', ')', ']', '"', "'"]);
const ALWAYS_CLOSING = new Set(['”', '’', '»', ')', ']']);
const OPENING_MARKS = new Set(['“', '‘', '«', '„', '‚', '"', "'", '(', '[']);

const SENTENCE_END = /^(?:\.+|…|[!?]+[.!?]*)$/u;

function isSentenceEnd(token: Token): boolean {
  // Checked for every token: most start with none of the four characters, so skip the regex.
  const first = token.text[0];
  if (first !== '.' && first !== '…' && first !== '!' && first !== '?') return false;
  return SENTENCE_END.test(token.text);
}

function startsUpper(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

function startsLower(token: Token): boolean {
  return /^\p{Ll}/u.test(token.text);
}

/** Whether a sentence may start at `next`, given that the previous one closed with a period-like token. */
function canOpenSentence(next: Token, allowDigit: boolean): boolean {
  if (startsUpper(next) || OPENING_MARKS.has(next.text)) return true;
  return allowDigit && next.kind === 'number';
}

/** True when the abbreviation token (ending in `.`) is also the end of its sentence. */
function abbreviationEndsSentence(token: Token, next: Token): boolean {
  if (isTitleAbbreviation(token.text)) return false;
  if (/^\p{L}\.$/u.test(token.text)) return false;
  if (!isAbbreviation(token.text) && !/^(?:\p{L}{1,3}\.){2,}$/u.test(token.text)) return false;
  return startsUpper(next) || OPENING_MARKS.has(next.text);
}

function newlinesBetween(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === 10) count++;
  return count;
}

/**
 * Index of the last token of the sentence that ends at `index` (after absorbing closing quotes and
 * brackets glued to it), or -1 when the sentence goes on.
 */
function sentenceEndAt(text: string, tokens: Token[], index: number): number {
  const token = tokens[index]!;
  let last = index;
  if (isSentenceEnd(token)) {
    while (last + 1 < tokens.length) {
      const mark = tokens[last + 1]!;
      const glued = mark.start === tokens[last]!.end;
      if (!CLOSING_MARKS.has(mark.text) || !(glued || ALWAYS_CLOSING.has(mark.text))) break;
      last++;
    }
    const next = tokens[last + 1];
    if (!next) return last;
    const breaksLine = newlinesBetween(text, tokens[last]!.end, next.start) > 0;
    return breaksLine || canOpenSentence(next, token.text === '.') ? last : -1;
  }
  const next = tokens[index + 1];
  if (next && token.text.endsWith('.') && token.kind === 'word' && abbreviationEndsSentence(token, next)) {
    return index;
  }
  return -1;
}

/** True when a line break between two tokens separates sentences (blank line, or a line that is not a hard wrap). */
function isLineBreak(text: string, previous: Token, next: Token): boolean {
  const lines = newlinesBetween(text, previous.end, next.start);
  if (lines >= 2) return true;
  return lines === 1 && !startsLower(next) && previous.text !== ',';
}

/** Sentence spans of `text`; pass `tokens` when the caller has already tokenized it. */
export function splitSentences(text: string, tokens: Token[] = tokenize(text)): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let first = 0;
  for (let index = 0; index < tokens.length; index++) {
    let last = sentenceEndAt(text, tokens, index);
    const next = tokens[index + 1];
    if (last < 0 && next && isLineBreak(text, tokens[index]!, next)) last = index;
    if (last < 0 && !next) last = index;
    if (last < 0) continue;
    spans.push({ start: tokens[first]!.start, end: tokens[last]!.end });
    first = last + 1;
    index = last;
  }
  return spans;
}
