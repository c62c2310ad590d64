import { gunzipSync } from 'node:zlib';
import type { SourceHints, SourceKind } from '../model/document.ts';
import { isGzip } from './binary.ts';
import { charsetFromContentType } from './charset.ts';
import { decodeBytes } from './decode.ts';
import { formatBytes, IngestFailure, type IngestItem } from './failure.ts';
import { feedItems } from './feed.ts';
import {
  formatFromContentType,
  formatFromName,
  mediaType,
  type PayloadFormat,
  sniffFormat,
} from './format.ts';
import { jsonItems, jsonlItems } from './jsonl.ts';
import { textLines } from './lines.ts';

/** The bytes of one file or HTTP response, with what is known about them. */
export interface Payload {
  /** The path or URL as given. */
  source: string;
  bytes: Buffer;
  /** A file name or URL path whose extension may tell the format. */
  name: string | null;
  /** The HTTP Content-Type, for fetched payloads. */
  contentType: string | null;
  /** The final URL after redirects, for fetched payloads. */
  url: string | null;
  hints: SourceHints;
}

function gunzip(bytes: Buffer, maxBytes: number): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      throw new IngestFailure('too-large', `decompresses to more than the ${formatBytes(maxBytes)} limit`);
    }
    throw new IngestFailure('unreadable', `corrupt gzip data (${(error as Error).message})`);
  }
}

/** The format promised before decoding, or null when the content must be sniffed. */
function promisedFormat(payload: Payload, name: string | null): PayloadFormat | null {
  if (payload.contentType !== null) {
    const verdict = formatFromContentType(payload.contentType);
    if (verdict === 'unsupported') {
      throw new IngestFailure('unsupported', `unsupported content type ${mediaType(payload.contentType)}`);
    }
    if (verdict !== 'sniff') return verdict;
  }
  return name ? formatFromName(name) : null;
}

function chooseFormat(promised: PayloadFormat | null, text: string): PayloadFormat {
  if (promised === null) return sniffFormat(text);
  // Generic XML types and `.xml` names also carry XHTML pages: those go to the HTML path.
  if (promised === 'feed' && sniffFormat(text) === 'html') return 'html';
  return promised;
}

function emptiness(byteLength: number, fetched: boolean): string {
  if (byteLength > 0) return 'contains only whitespace';
  return fetched ? 'response body is empty' : 'file is empty';
}

function singleKind(format: 'text' | 'html', payload: Payload): SourceKind {
  return payload.url !== null ? 'url' : format;
}

/** Decodes a payload and turns it into one document (text, HTML) or many (feed, JSONL, JSON array). */
export async function* payloadItems(payload: Payload, maxBytes: number): AsyncGenerator<IngestItem> {
  let bytes = payload.bytes;
  let name = payload.name;
  if (isGzip(bytes)) {
    bytes = gunzip(bytes, maxBytes);
    name = name?.replace(/\.t?gz$/i, '') ?? null;
  }
  const promised = promisedFormat(payload, name);
  const decoded = decodeBytes(bytes, { httpCharset: charsetFromContentType(payload.contentType) });
  const text = decoded.text;
  if (text.trim() === '') throw new IngestFailure('empty', emptiness(bytes.length, payload.url !== null));
  const format = chooseFormat(promised, text);
  const { source } = payload;
  const { encoding, diagnostics } = decoded;
  if (format === 'feed') {
    yield* feedItems(text, { source, encoding, diagnostics, url: payload.url });
  } else if (format === 'jsonl') {
    yield* jsonlItems(textLines(text, diagnostics), { source, encoding, maxBytes });
  } else if (format === 'json') {
    yield* jsonItems(text, { source, encoding, maxBytes, diagnostics });
  } else {
    const hints: SourceHints = { ...payload.hints };
    if (payload.url) hints.url = payload.url;
    const doc = {
      source,
      kind: singleKind(format, payload),
      format,
      content: text,
      encoding,
      hints,
      diagnostics,
    };
    yield { ok: true, doc };
  }
}
