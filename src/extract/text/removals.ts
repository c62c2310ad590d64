/** Which input lines were removed, and as what. Line indexes refer to `splitLines` output. */
import type { RemovedPiece } from '../../model/document.ts';
import { isBodyLike } from './shape.ts';

export type Removals = Map<number, RemovedPiece[]>;

export function isKept(removals: Removals, index: number): boolean {
  return !removals.has(index);
}

/** Index of the last kept line that reads as body text at or after `from`, or -1. */
export function lastBodyLine(lines: readonly string[], from: number, removals: Removals): number {
  for (let i = lines.length - 1; i >= from; i--) {
    if (isKept(removals, i) && isBodyLike(lines[i] ?? '')) return i;
  }
  return -1;
}

/** Index of the first kept line at or after `from`, or -1. */
export function firstKeptLine(lines: readonly string[], from: number, removals: Removals): number {
  for (let i = from; i < lines.length; i++) if (isKept(removals, i)) return i;
  return -1;
}

export function allPieces(removals: Removals): RemovedPiece[] {
  return [...removals.entries()].sort(([a], [b]) => a - b).flatMap(([, pieces]) => pieces);
}
