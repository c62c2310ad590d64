import { useEffect, useState } from 'react';

/** A place in the UI, read from the URL hash: `#/events/evt_1?tab=x` → path ['events', 'evt_1']. */
export interface Route {
  path: string[];
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const [pathPart = '', queryPart = ''] = body.split('?', 2);
  const path = pathPart
    .split('/')
    .filter((p) => p !== '')
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  return { path, query: new URLSearchParams(queryPart) };
}

/** The hash link for a route: `href('events', id)` → `#/events/<id>`, with an optional query. */
export function href(...parts: (string | Record<string, string | number | undefined | null>)[]): string {
  const segments: string[] = [];
  const query = new URLSearchParams();
  for (const part of parts) {
    if (typeof part === 'string') segments.push(encodeURIComponent(part));
    else
      for (const [key, value] of Object.entries(part))
        if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const search = query.toString();
  return `#/${segments.join('/')}${search ? `?${search}` : ''}`;
}

export function navigate(to: string): void {
  if (window.location.hash !== to) window.location.hash = to;
}

/** The current route; hashes that are not routes (`#main`) leave it unchanged. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = (): void => {
      const hash = window.location.hash;
      if (hash === '' || hash.startsWith('#/')) setRoute(parseHash(hash));
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
