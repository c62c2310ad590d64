import { randomBytes } from 'node:crypto';
import { parseQuery } from '../search/syntax.ts';
import type { Alert } from '../store/alert-port.ts';
import type { Store } from '../store/store.ts';

export class AlertInputError extends Error {}

export interface AlertRequest {
  name: string;
  query: string;
  webhook?: string | null | undefined;
}

const MAX_NAME = 200;
const MAX_QUERY = 1_000;

/** A webhook must be an http(s) URL: anything else (file:, javascript:) is refused here, not at delivery. */
function checkedWebhook(webhook: string | null | undefined): string | null {
  if (webhook === undefined || webhook === null || webhook === '') return null;
  let url: URL;
  try {
    url = new URL(webhook);
  } catch {
    throw new AlertInputError(`webhook: not a URL: ${JSON.stringify(webhook)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AlertInputError(`webhook: expected an http(s) URL, got ${url.protocol}`);
  }
  return url.toString();
}

/**
 * Saves a search that alerts from now on: its query is parsed now (a syntax error throws
 * `QuerySyntaxError` with the position), and the alert matches only documents stored after this
 * transaction commits. Returns the alert and the secret its webhook signatures are made with.
 */
export async function createAlert(store: Store, request: AlertRequest): Promise<{ alert: Alert; secret: string }> {
  const name = request.name.trim();
  if (name === '' || name.length > MAX_NAME) throw new AlertInputError(`name: expected 1-${MAX_NAME} characters`);
  if (request.query.length > MAX_QUERY) throw new AlertInputError(`query: longer than ${MAX_QUERY} characters`);
  parseQuery(request.query);
  const webhook = checkedWebhook(request.webhook);
  const id = `al_${randomBytes(6).toString('hex')}`;
  const secret = randomBytes(24).toString('hex');
  const createdAt = new Date().toISOString();
  await store.transaction((tx) => tx.alerts.create({ id, name, query: request.query, webhook, secret, createdAt }));
  const alert = await store.alerts.get(id);
  if (!alert) throw new Error(`alert ${id} was not stored`);
  return { alert, secret };
}
