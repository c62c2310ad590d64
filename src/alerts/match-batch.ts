import type { EnrichedDocument } from '../model/document.ts';
import { parseQuery, type QueryNode } from '../search/syntax.ts';
import type { AlertDefinition, AlertMatch, AlertWrites } from '../store/alert-port.ts';
import { AlertIndex } from './alert-index.ts';
import { documentView, type NamesOf } from './document-view.ts';

/** Parsed queries by text: alerts are read every batch, their queries rarely change. */
const parsed = new Map<string, QueryNode | null>();
const PARSED_LIMIT = 10_000;

function parsedQuery(query: string): QueryNode | null {
  let node = parsed.get(query);
  if (node === undefined) {
    try {
      node = parseQuery(query);
    } catch {
      // Stored queries were parsed when saved; one an older version accepted matches nothing.
      node = null;
    }
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    parsed.set(query, node);
  }
  return node;
}

/** The index of the alerts last read: alerts change rarely, batches come often. */
let cached: { key: string; index: AlertIndex<AlertDefinition> } | null = null;

function indexOf(definitions: AlertDefinition[]): AlertIndex<AlertDefinition> {
  const key = definitions.map((alert) => `${alert.id}\u0000${alert.name}\u0000${alert.query}\u0000${alert.webhook ?? ''}`).join('\u0001');
  if (cached?.key !== key) {
    const parsedAlerts = definitions.flatMap((alert) => {
      const query = parsedQuery(alert.query);
      return query ? [{ alert, query }] : [];
    });
    cached = { key, index: new AlertIndex<AlertDefinition>(parsedAlerts) };
  }
  return cached.index;
}

/** What a webhook receives for one batch. */
export interface AlertDigest {
  alert: { id: string; name: string; query: string };
  matchedAt: string;
  articles: { id: string; title: string | null; outlet: string | null; url: string | null; published: string | null }[];
}

/**
 * Matches a batch's new documents against every saved search, inside the batch's transaction, and
 * records the matches with one digest per alert that has a webhook: the feed and the webhook see
 * exactly the articles stored after the alert was made, whatever path stored them.
 */
export async function matchAlerts(
  alerts: AlertWrites,
  documents: EnrichedDocument[],
  namesOf: NamesOf,
  at: string,
): Promise<AlertMatch[]> {
  if (documents.length === 0) return [];
  const definitions = await alerts.active();
  if (definitions.length === 0) return [];
  const index = indexOf(definitions);
  const matches: AlertMatch[] = [];
  const byAlert = new Map<string, { alert: AlertDefinition; documents: EnrichedDocument[] }>();
  for (const doc of documents) {
    for (const alert of index.matching(documentView(doc, namesOf))) {
      matches.push({ alertId: alert.id, documentId: doc.id });
      const entry = byAlert.get(alert.id) ?? { alert, documents: [] };
      entry.documents.push(doc);
      byAlert.set(alert.id, entry);
    }
  }
  const digests = [...byAlert.values()]
    .filter((entry) => entry.alert.webhook !== null)
    .map((entry) => ({ alertId: entry.alert.id, payload: JSON.stringify(digestOf(entry.alert, entry.documents, at)) }));
  if (matches.length > 0) await alerts.recordMatches(matches, at, digests);
  return matches;
}

function digestOf(alert: AlertDefinition, documents: EnrichedDocument[], at: string): AlertDigest {
  return {
    alert: { id: alert.id, name: alert.name, query: alert.query },
    matchedAt: at,
    articles: documents.map((doc) => ({
      id: doc.id,
      title: doc.title,
      outlet: doc.outlet,
      url: doc.url,
      published: doc.published?.value ?? null,
    })),
  };
}
