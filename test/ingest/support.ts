import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IngestFailureItem } from '../../src/ingest/failure.ts';
import { type IngestOptions, ingestSources } from '../../src/ingest/index.ts';
import type { RawDocument } from '../../src/model/document.ts';

/** Everything `ingestSources` yields, split into documents and failures (order kept within each). */
export async function collect(
  inputs: string[],
  options: IngestOptions = {},
): Promise<{ docs: RawDocument[]; failures: IngestFailureItem[] }> {
  const docs: RawDocument[] = [];
  const failures: IngestFailureItem[] = [];
  for await (const item of ingestSources(inputs, options)) {
    if (item.ok) docs.push(item.doc);
    else failures.push(item);
  }
  return { docs, failures };
}

/** A fresh directory under the OS temp dir, and a function that removes it. */
export function tempDirectory(prefix: string): {
  dir: string;
  path: (...parts: string[]) => string;
  remove: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), `warta-${prefix}-`));
  return {
    dir,
    path: (...parts) => join(dir, ...parts),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
