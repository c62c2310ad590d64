import { english } from '../lang/en/index.ts';
import { indonesian } from '../lang/id/index.ts';
import type { LanguagePack, SentenceSpan, Token } from '../lang/pack.ts';

/**
 * The language packs clustering knows, by BCP-47 code. Unknown languages get a plain pack:
 * lower-cased words, no stemming, no stopwords; the statistics (rare terms, IDF) still work.
 */

const PACKS = new Map<string, LanguagePack>([
  [english.code, english],
  [indonesian.code, indonesian],
]);

/** Adds or replaces the pack for `pack.code` (e.g. a pack loaded by the caller). */
export function registerPack(pack: LanguagePack): void {
  PACKS.set(pack.code, pack);
}

const WORD_OR_NUMBER = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

function plainTokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD_OR_NUMBER)) {
    const start = match.index;
    const kind = /^\p{N}+$/u.test(match[0]) ? 'number' : 'word';
    tokens.push({ text: match[0], start, end: start + match[0].length, kind });
  }
  return tokens;
}

function plainSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const match of text.matchAll(/[^\n.!?]+[.!?]*/gu)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) spans.push({ start: match.index + lead, end: match.index + lead + body.length });
  }
  return spans;
}

export function plainPack(code: string): LanguagePack {
  return {
    code,
    tokenize: plainTokenize,
    sentences: plainSentences,
    stem: (word) => word.toLowerCase(),
    isStopword: () => false,
  };
}

const plainPacks = new Map<string, LanguagePack>();

/** The pack for a language code (`id`, `en`, `en-GB` → `en`), or the plain fallback. */
export function packFor(code: string): LanguagePack {
  const base = code.toLowerCase().split('-')[0] ?? code;
  const known = PACKS.get(base);
  if (known) return known;
  let plain = plainPacks.get(base);
  if (!plain) {
    plain = plainPack(base);
    plainPacks.set(base, plain);
  }
  return plain;
}
