/** A failed API call, with the status and the server's message when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** GETs a JSON API path (starting with /api/), relative to where the UI is served. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const url = new URL(path.replace(/^\//, ''), new URL('./', window.location.href));
  const response = await fetch(url, {
    headers: { accept: 'application/json' },
    ...(signal ? { signal } : {}),
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: unknown } | null;
    const message = typeof body?.message === 'string' ? body.message : response.statusText;
    throw new ApiError(response.status, message || `HTTP ${response.status}`);
  }
  return (await response.json()) as T;
}

/** Builds `/api/...?a=b` from defined, non-empty parameters. */
export function apiPath(
  path: string,
  params: Record<string, string | number | undefined | null> = {},
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Sends a write (POST or DELETE) with the write token; throws `ApiError` with the server's message. */
export async function sendJson<T>(method: 'POST' | 'DELETE', path: string, token: string, body?: unknown): Promise<T | null> {
  const url = new URL(path.replace(/^\//, ''), new URL('./', window.location.href));
  const response = await fetch(url, {
    method,
    headers: {
      accept: 'application/json',
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) {
    const answer = (await response.json().catch(() => null)) as { message?: unknown } | null;
    const message = typeof answer?.message === 'string' ? answer.message : response.statusText;
    throw new ApiError(response.status, message || `HTTP ${response.status}`);
  }
  return response.status === 204 ? null : ((await response.json()) as T);
}
