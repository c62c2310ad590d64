import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterBatch } from '../src/cluster/incremental/cluster-batch.ts';
import { clusterDocuments } from '../src/cluster/index.ts';
import type { EnrichedDocument } from '../src/model/document.ts';
import { analyzeInputs } from '../src/pipeline/analyze.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { readNewsClusterDev } from './cluster-data.ts';
import { bcubed, type Scores } from './cluster-metrics.ts';
import { readIndosum } from './lib/indosum.ts';
import { generator } from './lib/resampled-indosum.ts';

/**
 * Stream versus batch: the same enriched documents clustered once in memory (`warta analyze`'s
 * path) and through the store in many small batches (`warta ingest`'s path: candidates read back,
 * state written per batch), in date order and in a shuffled order. B-cubed agreement of the two
 * clusterings (batch taken as the reference), and B-cubed against the gold events where there are
 * some (giveme5w1h news-cluster dev, English). IndoSum (3,463 Indonesian articles) has no event
 * gold; its documents go through the whole analysis once, then are clustered both ways.
 *
 *   node --import tsx bench/stream-vs-batch.ts [--batch 10]
 */

const at = process.argv.indexOf('--batch');
const BATCH = at > 0 ? Number(process.argv[at + 1]) : 10;

function byDate(docs: EnrichedDocument[]): EnrichedDocument[] {
  return [...docs].sort(
    (a, b) => (a.published?.value ?? '9999').localeCompare(b.published?.value ?? '9999') || (a.id < b.id ? -1 : 1),
  );
}

function shuffled(docs: EnrichedDocument[]): EnrichedDocument[] {
  const random = generator(7);
  const copy = [...docs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Event of each document after feeding `docs` through a store, `BATCH` at a time. */
async function throughStore(docs: EnrichedDocument[]): Promise<{ eventOf: Map<string, string>; seconds: number }> {
  const store = new SqliteStore({ path: ':memory:' });
  const started = performance.now();
  for (let from = 0; from < docs.length; from += BATCH) {
    const batch = docs.slice(from, from + BATCH);
    await store.transaction(async (tx) => {
      const clustered = await clusterBatch(batch, tx);
      await tx.saveDocuments(clustered.documents.map((document) => ({ document, raw: document.text, rawFormat: 'text' })));
      await tx.applyClusterChanges(clustered.changes);
    });
  }
  const seconds = (performance.now() - started) / 1000;
  const eventOf = new Map<string, string>();
  for (const event of await store.events()) for (const id of event.documents) eventOf.set(id, event.id);
  await store.close();
  return { eventOf, seconds };
}

const pct = (value: number) => (value * 100).toFixed(2);
const cells = (scores: Scores) => `${pct(scores.precision)} | ${pct(scores.recall)} | ${pct(scores.f1)}`;
const rows: string[] = [];

async function compare(name: string, docs: EnrichedDocument[], gold: Map<string, string> | null): Promise<void> {
  const batch = clusterDocuments(docs);
  const batchOf = new Map<string, string>();
  for (const event of batch.events) for (const id of event.documents) batchOf.set(id, event.id);
  const ids = docs.map((doc) => doc.id);
  const goldOf = (id: string) => gold!.get(id)!;
  if (gold) rows.push(`| ${name} | one analyze (in memory) | vs gold | ${cells(bcubed(ids.map((id) => batchOf.get(id)!), ids.map(goldOf)))} | ${batch.events.length} | |`);
  for (const [order, ordered] of [['date order', byDate(docs)], ['shuffled', shuffled(docs)]] as const) {
    const stream = await throughStore(ordered);
    const predicted = ids.map((id) => stream.eventOf.get(id)!);
    const events = new Set(predicted).size;
    const agreement = bcubed(predicted, ids.map((id) => batchOf.get(id)!));
    rows.push(`| ${name} | ${BATCH} per batch, ${order} | vs batch | ${cells(agreement)} | ${events} | ${stream.seconds.toFixed(1)} |`);
    if (gold) rows.push(`| ${name} | ${BATCH} per batch, ${order} | vs gold | ${cells(bcubed(predicted, ids.map(goldOf)))} | ${events} | |`);
    console.error(rows.at(-1));
  }
}

const dev = readNewsClusterDev();
await compare('giveme5w1h dev (197, en)', dev.map((item) => item.doc), new Map(dev.map((item) => [item.doc.id, item.label])));

const file = join('bench', 'out', 'indosum-all.jsonl');
writeFileSync(
  file,
  readIndosum()
    .map((a) => JSON.stringify({ id: a.id, title: a.title, text: a.paragraphs.join('\n\n'), outlet: a.outlet, published: a.published.toISOString().slice(0, 10) }))
    .join('\n'),
);
const analysed = await analyzeInputs([file], { referenceDate: new Date('2019-01-01') });
await compare('IndoSum (3,463, id)', analysed.documents, null);

console.log(`## Stream versus batch: events from ${BATCH}-document ingests against one analyze\n`);
console.log('| corpus | clustering | against | B³ P | B³ R | B³ F1 | events | store seconds |');
console.log('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
