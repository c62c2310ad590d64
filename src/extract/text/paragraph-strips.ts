/** Litter inside a kept paragraph: the opening dateline, a closing "***", closing editor initials "(sef/sef)". */
import type { RemovedPiece } from '../../model/document.ts';
import type { Dateline } from './dateline.ts';

export interface StrippedParagraph {
  text: string;
  removed: RemovedPiece[];
}

/**
 * A closing "***", "* * *", "###", "~~~" or "===" with the spaces around it, read backwards from the
 * end: the forward regex `/\s*(?:…)\s*$/` retries from every start of a long run of spaces or
 * stars that does not end the paragraph (n² steps: 63,000 spaces mid-record took 5.4 s). Reversed,
 * it is anchored at the paragraph's end and tried once.
 */
const REVERSED_ORNAMENT = /^\s*(?:\*{3,}|\*(?:\s\*){2,}|#{3,}|~{3,}|={3,})\s*/u;
const ORNAMENT_CHAR = /[\s*#~=]/u;

/** The closing ornament with its spaces (all of the paragraph's tail it takes), or null. */
function closingOrnament(paragraph: string): string | null {
  let start = paragraph.length;
  while (start > 0 && ORNAMENT_CHAR.test(paragraph[start - 1]!)) start--;
  // Only spaces, stars and signs of the ASCII range and BMP spaces here: reversing by code unit is safe.
  const reversed = paragraph.slice(start).split('').reverse().join('');
  const match = REVERSED_ORNAMENT.exec(reversed);
  return match ? paragraph.slice(paragraph.length - match[0].length) : null;
}
/** "(sef/sef)", "(red)", "(Wandi/tri)": writer and desk initials closing the last paragraph. */
const CLOSING_INITIALS =
  /(?<=[.!?"”’')\]])\s*\((?:[a-z]{2,5}|\*|\p{Lu}\p{Ll}+(?=\s*\/))(?:\s*\/\s*(?:[a-z]{2,5}|\*)){0,3}\)\s*$/u;
/** "(Antara/Sidney Morning Herald/The Guardian)": the sources of the last paragraph, named after it. */
const CLOSING_SOURCES =
  /(?<=[.!?"”’])\s*\(\p{Lu}[\p{L}.' ]{1,30}(?:\s*\/\s*\p{Lu}[\p{L}.' ]{1,30}){1,4}\)\s*$/u;

export function stripDateline(paragraph: string, dateline: Dateline | null): StrippedParagraph {
  if (!dateline || !paragraph.startsWith(dateline.text)) return { text: paragraph, removed: [] };
  return {
    text: paragraph.slice(dateline.text.length).trimStart(),
    removed: [{ text: dateline.text, kind: 'dateline', rule: 'dateline' }],
  };
}

export function stripClosingOrnament(paragraph: string): StrippedParagraph {
  const ornament = closingOrnament(paragraph);
  if (ornament === null || ornament.length === paragraph.length) return { text: paragraph, removed: [] };
  return {
    text: paragraph.slice(0, paragraph.length - ornament.length),
    removed: [{ text: ornament.trim(), kind: 'other', rule: 'ornament' }],
  };
}

/** Only the last paragraph carries the desk's initials or the list of sources. */
export function stripClosingInitials(paragraph: string): StrippedParagraph {
  const initials = CLOSING_INITIALS.exec(paragraph);
  if (initials) {
    return {
      text: paragraph.slice(0, initials.index),
      removed: [{ text: initials[0].trim(), kind: 'editor', rule: 'editor-initials' }],
    };
  }
  const sources = CLOSING_SOURCES.exec(paragraph);
  if (!sources) return { text: paragraph, removed: [] };
  return {
    text: paragraph.slice(0, sources.index),
    removed: [{ text: sources[0].trim(), kind: 'credit', rule: 'closing-sources' }],
  };
}
