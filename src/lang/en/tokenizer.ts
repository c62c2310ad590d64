import type { Token, TokenKind } from '../pack.ts';
import { isEnglishAbbreviation } from './abbreviations.ts';

/**
 * Tokenizer for English news text: one left-to-right pass of sticky regular expressions, linear in
 * the text. Every token keeps its offsets, so `text.slice(start, end) === token.text`.
 */

const URL = /(?:https?:\/\/|www\.)[^\s<>"“”‘’«»]+/uy;
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,6}/uy;
/** 11,000 · 3.5 · 10:30 · 1/2 · 2017-12-27: digits joined by single separators. */
const NUMBER = /\d+(?:[.,:/-]\d+)*/y;
/** U.S. · U.N. · a.m. · Ph.D.: dotted initials. */
const DOTTED = /(?:\p{L}{1,2}\.){2,5}/uy;
/** Letters and digits with inner hyphens (well-known) and inner apostrophes (don't, O'Brien). */
const WORD = /[\p{L}\p{M}\p{N}_]+(?:(?:[-‐]|['’](?=\p{L}))[\p{L}\p{M}\p{N}_]+)*/uy;
const TAG = /[#@][\p{L}\p{N}_]+/uy;
const PUNCT_RUN = /(?:\.{2,}|…|[!?]+|-{2,}|[—–])/y;
const SPACE = /\s+/y;
/** Possessive and contracted tails split off as their own tokens: Putin's → Putin + 's. */
const CLITIC_TAIL = /['’](?:s|re|ve|ll|d|m)$/iu;

function matchAt(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  const found = pattern.exec(text);
  return found ? found[0] : null;
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char);
}

/** The next `@` at or after `at`, remembered so that each text is searched once (the e-mail check is rare). */
class AtSigns {
  private next = -1;
  constructor(private readonly text: string) {}
  near(at: number): boolean {
    if (this.next !== Number.POSITIVE_INFINITY && this.next < at) {
      const found = this.text.indexOf('@', at);
      this.next = found < 0 ? Number.POSITIVE_INFINITY : found;
    }
    return this.next - at <= 64;
  }
}

function readToken(text: string, at: number, atSigns: AtSigns): { text: string; kind: TokenKind } | null {
  const char0 = text[at];
  const maybeUrl = char0 === 'h' || char0 === 'w' || char0 === 'H' || char0 === 'W';
  const url =
    (maybeUrl ? matchAt(URL, text, at) : null) ?? (atSigns.near(at) ? matchAt(EMAIL, text, at) : null);
  if (url) return { text: url.replace(/[.,;:!?)\]}'’"”]+$/u, ''), kind: 'word' };
  const number = matchAt(NUMBER, text, at);
  if (number && !isLetter(text[at + number.length])) return { text: number, kind: 'number' };
  const dotted = matchAt(DOTTED, text, at);
  if (dotted && !isLetter(text[at + dotted.length])) return { text: dotted, kind: 'word' };
  const word = matchAt(WORD, text, at);
  if (word) return { text: withAbbreviationPeriod(text, at, word), kind: 'word' };
  const tag = matchAt(TAG, text, at);
  if (tag) return { text: tag, kind: 'word' };
  const run = matchAt(PUNCT_RUN, text, at);
  if (run) return { text: run, kind: 'punct' };
  const char = String.fromCodePoint(text.codePointAt(at) ?? 0);
  return { text: char, kind: /\p{P}/u.test(char) ? 'punct' : 'symbol' };
}

/** Keeps the period of `Mr.`, `Gen.`, `Jan.` and of single-letter initials (`J.`) with the word. */
function withAbbreviationPeriod(text: string, at: number, word: string): string {
  if (text[at + word.length] !== '.' || text[at + word.length + 1] === '.') return word;
  const isInitial = word.length === 1 && /\p{Lu}/u.test(word);
  return isInitial || isEnglishAbbreviation(word) ? `${word}.` : word;
}

function pushWord(tokens: Token[], word: string, start: number): void {
  const tail = CLITIC_TAIL.exec(word);
  if (tail && tail.index > 0) {
    tokens.push({ text: word.slice(0, tail.index), start, end: start + tail.index, kind: 'word' });
    tokens.push({ text: tail[0], start: start + tail.index, end: start + word.length, kind: 'word' });
    return;
  }
  tokens.push({ text: word, start, end: start + word.length, kind: 'word' });
}

export function tokenizeEnglish(text: string): Token[] {
  const tokens: Token[] = [];
  const atSigns = new AtSigns(text);
  let at = 0;
  while (at < text.length) {
    SPACE.lastIndex = at;
    if (SPACE.exec(text)) {
      at = SPACE.lastIndex;
      continue;
    }
    const token = readToken(text, at, atSigns);
    if (!token) break;
    if (token.kind === 'word') pushWord(tokens, token.text, at);
    else tokens.push({ text: token.text, start: at, end: at + token.text.length, kind: token.kind });
    at += token.text.length;
  }
  return tokens;
}
