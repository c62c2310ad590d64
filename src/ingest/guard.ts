import { failureItem, IngestFailure, type IngestFailureItem, type IngestItem } from './failure.ts';

/** A failure item for anything thrown while reading `source`; the message always names the source. */
export function failureFor(source: string, error: unknown): IngestFailureItem {
  if (error instanceof IngestFailure) return failureItem(source, error.reason, `${source}: ${error.message}`);
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code?.startsWith('Z_'))
    return failureItem(source, 'unreadable', `${source}: corrupt gzip data (${message})`);
  if (code) return failureItem(source, 'unreadable', `${source}: cannot read (${code})`);
  return failureItem(source, 'unreadable', `${source}: unexpected error while reading: ${message}`);
}

/** Passes items through; whatever is thrown ends this source with one failure item, never the batch. */
export async function* guarded(source: string, items: AsyncIterable<IngestItem>): AsyncGenerator<IngestItem> {
  try {
    yield* items;
  } catch (error) {
    yield failureFor(source, error);
  }
}
