import { readFileSync } from 'node:fs';

/** One IndoSum article as stored: paragraphs → sentences → tokens. */
interface IndoSumArticle {
  paragraphs: string[][][];
}

/**
 * Every tokenised sentence of an IndoSum JSONL file (unlabelled news text), in file order.
 * Used at build time only: word counts for the stemmer lexicon, capitalisation and clusters for NER.
 */
export function readIndoSumSentences(path: string): string[][] {
  const sentences: string[][] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const article = JSON.parse(line) as IndoSumArticle;
    for (const paragraph of article.paragraphs) for (const sentence of paragraph) sentences.push(sentence);
  }
  return sentences;
}
