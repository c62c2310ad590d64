import { writeFileSync } from 'node:fs';
import { backgroundPath, formatBackground } from '../src/cluster/background-frequencies.ts';
import { contentStems } from '../src/cluster/features.ts';
import { indonesian } from '../src/lang/id/index.ts';
import { readIndosum } from './lib/indosum.ts';

/**
 * Builds models/cluster-df-id.tsv: in how many IndoSum articles (3,463 Indonesian news articles,
 * 2016–2018) each stemmed content word occurs. Words seen in fewer than MIN_DF articles are left
 * out (a missing word counts as unseen, which is what they nearly are).
 *
 *   node --import tsx bench/cluster-background-df.ts
 */

const MIN_DF = 3;

const articles = readIndosum();
const frequencies = new Map<string, number>();
for (const article of articles) {
  const stems = new Set(contentStems(indonesian, `${article.title}\n${article.paragraphs.join('\n\n')}`));
  for (const stem of stems) frequencies.set(stem, (frequencies.get(stem) ?? 0) + 1);
}
for (const [stem, df] of frequencies) if (df < MIN_DF) frequencies.delete(stem);
const path = backgroundPath('id');
writeFileSync(path, formatBackground({ language: 'id', documents: articles.length, frequencies }));
console.log(`wrote ${path}: ${articles.length} documents, ${frequencies.size} stems with df >= ${MIN_DF}`);
