/** How ingest reads files and fetches URLs. Every default lives in `INGEST_DEFAULTS`. */
export interface IngestOptions {
  /** Largest file, HTTP body, decompressed payload or JSONL line accepted, in bytes. */
  maxBytes?: number;
  /** Whole-request budget for one URL (connect, redirects, body), in milliseconds. */
  timeoutMs?: number;
  /** Redirects followed before giving up with `redirect-loop`. */
  maxRedirects?: number;
  userAgent?: string;
  /** Replaces the global `fetch` (tests, proxies). */
  fetch?: typeof fetch;
}

export type ResolvedIngestOptions = Required<IngestOptions>;

export const INGEST_DEFAULTS: Readonly<Omit<ResolvedIngestOptions, 'fetch'>> = Object.freeze({
  maxBytes: 20 * 1024 * 1024,
  timeoutMs: 15_000,
  maxRedirects: 5,
  userAgent: 'Warta/0.1 (+https://github.com/warta-news/warta; news analysis)',
});

function positiveInteger(name: string, value: number, allowZero: boolean): number {
  const ok = Number.isInteger(value) && (allowZero ? value >= 0 : value > 0);
  if (!ok) {
    const expected = allowZero ? 'an integer >= 0' : 'an integer > 0';
    throw new RangeError(`ingest option ${name}: expected ${expected}, got ${String(value)}`);
  }
  return value;
}

/** Fills in defaults and rejects nonsense settings up front, naming the expected and actual value. */
export function resolveIngestOptions(options: IngestOptions = {}): ResolvedIngestOptions {
  const userAgent = options.userAgent ?? INGEST_DEFAULTS.userAgent;
  if (userAgent.trim() === '' || /[\r\n]/.test(userAgent)) {
    throw new RangeError(
      `ingest option userAgent: expected one non-empty line, got ${JSON.stringify(userAgent)}`,
    );
  }
  return {
    maxBytes: positiveInteger('maxBytes', options.maxBytes ?? INGEST_DEFAULTS.maxBytes, false),
    timeoutMs: positiveInteger('timeoutMs', options.timeoutMs ?? INGEST_DEFAULTS.timeoutMs, false),
    maxRedirects: positiveInteger('maxRedirects', options.maxRedirects ?? INGEST_DEFAULTS.maxRedirects, true),
    userAgent,
    fetch: options.fetch ?? globalThis.fetch,
  };
}
