/**
 * Litter between body paragraphs: "Baca juga: …" (and the headline under a bare "Baca juga"),
 * advertisements, embeds, captions, inline promos, and lines where the outlet advertises itself.
 */
import { litterPieces } from './line-rules.ts';
import { outletLedPromo } from './promo.ts';
import { isKept, type Removals } from './removals.ts';
import { isBodyLike, wordCount } from './shape.ts';

const RELATED_ITEM_MAX_WORDS = 25;

/** Marks litter lines from `from` to the end. */
export function markBodyLitter(lines: readonly string[], from: number, removals: Removals): void {
  for (let i = from; i < lines.length; i++) {
    if (!isKept(removals, i)) continue;
    const line = lines[i] ?? '';
    const pieces = litterPieces(line, 'body');
    if (!pieces) continue;
    removals.set(i, pieces);
    if (pieces[0]?.rule === 'read-also' && isBareLabel(line)) markRelatedItem(lines, i + 1, removals);
  }
}

/** Once the outlet is known: lines where it advertises itself ("Mureks juga menyajikan …"). */
export function markOutletPromos(
  lines: readonly string[],
  from: number,
  removals: Removals,
  outletName: string,
): void {
  for (let i = from; i < lines.length; i++) {
    const promo = isKept(removals, i) ? outletLedPromo(lines[i] ?? '', outletName) : null;
    if (promo) removals.set(i, [promo]);
  }
}

/** "Baca Juga:" alone: the next line is the linked headline, unless it is a body paragraph. */
function markRelatedItem(lines: readonly string[], index: number, removals: Removals): void {
  const next = lines[index];
  if (next === undefined || !isKept(removals, index)) return;
  if (isBodyLike(next) || wordCount(next) > RELATED_ITEM_MAX_WORDS) return;
  removals.set(index, [{ text: next, kind: 'related', rule: 'read-also-item' }]);
}

function isBareLabel(line: string): boolean {
  return wordCount(line.replace(/[:：\-–—]+\s*$/u, '')) <= 2;
}
