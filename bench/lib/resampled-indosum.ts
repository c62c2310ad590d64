import type { IndosumArticle } from './indosum.ts';

/**
 * A corpus of any size resampled from the 3,463 real IndoSum articles (Aug 2016 – Feb 2018): copy
 * c of an article is shifted by c × 45 days, keeps each paragraph with probability 0.7 (at least
 * one) and gets one paragraph of another article, so copies are rewrites rather than exact
 * duplicates. In date order, starting once a dozen copies overlap, so the density is steady
 * (~75 documents a day) from the first document: what grows is only the corpus.
 */

export const SHIFT_DAYS = 45;
const DAY_MS = 86_400_000;

/** Mulberry32: a small seeded generator, so every run builds the same corpus. */
export function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Slot {
  article: IndosumArticle;
  copy: number;
  day: number;
}

/** (article, copy) pairs in shifted-date order, from the day the first copy's period ends. */
export function streamOrder(articles: IndosumArticle[], count: number): Slot[] {
  const dayOf = (date: Date) => Math.floor(date.getTime() / DAY_MS);
  const first = Math.min(...articles.map((article) => dayOf(article.published)));
  const last = Math.max(...articles.map((article) => dayOf(article.published)));
  const copies = Math.ceil(count / articles.length) + Math.ceil((last - first) / SHIFT_DAYS) + 2;
  const slots: Slot[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const article of articles) {
      const day = dayOf(article.published) + copy * SHIFT_DAYS;
      if (day >= last) slots.push({ article, copy, day });
    }
  }
  slots.sort((a, b) => a.day - b.day || (a.article.id < b.article.id ? -1 : 1) || a.copy - b.copy);
  return slots.slice(0, count);
}

/** The rewritten copy of a slot: its text and its shifted publication date. */
export function resampledText(
  articles: IndosumArticle[],
  slot: Slot,
  random: () => number,
): { id: string; text: string; published: string } {
  const { article, copy } = slot;
  const kept = article.paragraphs.filter(() => random() < 0.7);
  if (kept.length === 0) kept.push(article.paragraphs[0] ?? article.title);
  const other = articles[Math.floor(random() * articles.length)]!;
  kept.push(other.paragraphs[Math.floor(random() * other.paragraphs.length)] ?? '');
  const published = new Date(article.published.getTime() + copy * SHIFT_DAYS * DAY_MS);
  return { id: `${article.id}#${copy}`, text: kept.join('\n\n'), published: published.toISOString().slice(0, 10) };
}

/** One JSONL line as `warta ingest` reads it. */
export function jsonlRecord(articles: IndosumArticle[], slot: Slot, random: () => number): string {
  const { id, text, published } = resampledText(articles, slot, random);
  const { article } = slot;
  return JSON.stringify({ id, title: article.title, text, url: `${article.url}#${slot.copy}`, outlet: article.outlet, published });
}
