import { charsetFromContentType } from '../../ingest/charset.ts';
import { decodeBytes } from '../../ingest/decode.ts';
import { IngestFailure } from '../../ingest/failure.ts';
import { feedItems } from '../../ingest/feed.ts';
import { fetchResource } from '../../ingest/http.ts';
import { type IngestOptions, resolveIngestOptions } from '../../ingest/index.ts';
import type { IngestSummary } from '../../pipeline/ingest-into-store.ts';
import type { EnqueueSummary } from '../../queue/enqueue-items.ts';
import { acceptedCount, type IngestSink, storeSink } from '../../queue/ingest-sink.ts';
import type { FeedState, Store } from '../../store/store.ts';

export interface PollOptions {
  referenceDate: () => Date;
  /** Normal time between two polls of one feed. */
  intervalMs: number;
  /** Longest wait after repeated failures. */
  maxBackoffMs: number;
  ingest?: IngestOptions;
  /** Where a feed's items go: the store at once (the default), or the job queue (PostgreSQL). */
  sink?: IngestSink;
}

export interface PollOutcome {
  url: string;
  status: 'new' | 'not-modified' | 'failed';
  /** What was stored, when the items went to the store. */
  summary?: IngestSummary;
  /** What was queued, when the items went to the job queue. */
  queued?: EnqueueSummary;
  error?: string;
  nextPollAt: string;
}

/**
 * Polls one feed politely: sends the validators of the last answer (ETag, Last-Modified) so an
 * unchanged feed costs one 304, ingests the items not yet stored, and backs off exponentially
 * after failures. The feed's new state is saved whatever happens.
 */
export async function pollFeed(state: FeedState, store: Store, options: PollOptions): Promise<PollOutcome> {
  const now = Date.now();
  const validators = { etag: state.etag, lastModified: state.lastModified };
  const baseFetch = options.ingest?.fetch ?? globalThis.fetch;
  const conditionalFetch: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (state.etag) headers.set('if-none-match', state.etag);
    if (state.lastModified) headers.set('if-modified-since', state.lastModified);
    const response = await baseFetch(input, { ...init, headers });
    validators.etag = response.headers.get('etag') ?? validators.etag;
    validators.lastModified = response.headers.get('last-modified') ?? validators.lastModified;
    return response;
  };
  const save = async (failures: number, error: string | null): Promise<string> => {
    const wait =
      failures === 0
        ? options.intervalMs
        : Math.min(options.intervalMs * 2 ** failures, options.maxBackoffMs);
    // From the end of the poll: a request that timed out must not spend the wait that follows it.
    const nextPollAt = new Date(Date.now() + wait).toISOString();
    await store.saveFeedState({
      url: state.url,
      etag: validators.etag,
      lastModified: validators.lastModified,
      lastPolledAt: new Date(now).toISOString(),
      nextPollAt,
      consecutiveFailures: failures,
      lastError: error,
    });
    return nextPollAt;
  };
  try {
    const resource = await fetchResource(
      state.url,
      resolveIngestOptions({ ...options.ingest, fetch: conditionalFetch }),
    );
    if (resource.status === 304) {
      return { url: state.url, status: 'not-modified', nextPollAt: await save(0, null) };
    }
    const decoded = decodeBytes(resource.bytes, {
      httpCharset: charsetFromContentType(resource.contentType),
    });
    const items = feedItems(decoded.text, {
      source: state.url,
      encoding: decoded.encoding,
      diagnostics: decoded.diagnostics,
      url: resource.url,
    });
    const receipt = await (options.sink ?? storeSink(store)).take(items, options.referenceDate());
    if (acceptedCount(receipt) === 0) {
      const error = receipt.summary.rejected[0]?.message ?? 'feed gave no usable item';
      return {
        url: state.url,
        status: 'failed',
        error,
        nextPollAt: await save(state.consecutiveFailures + 1, error),
      };
    }
    const outcome = receipt.mode === 'stored' ? { summary: receipt.summary } : { queued: receipt.summary };
    return { url: state.url, status: 'new', ...outcome, nextPollAt: await save(0, null) };
  } catch (error) {
    const message =
      error instanceof IngestFailure ? `${error.reason}: ${error.message}` : (error as Error).message;
    // Kept with the other failures, so `warta stats` and the failures list show a feed that fails.
    await store.saveFailures([
      {
        source: state.url,
        reason: error instanceof IngestFailure ? error.reason : 'network',
        message: `${state.url}: ${message}`,
        at: new Date().toISOString(),
      },
    ]);
    return {
      url: state.url,
      status: 'failed',
      error: message,
      nextPollAt: await save(state.consecutiveFailures + 1, message),
    };
  }
}
