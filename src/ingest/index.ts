import { fileURLToPath } from 'node:url';
import { failureItem, type IngestItem } from './failure.ts';
import { pathItems } from './files.ts';
import { guarded } from './guard.ts';
import { type IngestOptions, type ResolvedIngestOptions, resolveIngestOptions } from './options.ts';
import { type Payload, payloadItems } from './payload.ts';
import { urlItems } from './url.ts';

export type { IngestFailureItem, IngestFailureReason, IngestItem } from './failure.ts';
export {
  INGEST_DEFAULTS,
  type IngestOptions,
  type ResolvedIngestOptions,
  resolveIngestOptions,
} from './options.ts';
export type { Payload } from './payload.ts';

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

/** The items of one input: an http(s) URL, a `file://` URL, a file or a directory. */
function inputItems(input: string, options: ResolvedIngestOptions): AsyncGenerator<IngestItem> | IngestItem {
  const scheme = SCHEME.exec(input)?.[1]?.toLowerCase();
  if ((scheme === 'http' || scheme === 'https') && !URL.canParse(input)) {
    return failureItem(input, 'unsupported', `${input}: not a valid URL`);
  }
  if (scheme === 'http' || scheme === 'https') return urlItems(input, options);
  if (scheme === 'file') return pathItems(fileURLToPath(input), options);
  if (scheme) {
    const message = `${input}: unsupported URL scheme "${scheme}:" (use http, https or a path)`;
    return failureItem(input, 'unsupported', message);
  }
  return pathItems(input, options);
}

/**
 * Reads every input in order and yields one item per document found (a file, a feed item, a JSONL
 * line) or per problem, each failure with a typed reason and a message naming the input. Never
 * throws for bad input; bad options throw a RangeError on the first `next()`, before any input is read.
 */
export async function* ingestSources(
  inputs: string[],
  options: IngestOptions = {},
): AsyncGenerator<IngestItem> {
  const resolved = resolveIngestOptions(options);
  for (const input of inputs) {
    const items = inputItems(input, resolved);
    if ('ok' in items) yield items;
    else yield* items;
  }
}

/**
 * The items of bytes already in hand (an HTTP request body, a queue message): decoded, sniffed and
 * split like a file or a fetched URL, with failures as items rather than exceptions.
 */
export function ingestPayload(payload: Payload, options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  return guarded(payload.source, payloadItems(payload, resolveIngestOptions(options).maxBytes));
}
