import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { atomFeed } from '../../../alerts/atom-feed.ts';
import { AlertInputError, createAlert } from '../../../alerts/create-alert.ts';
import type { Alert } from '../../../store/alert-port.ts';
import type { Store } from '../../../store/store.ts';
import { notFound } from '../errors.ts';
import { requireToken } from './writes.ts';

const alertSchema = z.object({
  name: z.string(),
  query: z.string(),
  webhook: z.string().nullable().optional(),
});
const feedLimit = z.coerce.number().int().min(1).max(500).default(50);

/** What anyone may read of an alert: not its webhook URL (it may carry a key), never its secret. */
function publicAlert(alert: Alert): Omit<Alert, 'webhook'> & { webhook: boolean } {
  return { ...alert, webhook: alert.webhook !== null };
}

/** Saved searches that alert: reads are open, changes need the write token. */
export function alertRoutes(store: Store, options: { token: string | null }): Hono {
  const app = new Hono();
  const authorize = (header: string | undefined): void => requireToken(header, options.token);

  app.get('/alerts', async (c) => {
    const alerts = await store.alerts.list();
    return c.json({ total: alerts.length, items: alerts.map(publicAlert) });
  });

  app.post('/alerts', async (c) => {
    authorize(c.req.header('authorization'));
    const body = alertSchema.parse(await c.req.json().catch(() => ({})));
    try {
      const { alert, secret } = await createAlert(store, body);
      // The secret is shown once: it signs the webhook posts (X-Warta-Signature).
      return c.json({ id: alert.id, alert: publicAlert(alert), secret }, 201);
    } catch (error) {
      if (error instanceof AlertInputError) throw new HTTPException(400, { message: error.message });
      throw error;
    }
  });

  app.get('/alerts/:id', async (c) => {
    const alert = await store.alerts.get(c.req.param('id'));
    if (!alert) throw notFound('alert', c.req.param('id'));
    const deliveries = await store.alerts.deliveries(alert.id, 20);
    return c.json({
      ...publicAlert(alert),
      deliveries: deliveries.map(({ id, attempts, nextAttemptAt, deliveredAt, lastError }) => ({
        id,
        attempts,
        nextAttemptAt: nextAttemptAt || null,
        deliveredAt,
        lastError,
      })),
    });
  });

  app.delete('/alerts/:id', async (c) => {
    authorize(c.req.header('authorization'));
    const removed = await store.transaction((tx) => tx.alerts.remove(c.req.param('id')));
    if (!removed) throw notFound('alert', c.req.param('id'));
    return c.body(null, 204);
  });

  app.post('/alerts/:id/seen', async (c) => {
    authorize(c.req.header('authorization'));
    const seen = await store.transaction((tx) => tx.alerts.markSeen(c.req.param('id'), new Date().toISOString()));
    if (!seen) throw notFound('alert', c.req.param('id'));
    return c.json({ id: c.req.param('id'), seen: true });
  });

  app.get('/alerts/:id/feed', async (c) => {
    const alert = await store.alerts.get(c.req.param('id'));
    if (!alert) throw notFound('alert', c.req.param('id'));
    const items = await store.alerts.feed(alert.id, feedLimit.parse(c.req.query('limit')));
    const base = new URL(c.req.url).origin;
    return c.body(atomFeed(alert, items, base), 200, { 'content-type': 'application/atom+xml; charset=utf-8' });
  });

  return app;
}
