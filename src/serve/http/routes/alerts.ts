import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { atomFeed } from '../../../alerts/atom-feed.ts';
import { AlertInputError, createAlert } from '../../../alerts/create-alert.ts';
import type { Alert } from '../../../store/alert-port.ts';
import type { Store } from '../../../store/store.ts';
import { notFound } from '../errors.ts';
import { alertBody, alertIdParams } from '../schemas/alerts.ts';
import { alertFeedQuery } from '../schemas/params.ts';
import { requireToken } from './writes.ts';


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
    const body = alertBody.parse(await c.req.json().catch(() => ({})));
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
    const { id } = alertIdParams.parse(c.req.param());
    const alert = await store.alerts.get(id);
    if (!alert) throw notFound('alert', id);
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
    const { id } = alertIdParams.parse(c.req.param());
    const removed = await store.transaction((tx) => tx.alerts.remove(id));
    if (!removed) throw notFound('alert', id);
    return c.body(null, 204);
  });

  app.post('/alerts/:id/seen', async (c) => {
    authorize(c.req.header('authorization'));
    const { id } = alertIdParams.parse(c.req.param());
    const seen = await store.transaction((tx) => tx.alerts.markSeen(id, new Date().toISOString()));
    if (!seen) throw notFound('alert', id);
    return c.json({ id, seen: true });
  });

  app.get('/alerts/:id/feed', async (c) => {
    const { id } = alertIdParams.parse(c.req.param());
    const alert = await store.alerts.get(id);
    if (!alert) throw notFound('alert', id);
    const items = await store.alerts.feed(alert.id, alertFeedQuery.parse(c.req.query()).limit);
    const base = new URL(c.req.url).origin;
    return c.body(atomFeed(alert, items, base), 200, { 'content-type': 'application/atom+xml; charset=utf-8' });
  });

  return app;
}
