import { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../../../store/store.ts';
import { csvLine } from '../../export/csv.ts';
import { displaySource } from '../display-source.ts';
import { SEARCH_EXPORT_COLUMNS, type SearchExportRow, searchExportCsvLine, searchExportRows } from '../../export/search-rows.ts';
import { defined, searchSchema } from '../validate.ts';

const exportSchema = searchSchema.omit({ limit: true, offset: true }).extend({ format: z.enum(['csv', 'jsonl']) });

/**
 * `GET /api/search?format=csv|jsonl`: every match streamed, uncapped, in constant memory. Without
 * a format the request goes on to the JSON search route.
 */
export function searchExportRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/search', async (c, next) => {
    const format = c.req.query('format');
    if (format === undefined || format === 'json') return next();
    const { format: kind, ...request } = defined(exportSchema.parse(c.req.query()));
    // A query that cannot be read fails here, as a 400, before the response has started.
    const rows = searchExportRows(store, request);
    const first = await rows.next();
    const encoder = new TextEncoder();
    let pending: IteratorResult<SearchExportRow> | null = first;
    const shown = (row: SearchExportRow): SearchExportRow => ({ ...row, source: displaySource(row.source, row.url) });
    const line = kind === 'csv' ? (row: SearchExportRow) => searchExportCsvLine(shown(row)) : (row: SearchExportRow) => `${JSON.stringify(shown(row))}\n`;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        if (kind === 'csv') controller.enqueue(encoder.encode(csvLine(SEARCH_EXPORT_COLUMNS)));
      },
      async pull(controller) {
        const next = pending ?? (await rows.next());
        pending = null;
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(line(next.value)));
      },
      async cancel() {
        await rows.return(undefined);
      },
    });
    const type = kind === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8';
    return new Response(body, {
      headers: { 'content-type': type, 'content-disposition': `attachment; filename="warta-search.${kind}"` },
    });
  });
  return app;
}
