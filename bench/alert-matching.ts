import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlertIndex } from '../src/alerts/alert-index.ts';
import { documentView } from '../src/alerts/document-view.ts';
import { analyzeInputs } from '../src/pipeline/analyze.ts';
import { parseQuery, type QueryNode } from '../src/search/syntax.ts';
import { readIndosum } from './lib/indosum.ts';
import { generator } from './lib/resampled-indosum.ts';

/**
 * What saved searches cost per ingested article: 1,000 IndoSum articles analysed once, then each
 * matched (document view + alert index lookup + checks) against 1, 100, 1,000 and 10,000 alerts
 * drawn from the corpus's own entity names and words, as analysts write them (a name, a name
 * and a topic word, a phrase, an OR of two names, with an exclusion now and then).
 *
 *   node --import tsx bench/alert-matching.ts
 */

const articles = readIndosum().slice(0, 1_000);
const dir = join('bench', 'out');
const file = join(dir, 'alert-matching.jsonl');
writeFileSync(
  file,
  `${articles.map((a) => JSON.stringify({ id: a.id, title: a.title, text: a.paragraphs.join('\n\n'), outlet: a.outlet })).join('\n')}\n`,
);
const result = await analyzeInputs([file], { referenceDate: new Date('2030-01-01T00:00:00Z') });
const names = new Map(result.entities.map((entity) => [entity.id, entity.aliases.map((alias) => alias.alias)]));
const entityNames = result.entities.filter((entity) => entity.documents.length >= 2).map((entity) => entity.name);
const words = [...new Set(result.documents.flatMap((doc) => doc.text.toLowerCase().match(/\p{L}{5,}/gu) ?? []))];

function alertQueries(count: number, random: () => number): QueryNode[] {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const name = (): string => `"${pick(entityNames).replace(/"/g, '')}"`;
  const queries: QueryNode[] = [];
  while (queries.length < count) {
    const roll = random();
    const text =
      roll < 0.35 ? name() : roll < 0.6 ? `${name()} ${pick(words)}` : roll < 0.8 ? `${name()} OR ${name()}` : `${pick(words)} ${pick(words)} -${pick(words)}`;
    try {
      queries.push(parseQuery(text));
    } catch {
      // a name that folds to no word
    }
  }
  return queries;
}

const rows: string[] = [];
for (const count of [1, 100, 1_000, 10_000]) {
  const queries = alertQueries(count, generator(count));
  const started = process.cpuUsage();
  const index = new AlertIndex(queries.map((query, at) => ({ alert: { id: String(at) }, query })));
  const built = process.cpuUsage(started);
  let matches = 0;
  const matching = process.cpuUsage();
  for (const doc of result.documents) matches += index.matching(documentView(doc, (id) => names.get(id) ?? [])).length;
  const used = process.cpuUsage(matching);
  const perArticle = (used.user + used.system) / 1000 / result.documents.length;
  rows.push(
    `| ${count.toLocaleString('en')} | ${perArticle.toFixed(3)} | ${((built.user + built.system) / 1000).toFixed(1)} | ${(matches / result.documents.length).toFixed(2)} |`,
  );
  console.error(rows.at(-1));
}
console.log(
  [
    `Matching ${result.documents.length.toLocaleString('en')} IndoSum articles against saved searches (CPU, in the ingest's process)\n`,
    '| alerts | CPU ms per article | index build ms (per batch) | matches per article |',
    '| ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n'),
);
