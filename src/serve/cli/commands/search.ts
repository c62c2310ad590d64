import type { Command } from 'commander';
import { loadConfig } from '../../../config/config.ts';
import { QuerySyntaxError } from '../../../search/syntax.ts';
import type { SearchResult, SearchSort } from '../../../store/store.ts';
import { openStore } from '../open-store.ts';

const FORMATS = new Set(['text', 'json', 'csv']);
const SORTS = new Set(['relevance', 'date']);

interface SearchOptions {
  db?: string;
  format: string;
  sort: string;
  limit: string;
  offset: string;
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('search the store in the search language (see the README: words, "phrases", OR, -, prefix*, filters)')
    .argument('<query>', 'the query, e.g. "Korut -Lavrov from:2025-07"')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .option('--format <format>', 'text, json or csv', 'text')
    .option('--sort <sort>', 'relevance (best first) or date (newest first)', 'relevance')
    .option('--limit <n>', 'hits per page, 1-500', '20')
    .option('--offset <n>', 'hits to skip', '0')
    .action(async (query: string, opts: SearchOptions) => {
      if (!FORMATS.has(opts.format)) throw program.error(`--format: expected text, json or csv, got ${JSON.stringify(opts.format)}`);
      if (!SORTS.has(opts.sort)) throw program.error(`--sort: expected relevance or date, got ${JSON.stringify(opts.sort)}`);
      const limit = Number(opts.limit);
      const offset = Number(opts.offset);
      if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw program.error('--limit: expected a whole number from 1 to 500');
      if (!Number.isInteger(offset) || offset < 0) throw program.error('--offset: expected a whole number from 0');
      const config = loadConfig(opts.db ? { dbPath: opts.db } : {});
      const store = openStore(config.dbPath);
      try {
        const result = await store.search({ q: query, sort: opts.sort as SearchSort, limit, offset });
        const render = opts.format === 'json' ? asJson : opts.format === 'csv' ? asCsv : asText;
        process.stdout.write(render(query, result, offset));
      } catch (error) {
        if (!(error instanceof QuerySyntaxError)) throw error;
        process.stderr.write(`warta: the query cannot be read: ${error.message}\n  ${query}\n  ${' '.repeat(error.position)}^\n`);
        process.exitCode = 2;
      } finally {
        await store.close();
      }
    });
}

function asJson(query: string, result: SearchResult): string {
  return `${JSON.stringify({ q: query, ...result }, null, 2)}\n`;
}

const CSV_COLUMNS = ['id', 'published', 'outlet', 'title', 'source', 'score', 'snippet', 'duplicates'] as const;

function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row a hit (RFC 4180 quoting, newline-ended lines); the ids of its folded near-duplicates, space-separated, in the last column. */
function asCsv(_query: string, result: SearchResult): string {
  const rows = result.hits.map((hit) =>
    [hit.id, hit.published, hit.outlet, hit.title, hit.source, hit.score, hit.snippet, hit.duplicates.map((d) => d.id).join(' ')]
      .map(csvField)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\n')}\n`;
}

function asText(query: string, result: SearchResult, offset: number): string {
  const lines: string[] = [];
  const folded = result.documents > result.total ? ` (${result.documents} documents, near-duplicates folded)` : '';
  const range = result.hits.length ? `, showing ${offset + 1}-${offset + result.hits.length}` : '';
  lines.push(`${result.total} hits${folded} for ${JSON.stringify(query)}${range}`);
  if (result.didYouMean) {
    const read = result.didYouMean.corrections.map((c) => `"${c.text}" as ${c.entity.name}`).join(', ');
    lines.push(`showing results for: ${result.didYouMean.query} (read ${read})`);
  }
  result.hits.forEach((hit, i) => {
    lines.push('', `${offset + i + 1}. ${hit.title ?? '(untitled)'}`);
    lines.push(`   ${[hit.outlet ?? 'unknown outlet', hit.published ?? 'undated', hit.id].join(' · ')}`);
    if (hit.snippet) lines.push(`   ${hit.snippet}`);
    for (const d of hit.duplicates) {
      lines.push(`   + near-duplicate: ${d.title ?? '(untitled)'} · ${d.outlet ?? 'unknown outlet'} · ${d.id}`);
    }
  });
  return `${lines.join('\n')}\n`;
}
