/**
 * A well-formedness check of element structure only: tags must nest and close. The feed parser is
 * deliberately lenient and would silently return a partial feed from truncated or garbled XML.
 */
export interface XmlProblem {
  /** 1-based line of the problem. */
  line: number;
  message: string;
}

interface OpenElement {
  name: string;
  offset: number;
}

const NAME_START = /[A-Za-z_:\u00c0-\uffff]/;
/** Constructs that hold no elements, with their terminator. */
const OPAQUE: [string, string][] = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
];

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** End of a tag starting at `start`, skipping `>` inside quoted attribute values; -1 when unterminated. */
function tagEnd(text: string, start: number): number {
  let quote = '';
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i;
    else if (ch === '<') return -1;
  }
  return -1;
}

/** End of `<!DOCTYPE …>`, including an internal subset in brackets. */
function doctypeEnd(text: string, start: number): number {
  const bracket = text.indexOf('[', start);
  const close = text.indexOf('>', start);
  if (bracket !== -1 && bracket < close) {
    const subsetEnd = text.indexOf(']', bracket);
    return subsetEnd === -1 ? -1 : text.indexOf('>', subsetEnd);
  }
  return close;
}

type Step = { next: number } | { problem: { offset: number; message: string } };

/** Reads the markup at `start` (a `<`), updating the open-element stack. */
function readMarkup(text: string, start: number, open: OpenElement[]): Step {
  for (const [opener, closer] of OPAQUE) {
    if (!text.startsWith(opener, start)) continue;
    const end = text.indexOf(closer, start + opener.length);
    if (end === -1) return { problem: { offset: start, message: `${opener} is never closed` } };
    return { next: end + closer.length };
  }
  if (/^<!doctype/i.test(text.slice(start, start + 9))) {
    const end = doctypeEnd(text, start);
    return end === -1 ? { problem: { offset: start, message: 'unterminated DOCTYPE' } } : { next: end + 1 };
  }
  const closing = text[start + 1] === '/';
  const nameOffset = start + (closing ? 2 : 1);
  // A lone "<" in text is an escaping slip, not structure; the parser tolerates it and so do we.
  if (!NAME_START.test(text[nameOffset] ?? '')) return { next: start + 1 };
  const end = tagEnd(text, start);
  if (end === -1) return { problem: { offset: start, message: 'tag is never closed with ">"' } };
  const name = /^[^\s/>]+/.exec(text.slice(nameOffset, end))?.[0] ?? '';
  if (!closing) {
    if (text[end - 1] !== '/') open.push({ name, offset: start });
    return { next: end + 1 };
  }
  const top = open.pop();
  if (!top) return { problem: { offset: start, message: `</${name}> closes nothing` } };
  if (top.name !== name) {
    const message = `</${name}> found where </${top.name}> (opened on line ${lineAt(text, top.offset)}) was expected`;
    return { problem: { offset: start, message } };
  }
  return { next: end + 1 };
}

/** The first structural problem of an XML document, or null when its elements nest and close. */
export function findXmlProblem(text: string): XmlProblem | null {
  const open: OpenElement[] = [];
  let sawElement = false;
  for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i)) {
    const step = readMarkup(text, i, open);
    if ('problem' in step) return { line: lineAt(text, step.problem.offset), message: step.problem.message };
    sawElement ||= NAME_START.test(text[i + 1] ?? '');
    i = step.next;
  }
  const unclosed = open.pop();
  if (unclosed) {
    const line = lineAt(text, unclosed.offset);
    return {
      line: lineAt(text, text.length),
      message: `truncated: <${unclosed.name}> (line ${line}) is never closed`,
    };
  }
  return sawElement ? null : { line: 1, message: 'no XML elements found' };
}
