/**
 * Reading the IndoSum dev set (../shared/data/news/indosum) for the figures/times annotations:
 * tokens back to text, the publication date from the id, and the seeded sentence sample.
 */
import { readFileSync } from 'node:fs';
import type { PublishedDate } from '../../../src/model/document.ts';
import { sharedPath } from '../../support/shared.ts';

export interface IndosumArticle {
  id: string;
  source: string;
  category: string;
  /** paragraphs → sentences → tokens */
  paragraphs: string[][][];
}

export const INDOSUM_FILE = sharedPath('data', 'news', 'indosum', 'indosum_dev_union.jsonl');

/** The articles of the file, or only those with the given ids (parsing only their lines). */
export function readIndosum(ids?: ReadonlySet<string>, path = INDOSUM_FILE): IndosumArticle[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && (!ids || ids.has(/"id": "([^"]+)"/.exec(line)?.[1] ?? '')))
    .map((line) => JSON.parse(line) as IndosumArticle);
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?)\]}%]|'s|’s|…)$/;
const NO_SPACE_AFTER = /^[([{]$/;
const OPENING_QUOTES = new Set(['“', '‘']);
const CLOSING_QUOTES = new Set(['”', '’']);
const ALNUM_END = /[\p{L}\d]$/u;
const ALNUM_START = /^[\p{L}\d]/u;

/**
 * Joins tokens the way the text was most likely written: no space before closing punctuation or
 * after opening brackets, quotes hugging what they quote, "27 / 3" → "27/3", "GSX - S150" → "GSX-S150".
 * Whitespace-only tokens (stray no-break spaces) are dropped.
 */
export function detokenize(allTokens: string[]): string {
  const tokens = allTokens.filter((token) => token.trim() !== '');
  let text = '';
  let quoteOpen = false;
  let glueNext = false;
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1] ?? '';
    const next = tokens[i + 1] ?? '';
    let glue = glueNext || i === 0;
    glueNext = false;
    if (OPENING_QUOTES.has(token)) {
      glueNext = true;
    } else if (CLOSING_QUOTES.has(token) || (token === "'" && /\d$/.test(previous))) {
      glue = true;
    } else if (token === '"') {
      if (quoteOpen) glue = true;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    } else if (NO_SPACE_BEFORE.test(token)) {
      glue = true;
    } else if ((token === '/' || token === '-') && ALNUM_END.test(previous) && ALNUM_START.test(next)) {
      glue = true;
      glueNext = true;
    }
    if (NO_SPACE_AFTER.test(token)) glueNext = true;
    text += glue ? token : ` ${token}`;
  });
  return text;
}

/** The id's prefix is a unix timestamp; the date in Jakarta time (UTC+7) is the publication day. */
export function publishedFromId(id: string): PublishedDate {
  const seconds = Number(id.split('-')[0]);
  const day = new Date((seconds + 7 * 3600) * 1000).toISOString().slice(0, 10);
  return { value: day, evidence: id, inferred: true, reasoning: 'IndoSum id timestamp (UTC+7)' };
}

export function sentenceText(article: IndosumArticle, paragraph: number, sentence: number): string | null {
  const tokens = article.paragraphs[paragraph]?.[sentence];
  return tokens ? detokenize(tokens) : null;
}

/** mulberry32: a small seeded PRNG, so the sample can be drawn again exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Words that make a sentence a candidate besides digits. Deliberately broad and independent of
 * the extractors: any number word, month, weekday or time word.
 */
const CANDIDATE_WORD =
  /(?<!\p{L})(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh|puluhan|ratus|ratusan|ribu|ribuan|juta|jutaan|miliar|triliun|seratus|seribu|setengah|lusin|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|senin|selasa|rabu|kamis|jumat|sabtu|minggu|kemarin|besok|lusa|lalu|depan|mendatang|silam|pekan|bulan|tahun)(?!\p{L})/iu;

export interface SampledSentence {
  id: string;
  source: string;
  category: string;
  paragraph: number;
  sentence: number;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/**
 * The annotation sample: articles shuffled per outlet with a seeded PRNG, then one candidate
 * sentence (8–70 tokens, not a "Baca juga" link, containing a digit or a number/time word)
 * drawn from each article, outlets taken in turn, until `count` sentences.
 */
export function sampleSentences(articles: IndosumArticle[], count: number, seed: number): SampledSentence[] {
  const random = seededRandom(seed);
  const byOutlet = new Map<string, IndosumArticle[]>();
  for (const article of articles)
    byOutlet.set(article.source, [...(byOutlet.get(article.source) ?? []), article]);
  const queues = [...byOutlet.keys()].sort().map((outlet) => shuffle(byOutlet.get(outlet) ?? [], random));
  const sample: SampledSentence[] = [];
  while (sample.length < count && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      if (sample.length >= count) break;
      const article = queue.shift();
      if (!article) continue;
      const candidates = candidateSentences(article);
      const pick = candidates[Math.floor(random() * candidates.length)];
      if (pick) sample.push({ id: article.id, source: article.source, category: article.category, ...pick });
    }
  }
  return sample;
}

function candidateSentences(article: IndosumArticle): { paragraph: number; sentence: number }[] {
  const found: { paragraph: number; sentence: number }[] = [];
  article.paragraphs.forEach((sentences, paragraph) => {
    sentences.forEach((tokens, sentence) => {
      if (tokens.length < 8 || tokens.length > 70) return;
      const text = tokens.join(' ');
      if (/^baca juga/i.test(text)) return;
      if (/\d/.test(text) || CANDIDATE_WORD.test(text)) found.push({ paragraph, sentence });
    });
  });
  return found;
}
