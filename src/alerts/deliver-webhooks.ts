import { createHmac } from 'node:crypto';
import type { WebhookDelivery } from '../store/alert-port.ts';
import type { Store } from '../store/store.ts';

/** Attempts before a digest is given up: 30 s, 1, 2, 4 … 32 min apart, about an hour in all. */
export const MAX_DELIVERY_ATTEMPTS = 8;
const FIRST_RETRY_MS = 30_000;
const TIMEOUT_MS = 10_000;

export interface DeliveryOptions {
  now?: () => Date;
  fetch?: typeof fetch;
  /** Deliveries sent per call at most. */
  limit?: number;
}

export interface DeliveryReport {
  delivered: number;
  failed: number;
  givenUp: number;
}

/** The signature a receiver recomputes over the raw body with the alert's secret. */
export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * Posts the digests that are due, each with an HMAC-SHA256 signature of its body
 * (`X-Warta-Signature`), and records every attempt. A failed one (no answer within 10 s, or a
 * status outside 2xx) is retried with doubling waits; after the last attempt it stays recorded
 * as given up. Any process may call this: attempts are recorded in the store.
 */
export async function deliverDueWebhooks(store: Store, options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const now = options.now ?? (() => new Date());
  const send = options.fetch ?? fetch;
  const report: DeliveryReport = { delivered: 0, failed: 0, givenUp: 0 };
  const due = await store.alerts.dueDeliveries(now().toISOString(), options.limit ?? 50);
  for (const delivery of due) {
    const outcome = await post(send, delivery);
    const attempts = delivery.attempts + 1;
    const delivered = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
    const givenUp = !delivered && attempts >= MAX_DELIVERY_ATTEMPTS;
    const at = now();
    await store.transaction((tx) =>
      tx.alerts.recordAttempt({
        id: delivery.id,
        at: at.toISOString(),
        status: outcome.status,
        error: delivered ? null : (outcome.error ?? `HTTP ${outcome.status}`),
        nextAttemptAt:
          delivered || givenUp ? null : new Date(at.getTime() + FIRST_RETRY_MS * 2 ** (attempts - 1)).toISOString(),
        delivered,
      }),
    );
    if (delivered) report.delivered += 1;
    else if (givenUp) report.givenUp += 1;
    else report.failed += 1;
  }
  return report;
}

async function post(send: typeof fetch, delivery: WebhookDelivery): Promise<{ status: number | null; error?: string }> {
  try {
    const response = await send(delivery.webhook, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Warta-Alerts/1',
        'x-warta-alert': delivery.alertId,
        'x-warta-delivery': String(delivery.id),
        'x-warta-signature': signature(delivery.secret, delivery.payload),
      },
      body: delivery.payload,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.body?.cancel();
    return { status: response.status };
  } catch (error) {
    return { status: null, error: (error as Error).message };
  }
}

/** Sends due digests every `intervalMs` in a long-running process (serve, watch, worker). */
export function startWebhookDelivery(
  store: Store,
  intervalMs = 15_000,
  onError: (error: Error) => void = () => undefined,
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => deliverDueWebhooks(store)).catch(onError);
  }, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
