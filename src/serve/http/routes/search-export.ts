import { Hono } from 'hono';
import type { Store } from '../../../store/store.ts';
import { csvLine } from '../../export/csv.ts';
import { displaySource } from '../display-source.ts';
import { SEARCH_EXPORT_COLUMNS, type SearchExportRow, searchExportCsvLine, searchExportRows } from '../../export/search-rows.ts';
import { streamRows } from '../stream-rows.ts';
import { searchExportQuery } from '../schemas/params.ts';
import { defined } from '../validate.ts';

/** Readers see where an article came from, never the server's own file paths. */
async function* shownRows(rows: AsyncGenerator<SearchExportRow>): AsyncGenerator<SearchExportRow> {
  for await (const row of rows) yield { ...row, source: displaySource(row.source, row.url) };
}

/**
 * `GET /api/search?format=csv|jsonl`: every match streamed, uncapped, in constant memory. Without
 * a format the request goes on to the JSON search route.
 */
export function searchExportRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/search', async (c, next) => {
    const format = c.req.query('format');
    if (format === undefined || format === 'json') return next();
    const { format: kind, ...request } = defined(searchExportQuery.parse(c.req.query()));
    // A query that cannot be read fails in streamRows, as a 400, before the response has started.
    return streamRows(
      shownRows(searchExportRows(store, request)),
      kind,
      { header: csvLine(SEARCH_EXPORT_COLUMNS), line: searchExportCsvLine },
      'warta-search',
    );
  });
  return app;
}
