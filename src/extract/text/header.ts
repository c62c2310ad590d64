/**
 * The lines above the body: rubric, headline, byline, date line, photo caption, share label. The
 * header ends at the first line that is none of these (or a second headline-like line: a deck or
 * the body itself).
 */

import { SECTION_RUBRICS } from '../../lang/id/boilerplate.ts';
import type { RemovedPiece, SourceHints } from '../../model/document.ts';
import { readDateline } from './dateline.ts';
import { litterPieces } from './line-rules.ts';
import { endsLikeSentence, isListItem, isShortFragment, wordCount } from './shape.ts';

export interface HeaderReading {
  /** Index of the first body line. */
  bodyStart: number;
  /** What was removed, by line index. */
  removed: Map<number, RemovedPiece[]>;
  title: string | null;
  section: string | null;
}

const MAX_HEADER_LINES = 15;
const MAX_TITLE_WORDS = 30;
const RUBRICS = new Set(SECTION_RUBRICS.map((rubric) => rubric.toLowerCase()));

export function readHeader(lines: readonly string[], hints: SourceHints): HeaderReading {
  const reading: HeaderReading = { bodyStart: 0, removed: new Map(), title: null, section: null };
  const limit = Math.min(lines.length, MAX_HEADER_LINES);
  let i = 0;
  for (; i < limit; i++) {
    const line = lines[i] ?? '';
    const pieces = headerPieces(line, lines[i + 1], reading, hints);
    if (!pieces) break;
    reading.removed.set(i, pieces);
  }
  reading.bodyStart = i;
  return reading;
}

function headerPieces(
  line: string,
  next: string | undefined,
  reading: HeaderReading,
  hints: SourceHints,
): RemovedPiece[] | null {
  if (reading.title === null && hints.title && sameTitle(line, hints.title)) {
    reading.title = line;
    return [{ text: line, kind: 'title', rule: 'headline-hint' }];
  }
  if (reading.title === null && reading.section === null && isRubric(line, hints)) {
    reading.section = line;
    return [{ text: line, kind: 'section', rule: 'rubric' }];
  }
  const litter = litterPieces(line, 'header');
  if (litter) return litter;
  if (reading.title !== null || hints.title || !looksLikeTitle(line)) return null;
  if (reading.section === null && isShortFragment(line, 2) && next !== undefined && looksLikeTitle(next)) {
    reading.section = line;
    return [{ text: line, kind: 'section', rule: 'rubric-before-headline' }];
  }
  reading.title = line;
  return [{ text: line, kind: 'title', rule: 'headline' }];
}

function isRubric(line: string, hints: SourceHints): boolean {
  const lower = line.toLowerCase();
  return RUBRICS.has(lower) || (hints.section !== undefined && hints.section.toLowerCase() === lower);
}

/** A headline: a few words, no closing full stop, not a dateline paragraph nor a list item. */
export function looksLikeTitle(line: string): boolean {
  const words = wordCount(line);
  if (words < 2 || words > MAX_TITLE_WORDS || isListItem(line)) return false;
  if (/[.:;,]$/.test(line) || (endsLikeSentence(line) && /[.]["”']?$/.test(line))) return false;
  return readDateline(line) === null;
}

function sameTitle(line: string, title: string): boolean {
  const a = normaliseTitle(line);
  const b = normaliseTitle(title);
  return a.length > 0 && (a === b || (b.length > 20 && (a.startsWith(b) || b.startsWith(a))));
}

function normaliseTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
