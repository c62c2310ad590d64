import type { SourceHints } from '../model/document.ts';
import type { IngestItem } from './failure.ts';
import { guarded } from './guard.ts';
import { fetchResource } from './http.ts';
import type { ResolvedIngestOptions } from './options.ts';
import { payloadItems } from './payload.ts';

async function* unguardedUrlItems(url: string, options: ResolvedIngestOptions): AsyncGenerator<IngestItem> {
  const resource = await fetchResource(url, options);
  const hints: SourceHints = {};
  if (resource.contentLanguage) hints.language = resource.contentLanguage;
  const payload = {
    source: url,
    bytes: resource.bytes,
    name: new URL(resource.url).pathname,
    contentType: resource.contentType,
    url: resource.url,
    hints,
  };
  yield* payloadItems(payload, options.maxBytes);
}

/** The document(s) behind an http(s) URL: a page, a feed's items, or JSON Lines records. */
export function urlItems(url: string, options: ResolvedIngestOptions): AsyncGenerator<IngestItem> {
  return guarded(url, unguardedUrlItems(url, options));
}
