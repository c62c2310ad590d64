/**
 * What follows the last body paragraph: editor initials, embeds, "Next Article …", "Tags",
 * "Related Articles", outlet taglines and signatures, navigation. After a related/tags heading
 * everything is the block's items; before it, each line must be litter on its own (or a short
 * fragment, once the outlet is known and fragments are allowed).
 */
import type { RemovedKind, RemovedPiece } from '../../model/document.ts';
import { litterPieces } from './line-rules.ts';
import { outletLedPromo, outletSignature } from './promo.ts';
import { isKept, lastBodyLine, type Removals } from './removals.ts';
import { isListItem, isShortFragment } from './shape.ts';

const BLOCK_KINDS: ReadonlySet<RemovedKind> = new Set(['related', 'tags']);
const FRAGMENT_MAX_WORDS = 3;
const MAX_LEFTOVER_FRAGMENTS = 2;

export interface TailOptions {
  outletName: string | null;
  /** Remove short unpunctuated leftovers ("Homepage"-like words no list knows). */
  fragments: boolean;
}

export function markTailLitter(
  lines: readonly string[],
  from: number,
  removals: Removals,
  options: TailOptions,
): void {
  const lastBody = lastBodyLine(lines, from, removals);
  const start = Math.max(lastBody + 1, from);
  let block: RemovedKind | null = null;
  const leftovers: number[] = [];
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const known = removals.get(i);
    const headingKind = known?.[0]?.kind;
    if (headingKind && BLOCK_KINDS.has(headingKind)) block ??= headingKind;
    if (known) continue;
    const pieces = tailPieces(line, options, block);
    if (pieces) removals.set(i, pieces);
    else leftovers.push(i);
    if (pieces?.[0] && BLOCK_KINDS.has(pieces[0].kind)) block ??= pieces[0].kind;
  }
  if (options.fragments) markLeftoverFragments(lines, leftovers, removals);
}

function tailPieces(line: string, options: TailOptions, block: RemovedKind | null): RemovedPiece[] | null {
  const litter = litterPieces(line, 'tail');
  if (litter) return litter;
  const outlet = options.outletName;
  const ownPromo = outlet ? (outletSignature(line, outlet) ?? outletLedPromo(line, outlet)) : null;
  if (ownPromo) return [ownPromo];
  return block ? [{ text: line, kind: block, rule: `${block}-block` }] : null;
}

/**
 * One or two short words left at the very end ("SaveSave", "Get digital access") are page litter;
 * more of them, or lines with a colon or a number, are the article's own list or table.
 */
function markLeftoverFragments(
  lines: readonly string[],
  leftovers: readonly number[],
  removals: Removals,
): void {
  if (leftovers.length === 0 || leftovers.length > MAX_LEFTOVER_FRAGMENTS) return;
  for (const index of leftovers) {
    const line = lines[index] ?? '';
    if (!isShortFragment(line, FRAGMENT_MAX_WORDS) || isListItem(line) || /[:\p{N}]/u.test(line)) continue;
    if (previousInvitesList(lines, index, removals)) continue;
    removals.set(index, [{ text: line, kind: 'other', rule: 'trailing-fragment' }]);
  }
}

/** "Berikut daftarnya:" — short lines after a colon (and after each other) are list items, not leftovers. */
function previousInvitesList(lines: readonly string[], index: number, removals: Removals): boolean {
  for (let i = index - 1; i >= 0; i--) {
    if (!isKept(removals, i)) continue;
    const line = lines[i] ?? '';
    if (/:\s*$/.test(line)) return true;
    if (!isShortFragment(line, FRAGMENT_MAX_WORDS) && !isListItem(line)) return false;
  }
  return false;
}
