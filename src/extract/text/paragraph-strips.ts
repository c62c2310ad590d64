/** Litter inside a kept paragraph: the opening dateline, a closing "***", closing editor initials "(sef/sef)". */
import type { RemovedPiece } from '../../model/document.ts';
import type { Dateline } from './dateline.ts';

export interface StrippedParagraph {
  text: string;
  removed: RemovedPiece[];
}

const CLOSING_ORNAMENT = /\s*(?:\*{3,}|(?:\*\s){2,}\*|#{3,}|~{3,}|={3,})\s*$/u;
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
  const match = CLOSING_ORNAMENT.exec(paragraph);
  if (!match || match.index === 0) return { text: paragraph, removed: [] };
  return {
    text: paragraph.slice(0, match.index),
    removed: [{ text: match[0].trim(), kind: 'other', rule: 'ornament' }],
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
