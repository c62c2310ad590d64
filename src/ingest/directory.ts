import { readdirSync, realpathSync, type Stats, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { failureItem, type IngestFailureItem } from './failure.ts';

export interface FoundFile {
  /** The path as shown (a name that is not UTF-8 has U+FFFD where its bad bytes are). */
  path: string;
  /** The path the file system knows: the bytes of a name that is not UTF-8. */
  fsPath: string | Buffer;
  /** 0 may still have content (files of /proc): read to know. */
  size: number;
}

const SKIPPED_DIRECTORIES = new Set(['node_modules']);

function skipped(name: string): boolean {
  return name.startsWith('.') || SKIPPED_DIRECTORIES.has(name);
}

function statOrNull(path: string | Buffer): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** Byte order, so the walk is the same on every machine and locale (code-point order for UTF-8 names). */
function byBytes(a: Buffer, b: Buffer): number {
  return Buffer.compare(a, b);
}

/** What is neither a file nor a directory, in a person's words. */
function specialKind(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** A child of a directory, by the bytes of its name: names that are not UTF-8 are read too. */
function child(dir: string | Buffer, name: Buffer): { fsPath: string | Buffer; path: string } {
  const text = name.toString('utf8');
  const shown = join(dir.toString(), text);
  if (typeof dir === 'string' && Buffer.from(text, 'utf8').equals(name)) return { fsPath: shown, path: shown };
  const base = typeof dir === 'string' ? Buffer.from(dir, 'utf8') : dir;
  return { fsPath: Buffer.concat([base, Buffer.from(sep), name]), path: shown };
}

/**
 * Every regular file under `dir`, depth first in name order; hidden entries and `node_modules`
 * are skipped, symlinked directories are followed once (cycles are cut by real path). Pipes,
 * sockets and devices are reported and skipped: reading one could wait for ever.
 */
export async function* walkDirectory(
  dir: string | Buffer,
  seen: Set<string> = new Set(),
): AsyncGenerator<FoundFile | IngestFailureItem> {
  const shown = dir.toString();
  let names: Buffer[];
  try {
    const real = realpathSync(dir, { encoding: 'buffer' }).toString('latin1');
    if (seen.has(real)) return;
    seen.add(real);
    names = readdirSync(dir, { encoding: 'buffer' })
      .filter((name) => !skipped(name.toString('utf8')))
      .sort(byBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    yield failureItem(shown, 'unreadable', `${shown}: cannot list directory (${code})`);
    return;
  }
  for (const name of names) {
    const { fsPath, path } = child(dir, name);
    // Synchronous calls: a walk over thousands of small files is dominated by thread-pool round trips otherwise.
    const info = statOrNull(fsPath);
    if (!info) yield failureItem(path, 'unreadable', `${path}: cannot stat (broken link?)`);
    else if (info.isDirectory()) yield* walkDirectory(fsPath, seen);
    else if (info.isFile()) yield { path, fsPath, size: info.size };
    else yield failureItem(path, 'unsupported', `${path}: ${specialKind(info)}, skipped`);
  }
}
