import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, wherever the tests run from. */
export const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `../shared` beside the repository: real articles and data sets live there, never in the repo. */
export const SHARED_DIR = process.env.WARTA_SHARED_DIR ?? resolve(REPO_DIR, '..', 'shared');

export const SEEDS_DIR = join(SHARED_DIR, 'corpus', 'seeds');

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

export function hasShared(): boolean {
  return existsSync(SEEDS_DIR);
}

/** The seed article files, sorted by name. */
export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(SEEDS_DIR, name));
}

/** The raw text of the seed whose file name starts with `prefix` (e.g. `004`). */
export function readSeed(prefix: string): string {
  const file = seedFiles().find((path) => path.split('/').pop()?.startsWith(prefix));
  if (!file) throw new Error(`no seed file starting with ${prefix} in ${SEEDS_DIR}`);
  return readFileSync(file, 'utf8');
}
