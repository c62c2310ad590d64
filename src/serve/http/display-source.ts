import { basename, isAbsolute, relative, sep } from 'node:path';

/**
 * Where a document came from, as API readers see it: its URL when it has one, else its path
 * relative to the server's directory, or only the file name when it lies outside it. The server's
 * own absolute paths are no one else's business. An item number (`#3`) is kept.
 */
export function displaySource(source: string, url: string | null = null, root: string = process.cwd()): string {
  if (/^https?:\/\//i.test(source)) return source;
  if (url) return url;
  const at = source.search(/#\d+$/);
  const path = at < 0 ? source : source.slice(0, at);
  const item = at < 0 ? '' : source.slice(at);
  if (!isAbsolute(path)) return source;
  const inside = relative(root, path);
  const shown = inside && !inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside) ? inside : basename(path);
  return `${shown}${item}`;
}
