import type { Token, TokenKind } from '../pack.ts';
import { isAbbreviation } from './abbreviations.ts';

/**
 * Tokenizer for Indonesian news text. One left-to-right pass of sticky regular expressions, so the
 * cost is linear in the text. Every token keeps its offsets: `text.slice(start, end) === token.text`.
 */

const TOP_LEVEL_DOMAINS =
  'com|id|org|net|co|go|ac|or|sch|mil|web|my|biz|info|io|tv|news|asia|me|app|dev|uk|us|au|sg|jp|de|fr|ru|cn|kr|edu|gov|int';

const URL = /(?:https?:\/\/|www\.)[^\s<>"“”‘’«»]+/uy;
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,6}/uy;
const DOMAIN = new RegExp(
  `[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){0,5}\\.(?:${TOP_LEVEL_DOMAINS})(?![\\p{L}\\p{N}])(?:\\/[^\\s<>"“”‘’«»]*)?`,
  'iuy',
);
/** 13/9/2023, 9/1, 2018/04/01: day/month dates as they appear in Indonesian datelines. */
const DATE = /(?:\d{4}\/\d{1,2}\/\d{1,2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)(?![\p{L}\p{N}/])/uy;
const CURRENCY_PREFIX = /(?:Rp|US\$|S\$|RM|USD|IDR)(?=\d)/y;
/** Dotted abbreviations: S.H., M.Si., a.n., J.K., Ph.D. — validated before use. */
const DOTTED = /(?:\p{L}{1,3}\.){2,5}/uy;
/** Letters and digits, with inner hyphens (Rusia-Korut, puja-puji) and inner apostrophes (Jum'at). */
const WORD = /[\p{L}\p{M}\p{N}_]+(?:(?:[-‐]|['’](?=\p{L}))[\p{L}\p{M}\p{N}_]+)*/uy;
const TAG = /[#@][\p{L}\p{N}_]+/uy;
const SENTENCE_PUNCT_RUN = /(?:\.{2,}|…|[!?]+)/y;
const SPACE_CHAR = /\s/;
/** Unicode files these under punctuation, but in news they stand for words (persen, dan, at). */
const SYMBOL_MARKS = new Set(['%', '‰', '#', '&', '@', '*', '§', '¶', '†']);

const HYPHEN_CLITICS = new Set(['nya', 'lah', 'pun', 'kah', 'tah', 'ku', 'mu']);

function matchAt(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  const found = pattern.exec(text);
  return found ? found[0] : null;
}

function trimUrlTail(url: string): string {
  return url.replace(/[.,;:!?)\]}'’]+$/u, '');
}

function isInitialsOrKnown(dotted: string): boolean {
  if (isAbbreviation(dotted)) return true;
  return dotted.split('.').every((part) => part.length <= 1);
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char);
}

/**
 * Where the next `@`, `.` and whitespace are, remembered while the scan moves forward. Each of the
 * URL-like patterns needs one of them close ahead, so most tokens skip those patterns without
 * running them (the answers stay the same: the checks only rule out what could not match).
 */
class Lookahead {
  private nextAtSign = -2;
  private nextPeriod = -2;
  private nextSpace = -2;
  private static readonly SPACE_AHEAD = /\s/g;

  constructor(private readonly text: string) {}

  /** EMAIL needs `@` within 64 characters, with no whitespace before it. */
  mayBeEmail(at: number): boolean {
    if (this.nextAtSign !== -1 && this.nextAtSign < at) this.nextAtSign = this.text.indexOf('@', at);
    return this.reachable(at, this.nextAtSign, 64);
  }

  /** DOMAIN needs `.` within 63 characters, with no whitespace before it. */
  mayBeDomain(at: number): boolean {
    return this.reachable(at, this.periodFrom(at), 63);
  }

  /** DOTTED starts with one to three letters and a period. */
  mayBeDotted(at: number): boolean {
    const period = this.periodFrom(at);
    return period > at && period - at <= 3;
  }

  private periodFrom(at: number): number {
    if (this.nextPeriod !== -1 && this.nextPeriod < at) this.nextPeriod = this.text.indexOf('.', at);
    return this.nextPeriod;
  }

  private reachable(at: number, mark: number, within: number): boolean {
    if (mark <= at || mark - at > within) return false;
    if (this.nextSpace !== -1 && this.nextSpace < at) {
      Lookahead.SPACE_AHEAD.lastIndex = at;
      this.nextSpace = Lookahead.SPACE_AHEAD.exec(this.text)?.index ?? -1;
    }
    return this.nextSpace === -1 || this.nextSpace > mark;
  }
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** First letters of `https://`, `www.` and of the currency prefixes (Rp, US$, S$, RM, USD, IDR). */
const URL_STARTS = new Set(['h', 'w']);
const CURRENCY_STARTS = new Set(['R', 'U', 'S', 'I']);

function readUrlLike(text: string, at: number, ahead: Lookahead): string | null {
  const url = URL_STARTS.has(text[at]!) ? matchAt(URL, text, at) : null;
  if (url) return url;
  const email = ahead.mayBeEmail(at) ? matchAt(EMAIL, text, at) : null;
  if (email) return email;
  return ahead.mayBeDomain(at) ? matchAt(DOMAIN, text, at) : null;
}

/** The next token starting at `at` (never empty), or null at whitespace. */
function readToken(text: string, at: number, ahead: Lookahead): { text: string; kind: TokenKind } | null {
  const url = readUrlLike(text, at, ahead);
  if (url) return { text: trimUrlTail(url), kind: 'word' };
  const startsWithDigit = isAsciiDigit(text.charCodeAt(at));
  const digitsEnd = startsWithDigit ? asciiDigitsEnd(text, at) : at;
  // DATE needs a slash right after the first digits.
  const date = startsWithDigit && text[digitsEnd] === '/' ? matchAt(DATE, text, at) : null;
  if (date) return { text: date, kind: 'number' };
  const currency = CURRENCY_STARTS.has(text[at]!) ? matchAt(CURRENCY_PREFIX, text, at) : null;
  if (currency) return { text: currency, kind: 'symbol' };
  const number = startsWithDigit ? readNumber(text, at, digitsEnd) : null;
  if (number && !isLetter(text[at + number.length])) return { text: number, kind: 'number' };
  const dotted = ahead.mayBeDotted(at) ? matchAt(DOTTED, text, at) : null;
  if (dotted && isInitialsOrKnown(dotted) && !isLetter(text[at + dotted.length])) {
    return { text: dotted, kind: 'word' };
  }
  const word = readWord(text, at);
  if (word) return { text: withAbbreviationPeriod(text, at, word), kind: 'word' };
  const tag = matchAt(TAG, text, at);
  if (tag) return { text: tag, kind: 'word' };
  const run = matchAt(SENTENCE_PUNCT_RUN, text, at);
  if (run) return { text: run, kind: 'punct' };
  const codePoint = String.fromCodePoint(text.codePointAt(at) ?? 0);
  const isPunct = /\p{P}/u.test(codePoint) && !SYMBOL_MARKS.has(codePoint);
  return { text: codePoint, kind: isPunct ? 'punct' : 'symbol' };
}

/** End of the white space (`\s+`) starting at `at`; `at` when there is none. */
function spaceEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    const space = code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE_CHAR.test(text[end]!);
    if (!space) break;
    end++;
  }
  return end;
}

function asciiDigitsEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isAsciiDigit(text.charCodeAt(end))) end++;
  return end;
}

/** 11.000, 1,5, 5.152,69, 10.30 (a time): digits joined by single periods or commas (`\d+(?:[.,]\d+)*`). */
function readNumber(text: string, at: number, digitsEnd: number): string {
  let end = digitsEnd;
  while ((text[end] === '.' || text[end] === ',') && isAsciiDigit(text.charCodeAt(end + 1))) {
    end = asciiDigitsEnd(text, end + 1);
  }
  return text.slice(at, end);
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || isAsciiDigit(code) || code === 95;
}

/**
 * WORD at `at`. A plain ASCII word that ends at an ASCII character other than a hyphen or an
 * apostrophe is read directly: WORD would stop there too. Anything else goes to the regex.
 */
function readWord(text: string, at: number): string | null {
  let end = at;
  while (end < text.length && isAsciiWordChar(text.charCodeAt(end))) end++;
  const next = text.charCodeAt(end);
  const plainEnd = end === text.length || (next < 128 && next !== 45 && next !== 39);
  if (end > at && plainEnd) return text.slice(at, end);
  return matchAt(WORD, text, at);
}

/** Keeps the period of `Jl.`, `Prof.`, `dll.` and of single-letter initials (`H.`) with the word. */
function withAbbreviationPeriod(text: string, at: number, word: string): string {
  if (text[at + word.length] !== '.') return word;
  if (text[at + word.length + 1] === '.') return word;
  const isInitial = word.length === 1 && isLetter(word);
  return isInitial || isAbbreviation(word) ? `${word}.` : word;
}

/** Splits `Putin-pun` into `Putin` and `-pun`; other hyphenated words stay whole. */
function pushWord(tokens: Token[], word: string, start: number): void {
  const hyphen = Math.max(word.lastIndexOf('-'), word.lastIndexOf('‐'));
  const tail = hyphen > 0 ? word.slice(hyphen + 1).toLowerCase() : '';
  if (hyphen > 0 && HYPHEN_CLITICS.has(tail)) {
    tokens.push({ text: word.slice(0, hyphen), start, end: start + hyphen, kind: 'word' });
    tokens.push({ text: word.slice(hyphen), start: start + hyphen, end: start + word.length, kind: 'word' });
    return;
  }
  tokens.push({ text: word, start, end: start + word.length, kind: 'word' });
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const ahead = new Lookahead(text);
  let at = 0;
  while (at < text.length) {
    const afterSpace = spaceEnd(text, at);
    if (afterSpace > at) {
      at = afterSpace;
      continue;
    }
    const token = readToken(text, at, ahead);
    if (!token) break;
    if (token.kind === 'word') pushWord(tokens, token.text, at);
    else tokens.push({ text: token.text, start: at, end: at + token.text.length, kind: token.kind });
    at += token.text.length;
  }
  return tokens;
}

const FUSED_NYA_ROOTS = new Set(['hanya', 'punya', 'tanya', 'bunya', 'senya', 'nyanya']);
const FUSED_CLITICS = ['nya', 'lah', 'kah', 'pun', 'tah', 'ku', 'mu'];

export interface CliticSplit {
  /** The word without its clitic, in the original casing. */
  base: string;
  /** The clitic without a hyphen (`nya`, `lah`, `kah`, `pun`, `tah`, `ku`, `mu`), or null. */
  clitic: string | null;
}

/**
 * Separates a clitic from a word: `Putin-pun` → `Putin` + `pun`, `keputusannya` → `keputusan` + `nya`.
 * Hyphenated clitics always split. A fused `-nya` splits unless the word is a root that ends in it
 * (hanya, punya). Other fused clitics (`-lah`, `-kah`, `-pun`, `-ku`, `-mu`) end many roots
 * (sekolah, langkah, ampun, ilmu), so they split only when `isKnownWord` confirms the base.
 */
export function splitClitic(word: string, isKnownWord?: (lower: string) => boolean): CliticSplit {
  const hyphen = Math.max(word.lastIndexOf('-'), word.lastIndexOf('‐'));
  if (hyphen > 0) {
    const tail = word.slice(hyphen + 1).toLowerCase();
    if (HYPHEN_CLITICS.has(tail)) return { base: word.slice(0, hyphen), clitic: tail };
  }
  const lower = word.toLowerCase();
  for (const clitic of FUSED_CLITICS) {
    if (!lower.endsWith(clitic) || lower.length - clitic.length < 3) continue;
    const base = word.slice(0, word.length - clitic.length);
    if (clitic === 'nya' && !FUSED_NYA_ROOTS.has(lower)) return { base, clitic };
    if (isKnownWord?.(base.toLowerCase()) && !isKnownWord(lower)) return { base, clitic };
  }
  return { base: word, clitic: null };
}
