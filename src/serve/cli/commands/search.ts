import type { Command } from 'commander';
import { loadConfig } from '../../../config/config.ts';
import { QuerySyntaxError } from '../../../search/syntax.ts';
import type { SearchResult, SearchSort, Store } from '../../../store/store.ts';
import { csvField, csvLine } from '../../export/csv.ts';
import { SEARCH_EXPORT_COLUMNS, searchExportCsvLine, searchExportRows } from '../../export/search-rows.ts';
import { openStore } from '../../../store/open-store.ts';

const FORMATS = new Set(['text', 'json', 'csv', 'jsonl']);
const SORTS = new Set(['relevance', 'date']);

interface SearchOptions {
  db?: string;
  format: string;
  sort: string;
  limit: string;
  offset: string;
  all?: boolean;
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('search the store in the search language (see the README: words, "phrases", OR, -, prefix*, filters)')
    .argument('<query>', 'the query, e.g. "Korut -Lavrov from:2025-07"')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .option('--format <format>', 'text, json, csv or jsonl (jsonl with --all)', 'text')
    .option('--sort <sort>', 'relevance (best first) or date (newest first)', 'relevance')
    .option('--limit <n>', 'hits per page, 1-500', '20')
    .option('--offset <n>', 'hits to skip', '0')
    .option('--all', 'every match, streamed and uncapped (csv or jsonl, the columns of the API export)')
    .action(async (query: string, opts: SearchOptions) => {
      if (!FORMATS.has(opts.format)) throw program.error(`--format: expected text, json, csv or jsonl, got ${JSON.stringify(opts.format)}`);
      if (opts.all && opts.format !== 'csv' && opts.format !== 'jsonl') throw program.error('--all: expected --format csv or jsonl');
      if (!opts.all && opts.format === 'jsonl') throw program.error('--format jsonl: give --all (jsonl is the export of every match)');
      if (!SORTS.has(opts.sort)) throw program.error(`--sort: expected relevance or date, got ${JSON.stringify(opts.sort)}`);
      const limit = Number(opts.limit);
      const offset = Number(opts.offset);
      if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw program.error('--limit: expected a whole number from 1 to 500');
      if (!Number.isInteger(offset) || offset < 0) throw program.error('--offset: expected a whole number from 0');
      const config = loadConfig(opts.db ? { dbPath: opts.db } : {});
      const store = await openStore(config.dbPath);
      try {
        if (opts.all) {
          await exportAll(store, query, opts.sort as SearchSort, opts.format as 'csv' | 'jsonl');
          return;
        }
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

/**
 * Every match to stdout, a page of the store at a time, waiting when the pipe is full. Into a file
 * or a pipe the bytes go as they are (CSV's CRLF, the text's own characters); to a terminal through
 * its guard. A reader that goes away (`| head`) ends the export quietly.
 */
async function exportAll(store: Store, q: string, sort: SearchSort, format: 'csv' | 'jsonl'): Promise<void> {
  const out = process.stdout;
  let closed = false;
  const gone = new Promise<void>((resolve) =>
    out.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      closed = true;
      resolve();
    }),
  );
  const write = (text: string): Promise<void> => {
    const written = out.write(out.isTTY ? text : Buffer.from(text, 'utf8'));
    return written ? Promise.resolve() : Promise.race([new Promise<void>((resolve) => out.once('drain', () => resolve())), gone]);
  };
  if (format === 'csv') await write(csvLine(SEARCH_EXPORT_COLUMNS));
  for await (const row of searchExportRows(store, { q, sort })) {
    if (closed) return;
    await write(format === 'csv' ? searchExportCsvLine(row) : `${JSON.stringify(row)}\n`);
  }
}

function asJson(query: string, result: SearchResult): string {
  return `${JSON.stringify({ q: query, ...result }, null, 2)}\n`;
}

const CSV_COLUMNS = ['id', 'published', 'outlet', 'title', 'source', 'score', 'snippet', 'duplicates'] as const;

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
