import { readdirSync, realpathSync, type Stats, statSync } from 'node:fs';
import { join } from 'node:path';
import { failureItem, type IngestFailureItem } from './failure.ts';

export interface FoundFile {
  path: string;
  size: number;
}

const SKIPPED_DIRECTORIES = new Set(['node_modules']);

function skipped(name: string): boolean {
  return name.startsWith('.') || SKIPPED_DIRECTORIES.has(name);
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** Code-point order, so the walk is the same on every machine and locale. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every regular file under `dir`, depth first in name order; hidden entries and `node_modules`
 * are skipped, symlinked directories are followed once (cycles are cut by real path).
 */
export async function* walkDirectory(
  dir: string,
  seen: Set<string> = new Set(),
): AsyncGenerator<FoundFile | IngestFailureItem> {
  let names: string[];
  try {
    const real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    names = readdirSync(dir)
      .filter((name) => !skipped(name))
      .sort(byCodePoint);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    yield failureItem(dir, 'unreadable', `${dir}: cannot list directory (${code})`);
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    // Synchronous calls: a walk over thousands of small files is dominated by thread-pool round trips otherwise.
    const info = statOrNull(path);
    if (!info) yield failureItem(path, 'unreadable', `${path}: cannot stat (broken link?)`);
    else if (info.isDirectory()) yield* walkDirectory(path, seen);
    else if (info.isFile()) yield { path, size: info.size };
  }
}
