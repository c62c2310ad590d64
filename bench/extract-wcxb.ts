/**
 * HTML extraction on WCXB (../shared/data/extraction/wcxb): our extractor against plain Mozilla
 * Readability, same pages, same script, same text serialisation.
 *
 *   node --import tsx bench/extract-wcxb.ts [--split dev|test|both] [--limit N] [--only warta|readability]
 *
 * Prints one markdown table per split and writes bench/out/extract-wcxb.json (per-page figures).
 * Tune on dev only; test is for reporting.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sharedPath } from '../test/support/shared.ts';
import { type BenchExtractor, readabilityExtractor, wartaExtractor } from './lib/wcxb-extractors.ts';
import { authorMatches, bodyScore, dateMatches, titleMatches } from './lib/wcxb-metrics.ts';
import { readWcxbPage, type WcxbPage, type WcxbSplit, wcxbPageIds } from './lib/wcxb-pages.ts';

interface ExtractorPageResult {
  f1: number | null;
  precision: number | null;
  recall: number | null;
  title: boolean | null;
  author: boolean | null;
  date: boolean | null;
  ms: number;
  predicted: { title: string | null; author: string | null; date: string | null; chars: number };
}

interface PageResult {
  id: string;
  pageType: string;
  results: Record<string, ExtractorPageResult>;
}

const DATA_DIR = sharedPath('data', 'extraction', 'wcxb');
const ALL_EXTRACTORS: BenchExtractor[] = [wartaExtractor, readabilityExtractor];
let EXTRACTORS = ALL_EXTRACTORS;

function scorePage(page: WcxbPage, extractor: BenchExtractor): ExtractorPageResult {
  const started = process.hrtime.bigint();
  const output = extractor.run(page.html, page.url);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const body = page.gold.mainContent ? bodyScore(output.text, page.gold.mainContent) : null;
  const { title, author, publishDate } = page.gold;
  return {
    f1: body?.f1 ?? null,
    precision: body?.precision ?? null,
    recall: body?.recall ?? null,
    title: title ? titleMatches(output.title, title) : null,
    author: author ? authorMatches(output.author, author) : null,
    date: publishDate ? dateMatches(output.date, publishDate) : null,
    ms,
    predicted: { title: output.title, author: output.author, date: output.date, chars: output.text.length },
  };
}

function runSplit(split: WcxbSplit, limit: number | undefined): PageResult[] {
  const ids = wcxbPageIds(DATA_DIR, split, limit);
  const results: PageResult[] = [];
  ids.forEach((id, index) => {
    const page = readWcxbPage(DATA_DIR, split, id);
    // Alternate the order so neither extractor always runs on a warm cache or after the other's garbage.
    const order = index % 2 === 0 ? EXTRACTORS : [...EXTRACTORS].reverse();
    const scored: Record<string, ExtractorPageResult> = {};
    for (const extractor of order) scored[extractor.name] = scorePage(page, extractor);
    results.push({ id, pageType: page.pageType, results: scored });
    if ((index + 1) % 100 === 0) process.stderr.write(`${split}: ${index + 1}/${ids.length}\n`);
  });
  return results;
}

function mean(values: number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function accuracy(flags: (boolean | null)[]): { value: number; n: number } {
  const known = flags.filter((flag): flag is boolean => flag !== null);
  return { value: mean(known.map((flag) => (flag ? 1 : 0))), n: known.length };
}

function summarise(pages: PageResult[], name: string) {
  const rows = pages.map((page) => ({ ...page.results[name]!, pageType: page.pageType }));
  const scored = rows.filter((row) => row.f1 !== null);
  const articles = scored.filter((row) => row.pageType === 'article');
  return {
    pages: rows.length,
    bodyPages: scored.length,
    f1: mean(scored.map((row) => row.f1!)),
    precision: mean(scored.map((row) => row.precision!)),
    recall: mean(scored.map((row) => row.recall!)),
    articlePages: articles.length,
    articleF1: mean(articles.map((row) => row.f1!)),
    title: accuracy(rows.map((row) => row.title)),
    author: accuracy(rows.map((row) => row.author)),
    date: accuracy(rows.map((row) => row.date)),
    msMean: mean(rows.map((row) => row.ms)),
    msMedian: median(rows.map((row) => row.ms)),
  };
}

function fixed(value: number, digits = 3): string {
  return Number.isNaN(value) ? '–' : value.toFixed(digits);
}

function markdownTable(split: WcxbSplit, pages: PageResult[]): string {
  const lines = [
    `### WCXB ${split} (${pages.length} pages)`,
    '',
    '| extractor | body F1 | precision | recall | F1 articles | title acc | author acc | date acc | ms/page mean | ms/page median |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const extractor of EXTRACTORS) {
    const s = summarise(pages, extractor.name);
    lines.push(
      `| ${extractor.name} | ${fixed(s.f1)} | ${fixed(s.precision)} | ${fixed(s.recall)} | ${fixed(s.articleF1)} (n=${s.articlePages}) | ` +
        `${fixed(s.title.value)} (n=${s.title.n}) | ${fixed(s.author.value)} (n=${s.author.n}) | ${fixed(s.date.value)} (n=${s.date.n}) | ` +
        `${fixed(s.msMean, 1)} | ${fixed(s.msMedian, 1)} |`,
    );
  }
  return lines.join('\n');
}

const METHOD = [
  'Body F1: per page, bag of lower-cased word tokens (runs of Unicode letters/digits/_, as `\\w+` in the upstream',
  'evaluate.py), precision/recall on the multiset overlap with `main_content`, averaged over pages with gold content.',
  'Title: normalised (NFKC, lower case, words only) exact match or word F1 ≥ 0.9. Author: normalised names equal,',
  'word F1 ≥ 0.8, or one contains the other as a run of ≥ 2 words. Date: same calendar day as `publish_date`',
  '(ISO prefix, no time-zone shift). Accuracies over pages whose gold field is set (n). Time: one extraction',
  'including the linkedom parse, file reading and gunzip excluded; extractor order alternates per page.',
].join('\n');

function main(): void {
  const { values } = parseArgs({
    options: {
      split: { type: 'string', default: 'both' },
      limit: { type: 'string' },
      only: { type: 'string' },
    },
  });
  if (values.only !== undefined) {
    EXTRACTORS = ALL_EXTRACTORS.filter((extractor) => extractor.name.includes(values.only ?? ''));
    if (EXTRACTORS.length === 0) throw new Error(`--only matches no extractor: ${values.only}`);
  }
  const split = values.split ?? 'both';
  if (!['dev', 'test', 'both'].includes(split))
    throw new Error(`--split must be dev, test or both, got ${split}`);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    throw new Error(`--limit must be a positive integer, got ${values.limit}`);
  }
  const splits: WcxbSplit[] = split === 'both' ? ['dev', 'test'] : [split as WcxbSplit];
  const output: Record<string, unknown> = { method: METHOD, limit: limit ?? null, splits: {} };
  const tables: string[] = [];
  for (const name of splits) {
    const pages = runSplit(name, limit);
    tables.push(markdownTable(name, pages));
    (output.splits as Record<string, unknown>)[name] = {
      summary: Object.fromEntries(EXTRACTORS.map((e) => [e.name, summarise(pages, e.name)])),
      pages,
    };
  }
  console.log(`${tables.join('\n\n')}\n\n${METHOD}`);
  const outDir = join(import.meta.dirname, 'out');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'extract-wcxb.json'), JSON.stringify(output, null, 1));
}

main();
