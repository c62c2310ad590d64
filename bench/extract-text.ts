/**
 * Plain-text extraction (src/extract/text) on real news it was not written against:
 * - IndoSum (3,463 Indonesian articles, 10 outlets): body paragraphs kept, what was removed,
 *   outlet found from the text alone (no URL given), publication date against the article's own
 *   clock (CNN Indonesia URLs carry the minute of publication; other outlets only the crawl time);
 * - Giveme5W1H news_cluster (197 English articles as news-please scraped them, litter included):
 *   date against `date_publish`, lines removed.
 * The reference date is the crawl time (IndoSum id) or the gold date + 1 day (English): a live ingest.
 * Times are user CPU time (the machine is shared), not wall time.
 *
 *   node --import tsx bench/extract-text.ts [--limit N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractFromText } from '../src/extract/text/extract-text.ts';
import type { TextExtraction } from '../src/extract/types.ts';
import { knownOutlet, outletKey } from '../src/lang/id/outlets.ts';
import { readSeed, sharedPath } from '../test/support/shared.ts';
import { asScrapedText, readIndosum } from './lib/indosum.ts';

interface DateTally {
  docs: number;
  dated: number;
  read: number;
  sameDay: number;
  withinOneDay: number;
  withinTwoDays: number;
}

interface Tally {
  docs: number;
  paragraphs: number;
  keptParagraphs: number;
  removedBodyLike: number;
  rules: Map<string, number>;
  outletFound: number;
  outletRight: number;
  ms: number;
}

const DAY_MS = 86_400_000;

function newTally(): Tally {
  return {
    docs: 0,
    paragraphs: 0,
    keptParagraphs: 0,
    removedBodyLike: 0,
    rules: new Map(),
    outletFound: 0,
    outletRight: 0,
    ms: 0,
  };
}

function newDateTally(): DateTally {
  return { docs: 0, dated: 0, read: 0, sameDay: 0, withinOneDay: 0, withinTwoDays: 0 };
}

function timed(content: string, referenceDate: Date, tally: Tally): TextExtraction {
  const started = process.cpuUsage();
  const result = extractFromText(content, { hints: {}, url: null, referenceDate });
  tally.ms += process.cpuUsage(started).user / 1000;
  tally.docs += 1;
  return result;
}

function countRemovals(result: TextExtraction, tally: Tally): void {
  for (const piece of result.removed) {
    if (piece.kind === 'title') continue;
    const rule = `${piece.kind}/${piece.rule ?? '?'}`;
    tally.rules.set(rule, (tally.rules.get(rule) ?? 0) + 1);
    if (piece.text.split(/\s+/).length >= 15 && /[.!?]["”]?$/.test(piece.text)) tally.removedBodyLike += 1;
  }
}

function scoreDate(result: TextExtraction, gold: Date, tally: DateTally, wibHours: number): void {
  tally.docs += 1;
  const value = result.published?.value;
  if (!value || value.length < 10) return;
  tally.dated += 1;
  if (!result.published?.inferred) tally.read += 1;
  const local = new Date(gold.getTime() + wibHours * 3_600_000).toISOString().slice(0, 10);
  const gap = Math.abs(Date.parse(value.slice(0, 10)) - Date.parse(local)) / DAY_MS;
  if (gap === 0) tally.sameDay += 1;
  if (gap <= 1) tally.withinOneDay += 1;
  if (gap <= 2) tally.withinTwoDays += 1;
}

function sameOutlet(found: string, gold: string): boolean {
  const canonical = (name: string) => outletKey(knownOutlet(name)?.name ?? name);
  return canonical(found) === canonical(gold);
}

/** CNN Indonesia URLs hold the publication minute: /20170903205418-277-239178/ (WIB). */
function cnnPublished(url: string): Date | null {
  const stamp = /\/(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})\d{2}-\d+-\d+\//.exec(url);
  if (!stamp) return null;
  const [, y, mo, d, h, mi] = stamp.map(Number) as number[];
  return new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d, (h ?? 0) - 7, mi));
}

function benchIndosum(limit: number): { tally: Tally; cnn: DateTally; crawl: DateTally } {
  const tally = newTally();
  const cnn = newDateTally();
  const crawl = newDateTally();
  for (const article of readIndosum().slice(0, limit)) {
    const result = timed(asScrapedText(article), article.published, tally);
    tally.paragraphs += article.paragraphs.length;
    const kept = new Set(result.text.split('\n\n'));
    tally.keptParagraphs += article.paragraphs.filter(
      (p) => kept.has(p) || [...kept].some((k) => p.endsWith(k)),
    ).length;
    countRemovals(result, tally);
    if (result.outlet) {
      tally.outletFound += 1;
      if (sameOutlet(result.outlet.name, article.outlet)) tally.outletRight += 1;
    }
    const exact = cnnPublished(article.url);
    if (exact) scoreDate(result, exact, cnn, 7);
    else scoreDate(result, article.published, crawl, 7);
  }
  return { tally, cnn, crawl };
}

function benchEnglish(limit: number): { tally: Tally; dates: DateTally } {
  const dir = sharedPath('data', 'clustering', 'giveme5w1h-news-cluster-dev');
  const tally = newTally();
  const dates = newDateTally();
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .slice(0, limit)) {
    const row = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
      text: string | null;
      date_publish: string | null;
    };
    if (!row.text || !row.date_publish) continue;
    const gold = new Date(`${row.date_publish.slice(0, 10)}T00:00:00Z`);
    const result = timed(row.text, new Date(gold.getTime() + DAY_MS), tally);
    const lines = row.text.split('\n').filter((l) => l.trim());
    tally.paragraphs += lines.length;
    tally.keptParagraphs += result.text.split('\n\n').length;
    countRemovals(result, tally);
    scoreDate(result, gold, dates, 0);
  }
  return { tally, dates };
}

function seedThroughput(rounds: number): number {
  const seeds = ['000', '001', '002', '003', '004'].map((p) => readSeed(p));
  const referenceDate = new Date('2026-11-23T00:00:00Z');
  const started = process.cpuUsage();
  for (let i = 0; i < rounds; i++) {
    for (const seed of seeds) extractFromText(seed, { hints: {}, url: null, referenceDate });
  }
  return (rounds * seeds.length) / (process.cpuUsage(started).user / 1e6);
}

/** The English set names no outlet to compare with. */
function outletCells(label: string, t: Tally): string {
  return label.includes('(en)')
    ? '– | –'
    : `${pct(t.outletFound, t.docs)} | ${pct(t.outletRight, t.outletFound)}`;
}

const pct = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);

function dateRow(label: string, t: DateTally): string {
  const cells = [t.docs, pct(t.dated, t.docs), pct(t.read, t.dated), pct(t.sameDay, t.dated)];
  return `| ${label} | ${[...cells, pct(t.withinOneDay, t.dated), pct(t.withinTwoDays, t.dated)].join(' | ')} |`;
}

function topRules(tally: Tally, n: number): string {
  return [...tally.rules.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([rule, count]) => `${rule} ${count}`)
    .join(', ');
}

const { values } = parseArgs({ options: { limit: { type: 'string' } } });
const limit = values.limit ? Number(values.limit) : Number.POSITIVE_INFINITY;
const indosum = benchIndosum(limit);
const english = benchEnglish(limit);
const docsPerSecond = seedThroughput(200);

console.log(
  '| corpus | docs | lines kept | removed lines ≥15 words ending like a sentence (review) | outlet found (no URL) | outlet right | CPU ms/doc |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const [label, t] of [
  ['IndoSum (id)', indosum.tally],
  ['Giveme5W1H (en)', english.tally],
] as const) {
  console.log(
    `| ${label} | ${t.docs} | ${pct(t.keptParagraphs, t.paragraphs)} | ${t.removedBodyLike} | ${outletCells(label, t)} | ${(t.ms / t.docs).toFixed(2)} |`,
  );
}
console.log(
  '\n| publication date | docs | dated (day or finer) | of which read | same day | ±1 day | ±2 days |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
console.log(dateRow('IndoSum CNN Indonesia (URL minute = gold)', indosum.cnn));
console.log(dateRow('IndoSum other outlets (gold = crawl time)', indosum.crawl));
console.log(dateRow('Giveme5W1H en (gold = date_publish)', english.dates));
console.log(
  `\nSeeds throughput: ${docsPerSecond.toFixed(0)} docs per CPU-second (5 seeds × 200 rounds, user CPU time).`,
);
console.log(`\nIndoSum removals: ${topRules(indosum.tally, 12)}`);
console.log(`English removals: ${topRules(english.tally, 12)}`);
