import { isUtf8 } from 'node:buffer';
import type { Diagnostic } from '../model/diagnostic.ts';

/** One line of a JSON Lines payload, decoded; `text` is null when the line was over the size limit. */
export interface PayloadLine {
  /** 1-based. */
  number: number;
  text: string | null;
  byteLength: number;
  diagnostics: Diagnostic[];
}

function decodeLine(number: number, bytes: Buffer): PayloadLine {
  let body =
    number === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.at(-1) === 0x0d) body = body.subarray(0, -1);
  const diagnostics: Diagnostic[] = [];
  if (!isUtf8(body)) {
    const message = 'line is not valid UTF-8 (JSON Lines must be UTF-8); invalid bytes replaced with U+FFFD';
    diagnostics.push({ stage: 'ingest', rule: 'ingest/invalid-utf8', severity: 'warning', message });
  }
  return { number, text: body.toString('utf8'), byteLength: bytes.length, diagnostics };
}

/**
 * Splits a byte stream into UTF-8 lines without holding more than one line in memory; a line longer
 * than `maxLineBytes` is skipped (reported with `text: null`) and the lines after it still come.
 */
export async function* streamLines(
  chunks: AsyncIterable<Buffer>,
  maxLineBytes: number,
): AsyncGenerator<PayloadLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let number = 1;
  const append = (piece: Buffer) => {
    pendingBytes += piece.length;
    if (pendingBytes <= maxLineBytes) pending.push(piece);
    else pending = [];
  };
  const finish = (): PayloadLine => {
    const line =
      pendingBytes > maxLineBytes
        ? { number, text: null, byteLength: pendingBytes, diagnostics: [] }
        : decodeLine(number, Buffer.concat(pending));
    pending = [];
    pendingBytes = 0;
    number++;
    return line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let newline = chunk.indexOf(0x0a); newline !== -1; newline = chunk.indexOf(0x0a, start)) {
      append(chunk.subarray(start, newline));
      yield finish();
      start = newline + 1;
    }
    append(chunk.subarray(start));
  }
  if (pendingBytes > 0) yield finish();
}

/** The lines of already decoded text, each carrying the diagnostics of the whole payload's decoding. */
export function* textLines(text: string, diagnostics: Diagnostic[]): Generator<PayloadLine> {
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    yield { number: index + 1, text: line, byteLength: Buffer.byteLength(line), diagnostics };
  }
}
