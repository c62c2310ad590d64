import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { contentHash, documentId } from '../../../extract/extract-document.ts';
import type { IngestItem } from '../../../ingest/index.ts';
import type { ItemOutcome } from '../../../pipeline/ingest-into-store.ts';
import type { RawDocument } from '../../../model/document.ts';
import { type IngestSink, storeSink } from '../../../queue/ingest-sink.ts';
import type { Store } from '../../../store/store.ts';
import { documentRecordArray, documentRecordSchema, feedBody } from '../schemas/writes.ts';

const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface WriteOptions {
  token: string | null;
  referenceDate: () => Date;
  feeds: { add(url: string): Promise<boolean>; list(): Promise<string[]> };
  /**
   * Where posted documents go: the store at once (the default, SQLite's way), or the job queue
   * (PostgreSQL: `openIngestSink`), answered 202 with what was queued.
   */
  sink?: IngestSink;
}

/** Refuses a request without the configured write token (403 when writes are disabled, 401 otherwise). */
export function requireToken(header: string | undefined, token: string | null): void {
  if (!token)
    throw new HTTPException(403, {
      message: 'writes are disabled: no write token is configured (WARTA_TOKEN)',
    });
  // Only `Bearer <token>`: a bare token or another scheme is refused, not read as the token.
  const given = /^Bearer +(\S+)$/i.exec(header ?? '')?.[1] ?? '';
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new HTTPException(401, { message: 'missing or wrong token (Authorization: Bearer <token>)' });
  }
}

function toRaw(doc: z.infer<typeof documentRecordSchema>, index: number): RawDocument {
  const hints = Object.fromEntries(
    Object.entries({
      title: doc.title,
      url: doc.url,
      outlet: doc.outlet,
      published: doc.published,
      language: doc.language,
      section: doc.section,
      byline: doc.byline,
    }).filter(([, v]) => v !== undefined),
  );
  return {
    ...(doc.id ? { givenId: doc.id } : {}),
    source: `api#${index + 1}`,
    kind: 'jsonl',
    format: 'text',
    content: doc.text,
    encoding: 'utf-8',
    hints,
    diagnostics: [],
  };
}

/** A record's problem as a reader would say it: `text: must not be empty`, or the JSON parser's words. */
function plainWords(error: unknown): string {
  if (error instanceof z.ZodError) {
    return error.issues.map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`).join('; ');
  }
  return error instanceof SyntaxError ? `not JSON (${error.message})` : String((error as Error).message ?? error);
}

function parseBody(contentType: string, body: string): IngestItem[] {
  if (contentType.includes('application/x-ndjson') || contentType.includes('jsonl')) {
    return body
      .split('\n')
      .map((line, i) => ({ line: line.trim(), i }))
      .filter(({ line }) => line.length > 0)
      .map(({ line, i }) => {
        try {
          return { ok: true as const, doc: toRaw(documentRecordSchema.parse(JSON.parse(line)), i) };
        } catch (error) {
          return {
            ok: false as const,
            source: `api#${i + 1}`,
            reason: 'malformed-jsonl' as const,
            message: `request line ${i + 1}: ${plainWords(error).slice(0, 300)}`,
          };
        }
      });
  }
  if (contentType.includes('application/json')) {
    const parsed: unknown = JSON.parse(body);
    const list = documentRecordArray.parse(Array.isArray(parsed) ? parsed : [parsed]);
    return list.map((doc, i) => ({ ok: true as const, doc: toRaw(doc, i) }));
  }
  throw new HTTPException(415, {
    message: 'send application/json (an object or an array) or application/x-ndjson',
  });
}

/** The request's line (JSONL) or array position (JSON), 1-based, from an item's `api#N` source. */
function lineOf(source: string): number {
  return Number(/#(\d+)$/.exec(source)?.[1] ?? 0);
}

/** Routes that change the store; every one requires the configured token. Bodies and answers: ../schemas/writes.ts. */
export function writeRoutes(store: Store, options: WriteOptions): Hono {
  const app = new Hono();
  const sink = options.sink ?? storeSink(store);

  app.post('/documents', async (c) => {
    requireToken(c.req.header('authorization'), options.token);
    const length = Number(c.req.header('content-length') ?? 0);
    if (length > MAX_BODY_BYTES)
      throw new HTTPException(413, { message: `body over ${MAX_BODY_BYTES} bytes` });
    const body = await c.req.text();
    if (body.length > MAX_BODY_BYTES)
      throw new HTTPException(413, { message: `body over ${MAX_BODY_BYTES} bytes` });
    let items: IngestItem[];
    try {
      items = parseBody(c.req.header('content-type') ?? '', body);
    } catch (error) {
      if (error instanceof SyntaxError)
        throw new HTTPException(400, { message: `body is not valid JSON: ${error.message}` });
      throw error;
    }
    const outcomes: ItemOutcome[] = [];
    const receipt = await sink.take(items, options.referenceDate(), (outcome) => outcomes.push(outcome));
    const errors = receipt.summary.rejected.map((rejection) => ({
      line: lineOf(rejection.source),
      error: rejection.message,
    }));
    if (receipt.mode === 'queued') {
      const { queued, alreadyQueued } = receipt.summary;
      // Ids follow from the record (its id, or its text's hash): the worker stores it under this one,
      // unless the same text is stored already under another.
      const documents = items.flatMap((item) =>
        item.ok ? [{ line: lineOf(item.doc.source), id: documentId(item.doc, contentHash(item.doc.content)), status: 'queued' }] : [],
      );
      return c.json(
        { queued, alreadyQueued, rejected: receipt.summary.rejected, documents, errors },
        queued + alreadyQueued > 0 ? 202 : 400,
      );
    }
    const { summary } = receipt;
    const documents = outcomes
      .map((outcome) => ({ line: lineOf(outcome.source), id: outcome.id, status: outcome.status }))
      .sort((a, b) => a.line - b.line);
    return c.json(
      {
        added: summary.added,
        updated: summary.updated,
        unchanged: summary.unchanged,
        rejected: summary.rejected,
        stored: documents.filter((doc) => doc.status === 'added' || doc.status === 'updated').map((doc) => doc.id),
        documents,
        errors,
      },
      summary.added + summary.updated + summary.unchanged > 0 ? 200 : 400,
    );
  });

  app.post('/feeds', async (c) => {
    requireToken(c.req.header('authorization'), options.token);
    const { url } = feedBody.parse(await c.req.json().catch(() => ({})));
    const added = await options.feeds.add(url);
    const feeds = await options.feeds.list();
    return c.json({ url, added, feeds, total: feeds.length }, added ? 201 : 200);
  });

  // The watched feeds say what is being collected: behind the token like the writes.
  app.get('/feeds', async (c) => {
    requireToken(c.req.header('authorization'), options.token);
    const feeds = await options.feeds.list();
    return c.json({ feeds, total: feeds.length });
  });

  return app;
}
