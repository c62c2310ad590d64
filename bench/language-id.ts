// Language identification accuracy and speed on labelled real text: IndoSum (Indonesian news),
// the seed articles (Indonesian), Giveme5W1H (English news). There is no Malay corpus in ../shared,
// so Malay is only covered by the hand-written sentences of src/lang/identify.test.ts.
// Run: node --import tsx bench/language-id.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { identifyLanguage } from '../src/lang/identify.ts';
import { seedFiles, sharedPath } from '../test/support/shared.ts';
import { asScrapedText, readIndosum } from './lib/indosum.ts';

interface LabelledSet {
  label: string;
  expected: string;
  texts: string[];
}

function giveme5w1h(folder: string): string[] {
  const dir = sharedPath('data', 'clustering', folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as { title?: string; text?: string })
    .map((article) => `${article.title ?? ''}\n${article.text ?? ''}`);
}

const sets: LabelledSet[] = [
  { label: 'IndoSum dev union', expected: 'id', texts: readIndosum().map(asScrapedText) },
  { label: 'seed articles', expected: 'id', texts: seedFiles().map((file) => readFileSync(file, 'utf8')) },
  { label: 'Giveme5W1H news-cluster dev', expected: 'en', texts: giveme5w1h('giveme5w1h-news-cluster-dev') },
  { label: 'Giveme5W1H 5W1H stories', expected: 'en', texts: giveme5w1h('giveme5w1h-5w1h-stories') },
];

console.log('| set | expected | texts | correct | accuracy | other answers | mean confidence | µs/text |');
console.log('| --- | --- | ---: | ---: | ---: | --- | ---: | ---: |');
for (const set of sets) {
  const started = performance.now();
  const guesses = set.texts.map((text) => identifyLanguage(text));
  const micros = ((performance.now() - started) * 1000) / set.texts.length;
  const correct = guesses.filter((g) => g.language === set.expected).length;
  const others = new Map<string, number>();
  for (const g of guesses)
    if (g.language !== set.expected) others.set(g.language, (others.get(g.language) ?? 0) + 1);
  const otherText = [...others].map(([language, n]) => `${language} ${n}`).join(', ') || '–';
  const confidence = guesses.reduce((sum, g) => sum + g.confidence, 0) / guesses.length;
  const accuracy = ((100 * correct) / set.texts.length).toFixed(2);
  console.log(
    `| ${set.label} | ${set.expected} | ${set.texts.length} | ${correct} | ${accuracy}% | ${otherText} | ` +
      `${confidence.toFixed(2)} | ${Math.round(micros)} |`,
  );
}
