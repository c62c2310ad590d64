import { Hono } from 'hono';
import type { Store } from '../../../store/store.ts';
import { csvLine } from '../../export/csv.ts';
import { CLAIM_TABLE, claimRows, entityQuoteRows, type ExportTable, QUOTE_TABLE, tableCsvLine } from '../../export/table-rows.ts';
import { displaySource } from '../display-source.ts';
import { notFound } from '../errors.ts';
import { streamRows } from '../stream-rows.ts';
import { downloadQuery, entityQuotesQuery, idSchema } from '../schemas/params.ts';

function csvOf<Row>(table: ExportTable<Row>): { header: string; line(row: Row): string } {
  return { header: csvLine([...table.columns]), line: (row) => tableCsvLine(table, row) };
}

/**
 * Downloads of what the JSON pages show in part: `GET /api/entities/:id/quotes?format=csv|jsonl`
 * (every quote by the entity) and `GET /api/claims?format=csv|jsonl` (every figure of every claim),
 * streamed and uncapped. `/api/claims` without a format goes on to the JSON list.
 */
export function tableExportRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/entities/:id/quotes', async (c) => {
    const { format } = entityQuotesQuery.parse(c.req.query());
    const id = idSchema.parse(c.req.param('id'));
    if (!(await store.getEntity(id))) throw notFound('entity', id);
    async function* shown() {
      for await (const row of entityQuoteRows(store, id)) yield { ...row, source: displaySource(row.source, row.url) };
    }
    return streamRows(shown(), format, csvOf(QUOTE_TABLE), 'warta-quotes');
  });
  app.get('/claims', async (c, next) => {
    const format = c.req.query('format');
    if (format === undefined || format === 'json') return next();
    return streamRows(claimRows(store), downloadQuery.parse({ format }).format, csvOf(CLAIM_TABLE), 'warta-claims');
  });
  return app;
}
