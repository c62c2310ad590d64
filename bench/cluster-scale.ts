import { EventClusterer } from '../src/cluster/events/event-clusterer.ts';
import { toClusterDocument } from '../src/cluster/features.ts';
import { packFor } from '../src/cluster/language.ts';
import { capitalisedWordEntities } from '../src/cluster/proxy-entities.ts';
import { StorylineTracker } from '../src/cluster/storylines/storyline-tracker.ts';
import type { EnrichedDocument } from '../src/model/document.ts';
import { type IndosumArticle, readIndosum } from './lib/indosum.ts';
import { generator, resampledText, type Slot, streamOrder } from './lib/resampled-indosum.ts';

/**
 * Does the cost per document stay flat as the corpus grows? Feeds the online event clusterer up to
 * 100,000 documents resampled from the 3,463 real IndoSum articles (Aug 2016 – Feb 2018): copy c
 * of an article is shifted by c × 45 days, keeps each paragraph with probability 0.7 (at least
 * one) and gets one paragraph of another article, so copies are rewrites rather than exact
 * duplicates. The stream is in date order and starts once a dozen copies overlap, so the density
 * is steady (~75 documents a day) from the first document: what grows is only the corpus.
 * Entities come from the cheap capitalised-word proxy (the entity resolver is not used here).
 * Documents are generated on the fly and dropped: the memory figure is the clusterer's own state.
 *
 *   node --expose-gc --import tsx bench/cluster-scale.ts [--max 100000]
 */

const maxArg = process.argv.indexOf('--max');
const MAX = maxArg > 0 ? Number(process.argv[maxArg + 1]) : 100_000;
const CHECKPOINTS = [1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000].filter((n) => n <= MAX);
const pack = packFor('id');

function syntheticDocument(articles: IndosumArticle[], slot: Slot, random: () => number): EnrichedDocument {
  const { article } = slot;
  const { id, text, published: value } = resampledText(articles, slot, random);
  return {
    id,
    contentHash: id,
    source: article.url,
    kind: 'jsonl',
    url: article.url,
    language: 'id',
    title: article.title,
    outlet: article.outlet,
    outletEvidence: null,
    section: article.category,
    byline: null,
    published: { value, evidence: value, inferred: false },
    text,
    removed: [],
    diagnostics: [],
    entities: capitalisedWordEntities(text, pack),
    quotes: [],
    figures: [],
    times: [],
    duplicateOf: null,
  };
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1_048_576;
}

const articles = readIndosum();
const stream = streamOrder(articles, MAX);
const random = generator(42);
const clusterer = new EventClusterer();
const tracker = new StorylineTracker();
let closedEvents = 0;
let storylineMs = 0;
/** What a store-backed ingest does: persist events as retention closes them, chain them into storylines. */
function flushClosedEvents(): void {
  const started = performance.now();
  for (const { profile } of clusterer.takeClosedEvents()) {
    tracker.add(profile);
    closedEvents++;
  }
  storylineMs += performance.now() - started;
}
const baseHeap = heapMb();
const rows: string[] = [];
let segmentStart = 0;
let featureMs = 0;
let addMs = 0;
let featureCpu = 0;
let addCpu = 0;
let compared = 0;
let duplicates = 0;
let clusteringMs = 0;
const started = performance.now();
for (let index = 0; index < MAX; index++) {
  const doc = syntheticDocument(articles, stream[index]!, random);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const features = toClusterDocument(doc, pack);
  const c1 = process.cpuUsage();
  const t1 = performance.now();
  const assignment = clusterer.add(features);
  const t2 = performance.now();
  const c2 = process.cpuUsage();
  featureMs += t1 - t0;
  addMs += t2 - t1;
  clusteringMs += t2 - t0;
  featureCpu += (c1.user + c1.system - c0.user - c0.system) / 1000;
  addCpu += (c2.user + c2.system - c1.user - c1.system) / 1000;
  compared += assignment.compared;
  if (assignment.duplicateOf) duplicates++;
  const done = index + 1;
  if (done % 2_000 === 0) flushClosedEvents();
  if (CHECKPOINTS.includes(done)) {
    const count = done - segmentStart;
    const events = clusterer.eventCount + closedEvents;
    rows.push(
      `| ${done.toLocaleString('en')} | ${(featureMs / count).toFixed(2)} | ${(addMs / count).toFixed(2)} | ${(featureCpu / count).toFixed(2)} | ${(addCpu / count).toFixed(2)} | ${(compared / count).toFixed(1)} | ${events.toLocaleString('en')} | ${duplicates.toLocaleString('en')} | ${(heapMb() - baseHeap).toFixed(0)} | ${((performance.now() - started) / 1000).toFixed(0)} |`,
    );
    console.error(rows.at(-1));
    segmentStart = done;
    featureMs = 0;
    addMs = 0;
    featureCpu = 0;
    addCpu = 0;
    compared = 0;
  }
}
const totalSeconds = (performance.now() - started) / 1000;
const storylineStart = performance.now();
flushClosedEvents();
const open = clusterer.eventProfiles().sort((a, b) => (a.date?.first ?? 0) - (b.date?.first ?? 0));
for (const profile of open) tracker.add(profile);
const storylineSeconds = (storylineMs + performance.now() - storylineStart) / 1000;

console.log(`## Clustering at scale: ${MAX.toLocaleString('en')} documents resampled from IndoSum\n`);
console.log(
  'Each row covers the documents added since the previous row: wall and CPU milliseconds per document for the' +
    ' features (tokens, stems, shingles, MinHash) and for `EventClusterer.add`. Retention (180 days) closes' +
    ' old events; they are handed to the storyline tracker every 2,000 documents, as a store-backed ingest' +
    ' would persist them, so the heap holds only the open window.\n',
);
console.log(
  '| documents | features ms/doc | add ms/doc | features CPU ms/doc | add CPU ms/doc | candidate events scored/doc | events | near-duplicates | clusterer heap MB | elapsed s |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const line of rows) console.log(line);
console.log(
  `\nClustering (features + add) took ${(clusteringMs / 1000).toFixed(0)} s for ${MAX.toLocaleString('en')} documents;` +
    ` ${totalSeconds.toFixed(0)} s in all with generating the synthetic documents and their proxy entities;` +
    ` storylines over ${(closedEvents + open.length).toLocaleString('en')} events: ${storylineSeconds.toFixed(1)} s` +
    ` (${tracker.summaries().length.toLocaleString('en')} storylines).`,
);
