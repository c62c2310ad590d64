import type Database from 'better-sqlite3';
import type { AlertReads, AlertWrites, DeliveryAttempt } from '../alert-port.ts';
import { ALERT_COLUMNS, alertOf, DELIVERY_COLUMNS, deliveryOf, feedItemOf, LEAD_CHARS, type Row } from '../alert-rows.ts';

/** Anything that prepares statements on one connection. */
interface Statements {
  prepare(sql: string): Database.Statement;
}

export function sqliteAlertReads(db: Statements): AlertReads {
  return {
    list: async () => (db.prepare(`SELECT ${ALERT_COLUMNS} FROM alerts a ORDER BY a.created_at, a.id`).all() as Row[]).map(alertOf),
    get: async (id) => {
      const row = db.prepare(`SELECT ${ALERT_COLUMNS} FROM alerts a WHERE a.id = ?`).get(id) as Row | undefined;
      return row ? alertOf(row) : null;
    },
    feed: async (id, limit) =>
      (
        db
          .prepare(
            `SELECT m.document_id, m.matched_at, d.title, d.outlet, d.url, d.published, d.byline,
                    substr(d.text, 1, ${LEAD_CHARS}) AS lead
             FROM alert_matches m JOIN documents d ON d.id = m.document_id
             WHERE m.alert_id = ? ORDER BY m.matched_at DESC, m.rowid DESC LIMIT ?`,
          )
          .all(id, limit) as Row[]
      ).map(feedItemOf),
    dueDeliveries: async (now, limit) =>
      (
        db
          .prepare(
            `SELECT ${DELIVERY_COLUMNS} FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id
             WHERE d.next_attempt_at IS NOT NULL AND d.next_attempt_at <= ? AND a.webhook IS NOT NULL
             ORDER BY d.next_attempt_at, d.id LIMIT ?`,
          )
          .all(now, limit) as Row[]
      ).map(deliveryOf),
    deliveries: async (alertId, limit) =>
      (
        db
          .prepare(
            `SELECT ${DELIVERY_COLUMNS} FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id
             WHERE d.alert_id = ? ORDER BY d.id DESC LIMIT ?`,
          )
          .all(alertId, limit) as Row[]
      ).map(deliveryOf),
  };
}

export function sqliteAlertWrites(db: Statements): AlertWrites {
  return {
    create: async (alert) => {
      db.prepare(
        'INSERT INTO alerts (id, name, query, webhook, secret, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(alert.id, alert.name, alert.query, alert.webhook, alert.secret, alert.createdAt);
    },
    remove: async (id) => {
      db.prepare('DELETE FROM alert_matches WHERE alert_id = ?').run(id);
      db.prepare('DELETE FROM alert_deliveries WHERE alert_id = ?').run(id);
      return db.prepare('DELETE FROM alerts WHERE id = ?').run(id).changes > 0;
    },
    markSeen: async (id, at) => db.prepare('UPDATE alerts SET seen_at = ? WHERE id = ?').run(at, id).changes > 0,
    active: async () =>
      (db.prepare('SELECT id, name, query, webhook FROM alerts ORDER BY id').all() as Row[]).map((row) => ({
        id: row.id as string,
        name: row.name as string,
        query: row.query as string,
        webhook: (row.webhook as string | null) ?? null,
      })),
    recordMatches: async (matches, at, digests) => {
      const match = db.prepare('INSERT OR IGNORE INTO alert_matches (alert_id, document_id, matched_at) VALUES (?, ?, ?)');
      for (const m of matches) match.run(m.alertId, m.documentId, at);
      const delivery = db.prepare(
        'INSERT INTO alert_deliveries (alert_id, payload, created_at, next_attempt_at) VALUES (?, ?, ?, ?)',
      );
      for (const digest of digests) delivery.run(digest.alertId, digest.payload, at, at);
    },
    recordAttempt: async (attempt: DeliveryAttempt) => {
      db.prepare(
        `UPDATE alert_deliveries SET attempts = attempts + 1, last_status = ?, last_error = ?, next_attempt_at = ?,
           delivered_at = CASE WHEN ? THEN ? ELSE delivered_at END
         WHERE id = ?`,
      ).run(attempt.status, attempt.error, attempt.nextAttemptAt, attempt.delivered ? 1 : 0, attempt.at, attempt.id);
    },
  };
}
