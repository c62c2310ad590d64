// Throughput and peak memory of ingest + extract (and, with --enrich, the whole per-document
// analysis) on IndoSum articles joined back into scraped-style plain text files, in one process.
// usage: node --expose-gc --import tsx bench/throughput.ts [--limit N] [--enrich]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDocument } from '../src/extract/extract-document.ts';
import { ingestSources } from '../src/ingest/index.ts';
import type { RawDocument } from '../src/model/document.ts';
import { createEnrichContext, enrichDocument } from '../src/pipeline/enrich.ts';
import { asScrapedText, readIndosum } from './lib/indosum.ts';

const args = process.argv.slice(2);
const limit = Number(args[args.indexOf('--limit') + 1]) || Number.POSITIVE_INFINITY;
const withEnrich = args.includes('--enrich');

const articles = readIndosum().slice(0, limit);
const dir = mkdtempSync(join(tmpdir(), 'warta-throughput-'));
let bytes = 0;
for (const [i, article] of articles.entries()) {
  const sub = join(dir, article.outlet.replace(/\W+/g, '-'));
  mkdirSync(sub, { recursive: true });
  const text = asScrapedText(article);
  bytes += Buffer.byteLength(text);
  writeFileSync(join(sub, `${String(i).padStart(5, '0')}.txt`), text);
}

globalThis.gc?.();
const rssBefore = process.memoryUsage().rss;
let peakRss = rssBefore;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

const referenceDate = new Date('2018-03-01T00:00:00Z');
const started = performance.now();
let ingestMs = 0;
let extractMs = 0;
let enrichMs = 0;
let documents = 0;
const context = createEnrichContext();
let lastTick = performance.now();
for await (const item of ingestSources([dir], {})) {
  const now = performance.now();
  ingestMs += now - lastTick;
  if (!item.ok) continue;
  const raw: RawDocument = item.doc;
  const t0 = performance.now();
  const extracted = extractDocument(raw, { referenceDate });
  const t1 = performance.now();
  extractMs += t1 - t0;
  if (withEnrich) {
    enrichDocument(extracted, context);
    enrichMs += performance.now() - t1;
  }
  documents += 1;
  lastTick = performance.now();
}
const totalMs = performance.now() - started;
clearInterval(sampler);
rmSync(dir, { recursive: true, force: true });

const perSecond = (ms: number): string => (documents / (ms / 1000)).toFixed(0);
console.log(`| documents | MB of text | stage | total ms | documents/s |`);
console.log(`|---|---|---|---|---|`);
const mb = (bytes / 1e6).toFixed(1);
console.log(
  `| ${documents} | ${mb} | ingest (read, decode, sniff) | ${ingestMs.toFixed(0)} | ${perSecond(ingestMs)} |`,
);
console.log(`| ${documents} | ${mb} | extract | ${extractMs.toFixed(0)} | ${perSecond(extractMs)} |`);
if (withEnrich)
  console.log(
    `| ${documents} | ${mb} | enrich (entities, quotes, figures, times) | ${enrichMs.toFixed(0)} | ${perSecond(enrichMs)} |`,
  );
console.log(
  `| ${documents} | ${mb} | **all, wall clock** | ${totalMs.toFixed(0)} | **${perSecond(totalMs)}** |`,
);
console.log(
  `\npeak RSS ${(peakRss / 1e6).toFixed(0)} MB (${((peakRss - rssBefore) / 1e6).toFixed(0)} MB above the process at start)`,
);
