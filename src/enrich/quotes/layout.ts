/**
 * The shape of a text as the quote extractor reads it: paragraphs (lines), their quoted spans,
 * quote-aware sentences, and words with a flag for those inside quotation marks.
 */
import { isTitleAbbreviation } from '../../lang/id/abbreviations.ts';
import { findQuotedSpans, type QuotedSpan } from './quote-marks.ts';
import { firstWordAtOrAfter, splitWords, type Word } from './words.ts';

export interface Sentence {
  start: number;
  end: number;
  /** Word indexes `[firstWord, endWord)` of the sentence. */
  firstWord: number;
  endWord: number;
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  quotes: QuotedSpan[];
  sentences: Sentence[];
}

export interface Layout {
  text: string;
  words: Word[];
  /** `quoted[i]` is true when word i lies inside a quote, marks included. */
  quoted: boolean[];
  paragraphs: Paragraph[];
}

const TERMINAL = /[.!?…]/u;
const NEXT_SENTENCE_START = /[\p{Lu}\p{N}"“”„‘'«(]/u;

function paragraphRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(/[^\n]+/gu)) {
    const line = match[0];
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed.length === 0) continue;
    ranges.push({ start: match.index + lead, end: match.index + lead + trimmed.length });
  }
  return ranges;
}

function insideQuote(quotes: readonly QuotedSpan[], offset: number): boolean {
  return quotes.some((quote) => offset >= quote.open && offset < quote.outerEnd);
}

/** A period after a title abbreviation (Prof., Jl.) or an initial (M. Fadil) does not end a sentence. */
function isAbbreviationPeriod(text: string, at: number): boolean {
  if (text[at] !== '.') return false;
  const word = /[\p{L}]+$/u.exec(text.slice(Math.max(0, at - 12), at))?.[0] ?? '';
  return /^\p{Lu}$/u.test(word) || (word.length > 0 && isTitleAbbreviation(word));
}

function startsNewSentence(text: string, from: number, to: number): boolean {
  let at = from;
  if (at >= to || !/\s/u.test(text[at] ?? '')) return false;
  while (at < to && /\s/u.test(text[at] ?? '')) at++;
  return at < to && NEXT_SENTENCE_START.test(text[at] ?? '');
}

function sentenceBreaks(
  text: string,
  paragraph: { start: number; end: number },
  quotes: readonly QuotedSpan[],
): number[] {
  const breaks: number[] = [];
  const terminals = /[.!?…]+[)\]]*/gu;
  terminals.lastIndex = paragraph.start;
  for (let found = terminals.exec(text); found && found.index < paragraph.end; found = terminals.exec(text)) {
    const at = found.index;
    const after = Math.min(at + found[0].length, paragraph.end);
    if (insideQuote(quotes, at) || isAbbreviationPeriod(text, at)) continue;
    if (startsNewSentence(text, after, paragraph.end)) breaks.push(after);
  }
  for (const quote of quotes) {
    // A quote that ends its own sentence ("… selamanya." Putin …) closes the sentence too.
    const last = text[quote.end - 1] ?? '';
    if (quote.closed && TERMINAL.test(last) && startsNewSentence(text, quote.outerEnd, paragraph.end)) {
      const next = text.slice(quote.outerEnd).trimStart()[0] ?? '';
      if (/[\p{Lu}"“”„«]/u.test(next)) breaks.push(quote.outerEnd);
    }
  }
  return [...new Set(breaks)].sort((a, b) => a - b);
}

function splitSentences(
  text: string,
  words: readonly Word[],
  paragraph: { start: number; end: number },
  quotes: readonly QuotedSpan[],
): Sentence[] {
  const sentences: Sentence[] = [];
  let start = paragraph.start;
  for (const stop of [...sentenceBreaks(text, paragraph, quotes), paragraph.end]) {
    const end = text.slice(start, stop).trimEnd().length + start;
    if (end > start) {
      sentences.push({
        start,
        end,
        firstWord: firstWordAtOrAfter(words, start),
        endWord: firstWordAtOrAfter(words, end),
      });
    }
    start = stop;
    while (start < paragraph.end && /\s/u.test(text[start] ?? '')) start++;
  }
  return sentences;
}

function markQuotedWords(words: readonly Word[], paragraphs: readonly Paragraph[]): boolean[] {
  const quoted = words.map(() => false);
  for (const paragraph of paragraphs) {
    for (const quote of paragraph.quotes) {
      for (let i = firstWordAtOrAfter(words, quote.open); i < words.length; i++) {
        const word = words[i];
        if (!word || word.start >= quote.outerEnd) break;
        quoted[i] = true;
      }
    }
  }
  return quoted;
}

export function readLayout(text: string): Layout {
  const words = splitWords(text);
  const paragraphs = paragraphRanges(text).map((range, index): Paragraph => {
    const quotes = findQuotedSpans(text, range.start, range.end);
    return { index, ...range, quotes, sentences: splitSentences(text, words, range, quotes) };
  });
  return { text, words, quoted: markQuotedWords(words, paragraphs), paragraphs };
}

/** The sentence of `paragraph` holding `offset` (the last one when none does). */
export function sentenceAt(paragraph: Paragraph, offset: number): Sentence | null {
  return (
    paragraph.sentences.find((s) => offset >= s.start && offset < s.end) ?? paragraph.sentences.at(-1) ?? null
  );
}
