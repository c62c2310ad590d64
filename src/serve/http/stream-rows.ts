/**
 * A download streamed row by row as the client reads it (constant memory however many rows): CSV
 * with a header row, or JSON Lines. The first row is read before the response starts, so that an
 * error there (a query that cannot be read) is still answered as an error, not as a cut download.
 */
export async function streamRows<Row>(
  rows: AsyncGenerator<Row>,
  kind: 'csv' | 'jsonl',
  csv: { header: string; line(row: Row): string },
  filename: string,
): Promise<Response> {
  const first = await rows.next();
  const encoder = new TextEncoder();
  let pending: IteratorResult<Row> | null = first;
  const line = kind === 'csv' ? csv.line : (row: Row) => `${JSON.stringify(row)}\n`;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (kind === 'csv') controller.enqueue(encoder.encode(csv.header));
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
    headers: { 'content-type': type, 'content-disposition': `attachment; filename="${filename}.${kind}"` },
  });
}
