import { formatBytes, IngestFailure } from './failure.ts';
import type { ResolvedIngestOptions } from './options.ts';

/** A successful response, read whole within the size limit. */
export interface FetchedResource {
  /** The URL after redirects. */
  url: string;
  status: number;
  contentType: string | null;
  contentLanguage: string | null;
  bytes: Buffer;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed by the server',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
};

/** Turns whatever fetch threw into a typed failure; a timeout abort carries its own failure as the reason. */
function asFailure(error: unknown, url?: string): IngestFailure {
  if (error instanceof IngestFailure) return error;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (error as NodeJS.ErrnoException).code;
  if (code) {
    const what = NETWORK_CODES[code] ?? cause?.message ?? 'request failed';
    return new IngestFailure('network', `${what} (${code})`);
  }
  const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
  if (message === 'bad port' && url) {
    return new IngestFailure('network', `port ${new URL(url).port} is on fetch's list of blocked ports`);
  }
  return new IngestFailure('network', `request failed: ${message}`);
}

async function readLimited(response: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length'));
  const tooLarge = (size: string) =>
    new IngestFailure('too-large', `response body is ${size}, over the ${formatBytes(maxBytes)} limit`);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(formatBytes(declared));
  }
  if (!response.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks, total);
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(`more than ${formatBytes(maxBytes)}`);
    }
    chunks.push(value);
  }
}

async function request(url: string, options: ResolvedIngestOptions, signal: AbortSignal): Promise<Response> {
  const headers = {
    'user-agent': options.userAgent,
    accept:
      'text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/*;q=0.8, */*;q=0.5',
  };
  return options.fetch(url, { redirect: 'manual', signal, headers });
}

/** The next URL of a redirect, refusing loops and overlong chains. */
function redirectTarget(
  response: Response,
  current: string,
  visited: string[],
  maxRedirects: number,
): string {
  const location = response.headers.get('location');
  if (!location)
    throw new IngestFailure('http-error', `HTTP ${response.status} redirect without a Location header`);
  const target = new URL(location, current);
  // fetch would refuse it with "not implemented... yet...": say what happened instead.
  if (target.protocol !== 'http:' && target.protocol !== 'https:')
    throw new IngestFailure('http-error', `redirect to ${target.protocol} refused (${target.href}): only http(s) is followed`);
  const next = target.href;
  if (visited.includes(next)) {
    throw new IngestFailure('redirect-loop', `redirect loop: ${[...visited, next].join(' → ')}`);
  }
  if (visited.length > maxRedirects) {
    throw new IngestFailure('redirect-loop', `more than ${maxRedirects} redirects (last to ${next})`);
  }
  return next;
}

async function follow(
  url: string,
  options: ResolvedIngestOptions,
  signal: AbortSignal,
): Promise<FetchedResource> {
  const visited = [url];
  let current = url;
  for (;;) {
    const response = await request(current, options, signal);
    if (REDIRECT_STATUSES.has(response.status)) {
      await response.body?.cancel();
      current = redirectTarget(response, current, visited, options.maxRedirects);
      visited.push(current);
      continue;
    }
    if (response.status >= 400) {
      await response.body?.cancel();
      const statusText = response.statusText ? ` ${response.statusText}` : '';
      throw new IngestFailure('http-error', `HTTP ${response.status}${statusText}`);
    }
    const bytes = await readLimited(response, options.maxBytes);
    const header = (name: string) => response.headers.get(name);
    return {
      url: current,
      status: response.status,
      contentType: header('content-type'),
      contentLanguage: header('content-language'),
      bytes,
    };
  }
}

/**
 * GETs an http(s) URL: redirects followed by hand (loops refused), the whole exchange bounded by
 * `timeoutMs`, the body bounded by `maxBytes`. Throws `IngestFailure` with a typed reason.
 */
export async function fetchResource(url: string, options: ResolvedIngestOptions): Promise<FetchedResource> {
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(new IngestFailure('timeout', `no complete response within ${options.timeoutMs} ms`));
  }, options.timeoutMs);
  try {
    return await follow(url, options, controller.signal);
  } catch (error) {
    throw asFailure(controller.signal.aborted ? controller.signal.reason : error, url);
  } finally {
    clearTimeout(timer);
  }
}
