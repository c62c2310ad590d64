// Entity resolution on IndoSum articles with the shipped recogniser: cost per document as the
// registry grows (it must stay flat), where mentions come from, which rules joined names across
// documents, the snapshot round trip, and the most widespread entities for a look by eye.
// usage: node --import tsx bench/entities.ts [--limit N]
import { EntityRegistry } from '../src/enrich/entities/registry.ts';
import { resolveDocument } from '../src/enrich/entities/resolve-document.ts';
import type { RecognizedSpan } from '../src/enrich/entities/types.ts';
import { recognizeEntities } from '../src/lang/id/ner/index.ts';
import { readIndosum } from './lib/indosum.ts';

const args = process.argv.slice(2);
const limit = Number(args[args.indexOf('--limit') + 1]) || 1000;
const articles = readIndosum().slice(0, limit);
const texts = articles.map((article) => article.paragraphs.join('\n\n'));

let nerMs = 0;
const spans: RecognizedSpan[][] = texts.map((text) => {
  const started = performance.now();
  const found = recognizeEntities(text);
  nerMs += performance.now() - started;
  return found;
});

const registry = new EntityRegistry();
const costs: number[] = [];
const cpuBefore = process.cpuUsage();
const origins = new Map<string, number>();
let entityMentions = 0;
for (const [i, text] of texts.entries()) {
  const started = performance.now();
  const local = resolveDocument(text, spans[i]!, {
    aliases: registry.aliases,
    knownNames: registry.knownNames,
  });
  registry.assign(articles[i]!.id, local);
  costs.push(performance.now() - started);
  for (const entity of local) {
    entityMentions++;
    for (const mention of entity.mentions)
      origins.set(mention.origin, (origins.get(mention.origin) ?? 0) + 1);
  }
}

const cpu = process.cpuUsage(cpuBefore);
const cpuMsPerDoc = (cpu.user + cpu.system) / 1000 / texts.length;

const serialiseCpu = process.cpuUsage();
const json = JSON.stringify(registry.toJSON());
const serialiseMs = process.cpuUsage(serialiseCpu).user / 1000;
const restoreCpu = process.cpuUsage();
const restored = EntityRegistry.fromSnapshot(JSON.parse(json));
const restoreMs = process.cpuUsage(restoreCpu).user / 1000;

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
const fifth = Math.max(1, Math.floor(costs.length / 5));
const fmt = (ms: number) => ms.toFixed(2);

console.log(`# Entity resolution on ${texts.length} IndoSum articles\n`);
console.log('| measure | value |\n| --- | --- |');
console.log(`| recogniser (NER), ms/doc | ${fmt(nerMs / texts.length)} |`);
console.log(
  `| resolution (document + registry), ms/doc: mean / p50 / p95 | ${fmt(mean(costs))} / ${fmt(quantile(costs, 0.5))} / ${fmt(quantile(costs, 0.95))} |`,
);
console.log(`| resolution, CPU ms/doc (process, all threads) | ${fmt(cpuMsPerDoc)} |`);
console.log(
  `| resolution, first fifth vs last fifth of documents, ms/doc | ${fmt(mean(costs.slice(0, fifth)))} vs ${fmt(mean(costs.slice(-fifth)))} |`,
);
console.log(`| document entities / global entities | ${entityMentions} / ${registry.size} |`);
console.log(
  `| snapshot: ${(json.length / 1e6).toFixed(2)} MB, serialise / restore, CPU ms | ${fmt(serialiseMs)} / ${fmt(restoreMs)} (${restored.size} entities) |`,
);

console.log('\n| mention origin | mentions | share |\n| --- | --- | --- |');
const totalMentions = [...origins.values()].reduce((sum, n) => sum + n, 0);
for (const [origin, count] of [...origins].sort((a, b) => b[1] - a[1])) {
  console.log(`| ${origin} | ${count} | ${((100 * count) / totalMentions).toFixed(1)}% |`);
}

const joins = new Map<string, number>();
for (const entity of registry.toJSON()) {
  for (const alias of entity.aliases) {
    const rule = `${alias.source}: ${(alias.evidence ?? '').replace(/["“][^"”]*["”]|[:(,].*$/g, '').trim()}`;
    joins.set(rule, (joins.get(rule) ?? 0) + 1);
  }
}
console.log('\n| alias provenance (source: rule) | aliases |\n| --- | --- |');
for (const [rule, count] of [...joins].sort((a, b) => b[1] - a[1]).slice(0, 14))
  console.log(`| ${rule} | ${count} |`);

console.log('\n| most widespread entities | type | documents | aliases |\n| --- | --- | --- | --- |');
const top = registry
  .toJSON()
  .sort((a, b) => b.documents.length - a.documents.length)
  .slice(0, 15);
for (const entity of top) {
  const aliases = entity.aliases
    .map((alias) => alias.alias)
    .slice(0, 6)
    .join(', ');
  console.log(`| ${entity.name} | ${entity.type} | ${entity.documents.length} | ${aliases} |`);
}
