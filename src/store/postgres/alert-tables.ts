import type { AlertReads, AlertWrites, DeliveryAttempt } from '../alert-port.ts';
import { ALERT_COLUMNS, alertOf, DELIVERY_COLUMNS, deliveryOf, feedItemOf, LEAD_CHARS } from '../alert-rows.ts';
import { type Queryable, run, select } from './sql.ts';

/** Alert reads on the pool (`db` waits for the store to be open). */
export function postgresAlertReads(db: () => Promise<Queryable>): AlertReads {
  return {
    list: async () => (await select(await db(), `SELECT ${ALERT_COLUMNS} FROM alerts a ORDER BY a.created_at, a.id`)).map(alertOf),
    get: async (id) => {
      const [row] = await select(await db(), `SELECT ${ALERT_COLUMNS} FROM alerts a WHERE a.id = $1`, [id]);
      return row ? alertOf(row) : null;
    },
    feed: async (id, limit) =>
      (
        await select(
          await db(),
          `SELECT m.document_id, m.matched_at, d.title, d.outlet, d.url, d.published, d.byline,
                  substr(d.text, 1, ${LEAD_CHARS}) AS lead
           FROM alert_matches m JOIN documents d ON d.id = m.document_id
           WHERE m.alert_id = $1 ORDER BY m.matched_at DESC, m.seq DESC LIMIT $2`,
          [id, limit],
        )
      ).map(feedItemOf),
    dueDeliveries: async (now, limit) =>
      (
        await select(
          await db(),
          `SELECT ${DELIVERY_COLUMNS} FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id
           WHERE d.next_attempt_at IS NOT NULL AND d.next_attempt_at <= $1 AND a.webhook IS NOT NULL
           ORDER BY d.next_attempt_at, d.id LIMIT $2`,
          [now, limit],
        )
      ).map(deliveryOf),
    deliveries: async (alertId, limit) =>
      (
        await select(
          await db(),
          `SELECT ${DELIVERY_COLUMNS} FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id
           WHERE d.alert_id = $1 ORDER BY d.id DESC LIMIT $2`,
          [alertId, limit],
        )
      ).map(deliveryOf),
  };
}

/** Alert writes on a transaction's connection. */
export function postgresAlertWrites(client: Queryable): AlertWrites {
  return {
    create: async (alert) => {
      await run(
        client,
        'INSERT INTO alerts (id, name, query, webhook, secret, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [alert.id, alert.name, alert.query, alert.webhook, alert.secret, alert.createdAt],
      );
    },
    remove: async (id) => (await run(client, 'DELETE FROM alerts WHERE id = $1', [id])) > 0,
    markSeen: async (id, at) => (await run(client, 'UPDATE alerts SET seen_at = $1 WHERE id = $2', [at, id])) > 0,
    active: async () =>
      (await select(client, 'SELECT id, name, query, webhook FROM alerts ORDER BY id')).map((row) => ({
        id: row.id as string,
        name: row.name as string,
        query: row.query as string,
        webhook: (row.webhook as string | null) ?? null,
      })),
    recordMatches: async (matches, at, digests) => {
      if (matches.length > 0) {
        await run(
          client,
          `INSERT INTO alert_matches (alert_id, document_id, matched_at)
           SELECT a, d, $3 FROM unnest($1::text[], $2::text[]) AS t(a, d) ON CONFLICT DO NOTHING`,
          [matches.map((m) => m.alertId), matches.map((m) => m.documentId), at],
        );
      }
      if (digests.length > 0) {
        await run(
          client,
          `INSERT INTO alert_deliveries (alert_id, payload, created_at, next_attempt_at)
           SELECT a, p, $3, $3 FROM unnest($1::text[], $2::text[]) AS t(a, p)`,
          [digests.map((d) => d.alertId), digests.map((d) => d.payload), at],
        );
      }
    },
    recordAttempt: async (attempt: DeliveryAttempt) => {
      await run(
        client,
        `UPDATE alert_deliveries SET attempts = attempts + 1, last_status = $1, last_error = $2, next_attempt_at = $3,
           delivered_at = CASE WHEN $4 THEN $5 ELSE delivered_at END
         WHERE id = $6`,
        [attempt.status, attempt.error, attempt.nextAttemptAt, attempt.delivered, attempt.at, attempt.id],
      );
    },
  };
}
