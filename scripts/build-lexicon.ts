/**
 * Learns the stemmer's word-frequency lexicon from IndoSum news (../shared/data/news/indosum):
 * how often each alphabetic word occurs written in lower case. Names (capitalised) stay out, so
 * the stemmer only ever picks common words as roots. Writes models/id-words.tsv, sorted by word.
 *   node --import tsx scripts/build-lexicon.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readIndoSumSentences } from '../src/lang/id/ner/indosum.ts';

const SHARED_DIR = process.env.WARTA_SHARED_DIR ?? resolve(import.meta.dirname, '..', '..', 'shared');
const INDOSUM = resolve(SHARED_DIR, 'data/news/indosum/indosum_dev_union.jsonl');
const OUTPUT = resolve(import.meta.dirname, '..', 'models', 'id-words.tsv');
const MIN_COUNT = 2;

const counts = new Map<string, number>();
for (const sentence of readIndoSumSentences(INDOSUM)) {
  for (const token of sentence) {
    if (/^[a-z]+$/.test(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
  }
}
const rows = [...counts]
  .filter(([, count]) => count >= MIN_COUNT)
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([word, count]) => `${word}\t${count}`);
writeFileSync(OUTPUT, `${rows.join('\n')}\n`);
console.log(`wrote ${rows.length} words to ${OUTPUT}`);
