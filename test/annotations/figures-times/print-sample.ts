/** Prints the seeded annotation sample with its text, for annotating by hand: node --import tsx test/annotations/figures-times/print-sample.ts */
import { publishedFromId, readIndosum, sampleSentences, sentenceText } from './indosum.ts';

export const SAMPLE_SIZE = 150;
export const SAMPLE_SEED = 20250815;

const articles = readIndosum();
const byId = new Map(articles.map((a) => [a.id, a]));
for (const [i, s] of sampleSentences(articles, SAMPLE_SIZE, SAMPLE_SEED).entries()) {
  const article = byId.get(s.id);
  if (!article) continue;
  const text = sentenceText(article, s.paragraph, s.sentence);
  console.log(
    `#${i} ${s.id} p${s.paragraph} s${s.sentence} ${s.source} | ${s.category} | published ${publishedFromId(s.id).value}`,
  );
  console.log(`   ${text}`);
}
