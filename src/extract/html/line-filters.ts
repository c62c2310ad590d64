import type { RemovedKind, RemovedPiece } from '../../model/document.ts';
import { classifyLine, isHeadingLine } from './content-scoring.ts';
import { readWrittenDate } from './date-values.ts';
import type { TextLine } from './html-blocks.ts';
import { BYLINE_LABEL, FURNITURE_LINE, RELATED_LEAD } from './page-phrases.ts';

export interface FilteredLines {
  kept: TextLine[];
  removed: RemovedPiece[];
}

const SHARE_WORDS = /share|bagikan|tweet|email|print|copy|salin/i;
const PROMO_WORDS = /advert|iklan|sponsor|subscribe|berlangganan|sign up/i;

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function isBylineLine(text: string): boolean {
  if (text.length > 90 || !BYLINE_LABEL.test(text)) return false;
  const rest = text.replace(BYLINE_LABEL, '');
  return /^\p{Lu}/u.test(rest) && !/[.!?]["”’]?$/.test(rest);
}

function isDateLine(text: string): boolean {
  if (text.length > 70) return false;
  const date = readWrittenDate(text);
  return date !== null && date.evidence.length >= text.length * 0.4;
}

/** Why a single line inside the chosen container is furniture, or null when it is story text. */
export function furnitureLineKind(
  line: TextLine,
  titleKeys: ReadonlySet<string>,
): { kind: RemovedKind; rule: string } | null {
  const text = line.text;
  if (classifyLine(line) === 'linky' && text.length < 400) return { kind: 'related', rule: 'link-dense' };
  if (FURNITURE_LINE.test(text)) {
    const kind = SHARE_WORDS.test(text) ? 'share' : PROMO_WORDS.test(text) ? 'promo' : 'navigation';
    return { kind, rule: 'furniture-line' };
  }
  if (text.length < 300 && RELATED_LEAD.test(text)) return { kind: 'related', rule: 'related-lead' };
  if (text.length < 300 && titleKeys.has(squash(text))) return { kind: 'title', rule: 'title-repeat' };
  if (isBylineLine(text)) return { kind: 'byline', rule: 'byline-label' };
  if (isDateLine(text)) return { kind: 'date', rule: 'date-line' };
  return null;
}

/** A heading, or a short unpunctuated line outside any list: a label or a control. */
function isLabelLike(line: TextLine): boolean {
  if (isHeadingLine(line)) return true;
  const tag = line.owner.tagName.toUpperCase();
  return tag !== 'LI' && tag !== 'TR' && line.text.length < 40 && !/[.!?:"”)]$/.test(line.text);
}

/** At most this many dangling labels are dropped from the end. */
const MAX_TRAILING_LABELS = 3;

/**
 * Drops furniture lines from the container's lines, then headings and labels left dangling at the
 * end (a "Related posts" heading whose list was removed).
 */
export function filterContainerLines(lines: readonly TextLine[], titles: readonly string[]): FilteredLines {
  const titleKeys = new Set(titles.map(squash).filter((key) => key !== ''));
  const kept: TextLine[] = [];
  const removed: RemovedPiece[] = [];
  for (const line of lines) {
    const verdict = furnitureLineKind(line, titleKeys);
    if (verdict === null) kept.push(line);
    else removed.push({ text: line.text, kind: verdict.kind, rule: verdict.rule });
  }
  for (let dropped = 0; dropped < MAX_TRAILING_LABELS && kept.length > 1; dropped++) {
    const last = kept[kept.length - 1];
    if (last === undefined || !isLabelLike(last)) break;
    kept.pop();
    removed.push({ text: last.text, kind: 'other', rule: 'trailing-label' });
  }
  return { kept, removed };
}
