/**
 * Scraped plain text → clean body and metadata. Steps:
 * 1. split into lines (every non-empty line is a paragraph);
 * 2. header: rubric, headline, byline, date line, captions, share labels (header.ts);
 * 3. litter between paragraphs and after the last one, by label and shape (body-litter.ts, tail.ts);
 * 4. the dateline opening the first paragraph (dateline.ts);
 * 5. the outlet, from evidence only (outlet-evidence.ts); then the outlet's own promos and signature,
 *    short leftovers at the end, and lines its other documents share (templates);
 * 6. closing ornaments and editor initials; paragraphs joined by one blank line;
 * 7. byline and publication date (../published/).
 */
import type { RemovedPiece } from '../../model/document.ts';
import { readPublishedDate } from '../published/published-date.ts';
import { isTemplateLine } from '../templates/template-lines.ts';
import type { ExtractContext, TextExtraction } from '../types.ts';
import { markBodyLitter, markOutletPromos } from './body-litter.ts';
import { bylineName, initialsFromEditorLine } from './byline.ts';
import { type Dateline, readDateline } from './dateline.ts';
import { readHeader } from './header.ts';
import { chooseOutlet, type OutletReading } from './outlet-evidence.ts';
import {
  type StrippedParagraph,
  stripClosingInitials,
  stripClosingOrnament,
  stripDateline,
} from './paragraph-strips.ts';
import { allPieces, firstKeptLine, isKept, type Removals } from './removals.ts';
import { splitLines } from './shape.ts';
import { markTailLitter } from './tail.ts';

export function extractFromText(content: string, ctx: ExtractContext): TextExtraction {
  const lines = splitLines(content);
  const header = readHeader(lines, ctx.hints);
  const removals: Removals = header.removed;
  markBodyLitter(lines, header.bodyStart, removals);
  markTailLitter(lines, header.bodyStart, removals, { outletName: null, fragments: false });
  const first = firstKeptLine(lines, header.bodyStart, removals);
  const dateline = first >= 0 ? readDateline(lines[first] ?? '') : null;
  const outlet = chooseOutlet({
    hints: ctx.hints,
    url: ctx.url,
    pieces: allPieces(removals),
    dateline,
    lines,
  });
  const outletName = outlet?.name ?? null;
  if (outletName) markOutletPromos(lines, header.bodyStart, removals, outletName);
  markTailLitter(lines, header.bodyStart, removals, { outletName, fragments: true });
  markTemplateLines(lines, header.bodyStart, removals, outlet, ctx);
  const body = assembleBody(lines, removals, first, dateline);
  const published = readPublishedDate({
    hints: ctx.hints,
    headerDateLines: body.removed.filter((piece) => piece.kind === 'date').map((piece) => piece.text),
    dateline: dateline?.text ?? null,
    paragraphs: body.paragraphs,
    referenceDate: ctx.referenceDate,
  });
  return {
    text: body.paragraphs.join('\n\n'),
    removed: body.removed,
    title: ctx.hints.title ?? header.title,
    section: ctx.hints.section ?? header.section,
    byline: ctx.hints.byline ?? bylineFrom(body.removed),
    outlet,
    published: published.published,
    diagnostics: published.diagnostics,
  };
}

function markTemplateLines(
  lines: readonly string[],
  from: number,
  removals: Removals,
  outlet: OutletReading | null,
  ctx: ExtractContext,
): void {
  const templates = ctx.templates;
  if (!templates || !outlet) return;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isKept(removals, i) && isTemplateLine(templates, outlet.name, line)) {
      removals.set(i, [{ text: line, kind: 'template', rule: 'outlet-template' }]);
    }
  }
}

interface AssembledBody {
  paragraphs: string[];
  /** Every removed piece, in document order. */
  removed: RemovedPiece[];
}

function assembleBody(
  lines: readonly string[],
  removals: Removals,
  firstBody: number,
  dateline: Dateline | null,
): AssembledBody {
  const lastBody = lines.findLastIndex((_line, index) => isKept(removals, index));
  const paragraphs: string[] = [];
  const removed: RemovedPiece[] = [];
  lines.forEach((line, index) => {
    const pieces = removals.get(index);
    if (pieces) {
      removed.push(...pieces);
      return;
    }
    let paragraph = line;
    const apply = (strip: (text: string) => StrippedParagraph): void => {
      const result = strip(paragraph);
      paragraph = result.text.trim();
      removed.push(...result.removed);
    };
    if (index === firstBody) apply((text) => stripDateline(text, dateline));
    apply(stripClosingOrnament);
    if (index === lastBody) apply(stripClosingInitials);
    if (paragraph.length > 0) paragraphs.push(paragraph);
  });
  return { paragraphs, removed };
}

/** The author from a byline line; the desk's initials "(sef/sef)" when no line names one. */
function bylineFrom(removed: readonly RemovedPiece[]): string | null {
  for (const piece of removed) {
    if (piece.kind !== 'byline') continue;
    const name = bylineName(piece.text);
    if (name) return name;
  }
  for (const piece of removed) {
    if (piece.kind === 'editor' && piece.rule === 'editor-initials') {
      const initials = initialsFromEditorLine(piece.text);
      if (initials) return initials;
    }
  }
  return null;
}
