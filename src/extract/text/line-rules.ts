/** Page furniture recognised from one line alone: labels, share rows, captions, credits, bylines, promos, date lines. */

import {
  LITTER_LINE_PATTERNS,
  SHARE_WORDS,
  SHORT_BYLINE_PATTERN,
  STAFF_BYLINE_PATTERN,
} from '../../lang/id/boilerplate.ts';
import type { RemovedPiece } from '../../model/document.ts';
import { authorOutletLine } from './byline.ts';
import { captionWithCredit, captionWithDomainCredit, isBareCredit, labelledCaption } from './caption.ts';
import { isDateLine } from './date-line.ts';
import { inlinePromo, outletTagline } from './promo.ts';
import { wordCount } from './shape.ts';

/** `header` and `tail` are the edges of the article, where short labels cannot be sub-headings. */
export type LineZone = 'header' | 'body' | 'tail';

/** The pieces a litter line is made of, or null when the line may be body text. */
export function litterPieces(line: string, zone: LineZone): RemovedPiece[] | null {
  return labelled(line, zone) ?? shaped(line, zone);
}

function labelled(line: string, zone: LineZone): RemovedPiece[] | null {
  const words = wordCount(line);
  for (const label of LITTER_LINE_PATTERNS) {
    if (label.zone === 'edges' && zone === 'body') continue;
    if (words > label.maxWords || !label.pattern.test(line)) continue;
    if (label.rule === 'caption-label') return labelledCaption(line);
    return [{ text: line, kind: label.kind, rule: label.rule }];
  }
  return null;
}

function shaped(line: string, zone: LineZone): RemovedPiece[] | null {
  if (isShareRow(line)) return [{ text: line, kind: 'share', rule: 'share-row' }];
  const captioned = captionWithCredit(line, zone !== 'header');
  if (captioned) return captioned;
  const promo = inlinePromo(line);
  if (promo) return [promo];
  const domainCaption = captionWithDomainCredit(line);
  if (domainCaption) return domainCaption;
  if (zone === 'body') return null;
  return edgeOnly(line, zone);
}

function edgeOnly(line: string, zone: LineZone): RemovedPiece[] | null {
  if (zone === 'header' && isDateLine(line)) return [{ text: line, kind: 'date', rule: 'date-line' }];
  if (isBareCredit(line)) return [{ text: line, kind: 'credit', rule: 'photo-credit' }];
  if ((SHORT_BYLINE_PATTERN.test(line) || STAFF_BYLINE_PATTERN.test(line)) && wordCount(line) <= 6) {
    return [{ text: line, kind: 'byline', rule: 'short-byline' }];
  }
  if (authorOutletLine(line)) return [{ text: line, kind: 'byline', rule: 'author-outlet' }];
  const tagline = outletTagline(line);
  return tagline ? [tagline] : null;
}

/** "Facebook Twitter WhatsApp Copy Link": every word a share target. */
function isShareRow(line: string): boolean {
  if (line.length > 120) return false;
  const words = line
    .toLowerCase()
    .split(/[\s|•·,/]+/u)
    .filter((word) => word.length > 0);
  return words.length >= 2 && words.length <= 12 && words.every((word) => SHARE_WORDS.has(word));
}
