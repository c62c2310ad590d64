import type { RemovedPiece } from '../../model/document.ts';
import {
  chooseContainer,
  classifyLine,
  DEFAULT_SCORING,
  linesWithin,
  type ScoringOptions,
  sumIntoAncestors,
} from './content-scoring.ts';
import { type FurnitureMarks, markFurniture } from './furniture.ts';
import { isBlockTag, type TextLine, textLines } from './html-blocks.ts';
import { filterContainerLines } from './line-filters.ts';

export interface MainContent {
  paragraphs: string[];
  removed: RemovedPiece[];
  /** The element the story was taken from, or null for an empty page. */
  container: Element | null;
  /** Characters of prose (long, link-poor lines) on the whole page, furniture included. */
  pageProseChars: number;
  /** Every text line of the page, furniture included, in document order. */
  pageLines: TextLine[];
  /** The element of the story's first paragraph. */
  firstOwner: Element | null;
}

/**
 * Page lines around the story's first paragraph (furniture included): where bylines and
 * datelines sit, just above the text or in its first lines.
 */
export function linesAroundStory(content: MainContent, before = 30, after = 8): string[] {
  const found = content.pageLines.findIndex((line) => line.owner === content.firstOwner);
  const start = found < 0 ? 0 : Math.max(0, found - before);
  const end = found < 0 ? before + after : found + after;
  return content.pageLines.slice(start, end).map((line) => line.text);
}

/** Longest text kept for a piece of furniture outside the story container. */
const OUTSIDE_PIECE_MAX_CHARS = 200;
const OUTSIDE_PIECES_MAX = 40;

function isWithin(element: Element, container: Element): boolean {
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    if (node === container) return true;
  }
  return false;
}

function shorten(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1).trimEnd()}…`;
}

/**
 * Furniture set aside on the page, as removed pieces: in full when it sat inside the story's
 * container (captions, share bars, related links), shortened when it was page chrome elsewhere.
 */
function describeMarks(
  marks: FurnitureMarks,
  container: Element,
  markTexts: Map<Element, string[]>,
): RemovedPiece[] {
  const pieces: RemovedPiece[] = [];
  let outside = 0;
  for (const [element, mark] of marks) {
    if (mark.rule === 'hidden') continue;
    const lines = markTexts.get(element) ?? textLines(element).map((line) => line.text);
    const text = lines.join(' ');
    if (text === '') continue;
    if (isWithin(element, container)) {
      pieces.push({ text, kind: mark.kind, rule: mark.rule });
    } else if (outside < OUTSIDE_PIECES_MAX) {
      outside++;
      pieces.push({ text: shorten(text, OUTSIDE_PIECE_MAX_CHARS), kind: mark.kind, rule: mark.rule });
    }
  }
  return pieces;
}

/** Marks that stand as blocks of their own: their text never shares a line with story text. */
function allMarksAreBlocks(marks: FurnitureMarks): boolean {
  for (const element of marks.keys()) {
    const tag = element.tagName.toUpperCase();
    if (!isBlockTag(tag)) return false;
  }
  return true;
}

/**
 * Splits the page's lines into those outside any mark and the texts of each mark. This saves a
 * second walk over the page, and is exact only when every mark is a block (see `allMarksAreBlocks`).
 */
function splitByMarks(
  lines: readonly TextLine[],
  marks: FurnitureMarks,
  root: Element,
): { unmarked: TextLine[]; markTexts: Map<Element, string[]> } {
  const markOf = new Map<Element, Element | null>();
  const findMark = (owner: Element): Element | null => {
    const path: Element[] = [];
    let found: Element | null = null;
    for (let node: Element | null = owner; node !== null && node !== root; node = node.parentElement) {
      const known = markOf.get(node);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(node);
      if (marks.has(node)) {
        found = node;
        break;
      }
    }
    for (const node of path) markOf.set(node, found);
    return found;
  };
  const unmarked: TextLine[] = [];
  const markTexts = new Map<Element, string[]>();
  for (const line of lines) {
    const mark = findMark(line.owner);
    if (mark === null) unmarked.push(line);
    else markTexts.set(mark, [...(markTexts.get(mark) ?? []), line.text]);
  }
  return { unmarked, markTexts };
}

/** Shortest line whose second occurrence counts as a copy (pages that render the story twice). */
const REPEAT_MIN_CHARS = 40;

function withoutRepeats(lines: readonly TextLine[]): TextLine[] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    if (line.text.length < REPEAT_MIN_CHARS) return true;
    if (seen.has(line.text)) return false;
    seen.add(line.text);
    return true;
  });
}

function proseChars(line: TextLine, options: ScoringOptions): number {
  return classifyLine(line, options) === 'prose' ? line.text.length : 0;
}

/**
 * The story's paragraphs: furniture is marked (guarded by how much prose it would take away),
 * the remaining lines are scored into their ancestors, the best container wins, and its lines
 * are filtered one by one.
 */
export function extractMainContent(
  document: Document,
  titles: readonly string[],
  options: ScoringOptions = DEFAULT_SCORING,
): MainContent {
  const body = document.body;
  if (!body) {
    return {
      paragraphs: [],
      removed: [],
      container: null,
      pageProseChars: 0,
      pageLines: [],
      firstOwner: null,
    };
  }
  const allLines = textLines(body);
  const prose = sumIntoAncestors(allLines, body, (line) => proseChars(line, options));
  const pageProseChars = prose.get(body) ?? 0;
  const share = (element: Element): number =>
    pageProseChars === 0 ? 0 : (prose.get(element) ?? 0) / pageProseChars;
  const marks = markFurniture(body, share);
  const split = allMarksAreBlocks(marks)
    ? splitByMarks(allLines, marks, body)
    : { unmarked: textLines(body, new Set(marks.keys())), markTexts: new Map<Element, string[]>() };
  const lines = withoutRepeats(split.unmarked);
  if (lines.length === 0) {
    return {
      paragraphs: [],
      removed: [],
      container: null,
      pageProseChars,
      pageLines: allLines,
      firstOwner: null,
    };
  }
  const container = chooseContainer(lines, body, options);
  const { kept, removed } = filterContainerLines(linesWithin(lines, container), titles);
  return {
    paragraphs: kept.map((line) => line.text),
    removed: [...describeMarks(marks, container, split.markTexts), ...removed],
    container,
    pageProseChars,
    pageLines: allLines,
    firstOwner: kept[0]?.owner ?? null,
  };
}
