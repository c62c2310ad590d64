import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { QuerySyntaxError } from '../../search/syntax.ts';
import { StoreBusyError } from '../../store/errors.ts';

/** Seconds a client is asked to wait when the store is busy writing. */
const RETRY_AFTER_S = 5;

/** The one place where errors become HTTP responses: a JSON body with a clear message. */
export function errorResponse(error: Error, c: Context): Response {
  if (error instanceof ZodError) {
    const message = error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ');
    return c.json({ error: 'bad-request', message }, 400);
  }
  if (error instanceof QuerySyntaxError) {
    return c.json({ error: 'bad-request', message: `q: ${error.message}`, position: error.position }, 400);
  }
  if (error instanceof StoreBusyError) {
    // Another writer holds the store (an ingest, a worker): the write waited, and may be sent again.
    c.header('Retry-After', String(RETRY_AFTER_S));
    return c.json({ error: 'busy', message: 'the store is busy with another write; try again shortly' }, 503);
  }
  if (error instanceof HTTPException) {
    return c.json({ error: statusName(error.status), message: error.message }, error.status);
  }
  console.error(error);
  return c.json({ error: 'internal', message: 'internal error' }, 500);
}

function statusName(status: number): string {
  const names: Record<number, string> = {
    400: 'bad-request',
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not-found',
    413: 'too-large',
    415: 'unsupported-media-type',
  };
  return names[status] ?? 'error';
}

export function notFound(what: string, id: string): HTTPException {
  return new HTTPException(404, { message: `no ${what} ${JSON.stringify(id)}` });
}
