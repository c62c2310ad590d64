import type { RawDocument } from '../model/document.ts';

/** Why an input produced no document. Stable strings: they are stored and counted. */
export type IngestFailureReason =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'not-found'
  | 'unreadable'
  | 'malformed-feed'
  | 'malformed-jsonl'
  | 'malformed-json'
  | 'http-error'
  | 'network'
  | 'timeout'
  | 'redirect-loop'
  | 'unsupported';

export interface IngestFailureItem {
  ok: false;
  /** The path or URL as given, with `#N` for the Nth line or item when the failure is inside a file. */
  source: string;
  reason: IngestFailureReason;
  /** Names the input first, e.g. `samples/x.txt: file is empty`. */
  message: string;
}

export type IngestItem = { ok: true; doc: RawDocument } | IngestFailureItem;

/** Thrown inside ingest and turned into a failure item at the input's boundary; never escapes `ingestSources`. */
export class IngestFailure extends Error {
  constructor(
    readonly reason: IngestFailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'IngestFailure';
  }
}

export function failureItem(source: string, reason: IngestFailureReason, message: string): IngestFailureItem {
  return { ok: false, source, reason, message };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
