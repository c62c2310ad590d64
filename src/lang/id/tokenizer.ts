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
/** 11.000, 1,5, 5.152,69, 10.30 (a time): digits joined by single periods or commas. */
const NUMBER = /\d+(?:[.,]\d+)*/y;
const CURRENCY_PREFIX = /(?:Rp|US\$|S\$|RM|USD|IDR)(?=\d)/y;
/** Dotted abbreviations: S.H., M.Si., a.n., J.K., Ph.D. — validated before use. */
const DOTTED = /(?:\p{L}{1,3}\.){2,5}/uy;
/** Letters and digits, with inner hyphens (Rusia-Korut, puja-puji) and inner apostrophes (Jum'at). */
const WORD = /[\p{L}\p{M}\p{N}_]+(?:(?:[-‐]|['’](?=\p{L}))[\p{L}\p{M}\p{N}_]+)*/uy;
const TAG = /[#@][\p{L}\p{N}_]+/uy;
const SENTENCE_PUNCT_RUN = /(?:\.{2,}|…|[!?]+)/y;
const SPACE = /\s+/y;
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

/** The next token starting at `at` (never empty), or null at whitespace. */
function readToken(text: string, at: number): { text: string; kind: TokenKind } | null {
  const url = matchAt(URL, text, at) ?? matchAt(EMAIL, text, at) ?? matchAt(DOMAIN, text, at);
  if (url) return { text: trimUrlTail(url), kind: 'word' };
  const date = matchAt(DATE, text, at);
  if (date) return { text: date, kind: 'number' };
  const currency = matchAt(CURRENCY_PREFIX, text, at);
  if (currency) return { text: currency, kind: 'symbol' };
  const number = matchAt(NUMBER, text, at);
  if (number && !isLetter(text[at + number.length])) return { text: number, kind: 'number' };
  const dotted = matchAt(DOTTED, text, at);
  if (dotted && isInitialsOrKnown(dotted) && !isLetter(text[at + dotted.length])) {
    return { text: dotted, kind: 'word' };
  }
  const word = matchAt(WORD, text, at);
  if (word) return { text: withAbbreviationPeriod(text, at, word), kind: 'word' };
  const tag = matchAt(TAG, text, at);
  if (tag) return { text: tag, kind: 'word' };
  const run = matchAt(SENTENCE_PUNCT_RUN, text, at);
  if (run) return { text: run, kind: 'punct' };
  const codePoint = String.fromCodePoint(text.codePointAt(at) ?? 0);
  const isPunct = /\p{P}/u.test(codePoint) && !SYMBOL_MARKS.has(codePoint);
  return { text: codePoint, kind: isPunct ? 'punct' : 'symbol' };
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
  let at = 0;
  while (at < text.length) {
    SPACE.lastIndex = at;
    if (SPACE.exec(text)) {
      at = SPACE.lastIndex;
      continue;
    }
    const token = readToken(text, at);
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
