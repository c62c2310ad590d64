import type { Alert, AlertFeedItem, WebhookDelivery } from './alert-port.ts';

/** Row shapes shared by the SQLite and PostgreSQL alert tables (same columns in both). */
export type Row = Record<string, unknown>;
export const LEAD_CHARS = 400;

export const ALERT_COLUMNS = `a.id, a.name, a.query, a.webhook, a.created_at, a.seen_at,
  (SELECT COUNT(*) FROM alert_matches m WHERE m.alert_id = a.id) AS matches,
  (SELECT COUNT(*) FROM alert_matches m WHERE m.alert_id = a.id AND m.matched_at > COALESCE(a.seen_at, '')) AS new_matches`;

export function alertOf(row: Row): Alert {
  return {
    id: row.id as string,
    name: row.name as string,
    query: row.query as string,
    webhook: (row.webhook as string | null) ?? null,
    createdAt: row.created_at as string,
    seenAt: (row.seen_at as string | null) ?? null,
    matches: Number(row.matches),
    newMatches: Number(row.new_matches),
  };
}

export function deliveryOf(row: Row): WebhookDelivery {
  return {
    id: Number(row.id),
    alertId: row.alert_id as string,
    webhook: row.webhook as string,
    secret: row.secret as string,
    payload: row.payload as string,
    attempts: Number(row.attempts),
    nextAttemptAt: (row.next_attempt_at as string | null) ?? '',
    deliveredAt: (row.delivered_at as string | null) ?? null,
    lastError: (row.last_error as string | null) ?? null,
  };
}

export const DELIVERY_COLUMNS = 'd.id, d.alert_id, a.webhook, a.secret, d.payload, d.attempts, d.next_attempt_at, d.delivered_at, d.last_error';

export function feedItemOf(row: Row): AlertFeedItem {
  return {
    documentId: row.document_id as string,
    matchedAt: row.matched_at as string,
    title: (row.title as string | null) ?? null,
    outlet: (row.outlet as string | null) ?? null,
    url: (row.url as string | null) ?? null,
    published: (row.published as string | null) ?? null,
    byline: (row.byline as string | null) ?? null,
    lead: (row.lead as string | null) ?? '',
  };
}

