import { createHash } from 'node:crypto';

/**
 * The content identity of a raw item: sha256 of its text with line endings (CRLF, CR → LF),
 * trailing whitespace of each line and of the end, and Unicode form (NFC) normalised, so a copy
 * that differs only in those is the same content.
 */
export function contentHash(content: string): string {
  return createHash('sha256').update(normaliseForHash(content)).digest('hex');
}

export function normaliseForHash(content: string): string {
  return trimLineEnds(content.replace(/\r\n?/g, '\n')).trimEnd().normalize('NFC');
}

const isSpace = (c: string): boolean => /\s/.test(c);
const isLineTerminator = (c: string): boolean => c === '\u2028' || c === '\u2029';

/**
 * What `text.replace(/[^\S\n]+$/gm, '')` does (hashes already stored were made with it), in one
 * pass: the regex backtracks over every start in a run of spaces that does not end a line, so a
 * run of n tabs mid-text cost n² steps (60,000 tabs: 8 s). A run before a newline or the end goes;
 * in a run before anything else, `$` still holds before U+2028 and U+2029, so what precedes the
 * run's last such separator goes.
 */
function trimLineEnds(text: string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; ) {
    if (text[i] === '\n' || !isSpace(text[i]!)) {
      i++;
      continue;
    }
    const start = i;
    let lastSeparator = -1;
    while (i < text.length && text[i] !== '\n' && isSpace(text[i]!)) {
      if (isLineTerminator(text[i]!)) lastSeparator = i;
      i++;
    }
    const cutTo = i === text.length || text[i] === '\n' ? i : lastSeparator > start ? lastSeparator : start;
    if (cutTo > start) {
      out += text.slice(kept, start);
      kept = cutTo;
    }
  }
  return out + text.slice(kept);
}
