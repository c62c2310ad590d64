import { closeSync, createReadStream, openSync, readFileSync, readSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { binaryKind } from './binary.ts';
import { walkDirectory } from './directory.ts';
import { failureItem, formatBytes, IngestFailure, type IngestItem } from './failure.ts';
import { guarded } from './guard.ts';
import { jsonlItems } from './jsonl.ts';
import { streamLines } from './lines.ts';
import type { ResolvedIngestOptions } from './options.ts';
import { payloadItems } from './payload.ts';

const JSONL_NAME = /\.(jsonl|ndjson)(\.gz)?$/i;

function statFailure(path: string, error: NodeJS.ErrnoException): IngestItem {
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') {
    return failureItem(path, 'not-found', `${path}: no such file or directory`);
  }
  return failureItem(path, 'unreadable', `${path}: cannot read (${error.code ?? error.message})`);
}

/** Passes chunks through, refusing a stream whose first bytes are not text. */
async function* textChunks(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let first = true;
  for await (const chunk of chunks) {
    const kind = first ? binaryKind(chunk) : null;
    if (kind) throw new IngestFailure('binary', `binary content (${kind}), not text`);
    first = false;
    yield chunk;
  }
}

/**
 * JSON Lines files are streamed line by line, so a corpus of any size can be read; the size
 * limit then applies to each line (each record) rather than to the file.
 */
function streamJsonl(path: string, fsPath: string | Buffer, options: ResolvedIngestOptions): AsyncGenerator<IngestItem> {
  const file = createReadStream(fsPath);
  // pipeline() carries a read error of the file into the gunzip stream, where iteration sees it.
  const chunks = path.toLowerCase().endsWith('.gz') ? pipeline(file, createGunzip(), () => {}) : file;
  const lines = streamLines(textChunks(chunks), options.maxBytes);
  return jsonlItems(lines, { source: path, encoding: 'utf-8', maxBytes: options.maxBytes });
}

/** The items of one regular file whose size is known; `fsPath` is its name in bytes when not UTF-8. */
function fileItems(
  path: string,
  size: number,
  options: ResolvedIngestOptions,
  fsPath: string | Buffer = path,
): AsyncGenerator<IngestItem> {
  return guarded(path, unguardedFileItems(path, fsPath, size, options));
}

async function* unguardedFileItems(
  path: string,
  fsPath: string | Buffer,
  size: number,
  options: ResolvedIngestOptions,
): AsyncGenerator<IngestItem> {
  // A size of 0 is also what /proc and similar files report whatever they hold: read to know.
  const unsized = size === 0 ? readAtMost(fsPath, options.maxBytes + 1) : null;
  if (unsized?.length === 0) {
    yield failureItem(path, 'empty', `${path}: file is empty`);
    return;
  }
  if (JSONL_NAME.test(path)) {
    yield* streamJsonl(path, fsPath, options);
    return;
  }
  if (unsized) {
    const bytes = unsized;
    if (bytes.length > options.maxBytes) {
      yield failureItem(path, 'too-large', `${path}: file is over the ${formatBytes(options.maxBytes)} limit`);
    } else yield* payloadItems({ source: path, bytes, name: path, contentType: null, url: null, hints: {} }, options.maxBytes);
    return;
  }
  if (size > options.maxBytes) {
    const message = `${path}: file is ${formatBytes(size)}, over the ${formatBytes(options.maxBytes)} limit`;
    yield failureItem(path, 'too-large', message);
    return;
  }
  // Whole small files are read synchronously: faster than the thread pool for many small files.
  const bytes = readFileSync(fsPath);
  yield* payloadItems(
    { source: path, bytes, name: path, contentType: null, url: null, hints: {} },
    options.maxBytes,
  );
}

/** A file, or every file of a directory tree, as given on the command line. */
export async function* pathItems(path: string, options: ResolvedIngestOptions): AsyncGenerator<IngestItem> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    yield statFailure(path, info);
  } else if (info.isDirectory()) {
    for await (const found of walkDirectory(path)) {
      if ('ok' in found) yield found;
      else yield* fileItems(found.path, found.size, options, found.fsPath);
    }
  } else if (info.isFile()) {
    yield* fileItems(path, info.size, options);
  } else {
    yield failureItem(path, 'unsupported', `${path}: not a regular file or directory`);
  }
}

/** Up to `limit` bytes of a file whose size cannot be trusted. */
function readAtMost(path: string | Buffer, limit: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < limit) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, limit - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
    }
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}
