import { useEffect, useState } from 'react';
import { getJson } from './client.ts';

export type Resource<T> =
  | { state: 'loading' }
  | { state: 'error'; error: Error }
  | { state: 'ready'; data: T };

const CACHE_LIMIT = 60;
const cache = new Map<string, unknown>();

function remember(path: string, data: unknown): void {
  cache.delete(path);
  cache.set(path, data);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
}

/**
 * Loads an API path and re-loads when it changes; `null` loads nothing. Answers are kept briefly so
 * going back is instant, then refreshed in the background.
 */
export function useApi<T>(path: string | null): Resource<T> {
  const [resource, setResource] = useState<{ path: string | null; value: Resource<T> }>(() => ({
    path,
    value: initial<T>(path),
  }));
  const current = resource.path === path ? resource.value : initial<T>(path);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    getJson<T>(path, controller.signal).then(
      (data) => {
        remember(path, data);
        setResource({ path, value: { state: 'ready', data } });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const value = error instanceof Error ? error : new Error(String(error));
        setResource({ path, value: { state: 'error', error: value } });
      },
    );
    return () => controller.abort();
  }, [path]);

  return current;
}

function initial<T>(path: string | null): Resource<T> {
  if (path !== null && cache.has(path)) return { state: 'ready', data: cache.get(path) as T };
  return { state: 'loading' };
}
