/** A piece of a search snippet: plain text, or a term the search matched. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * Splits a snippet whose matches are wrapped in `[` and `]` into parts, so the UI can render
 * `<mark>` elements as React nodes. A bracket without its partner stays literal text.
 */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (text: string, match: boolean): void => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
  };
  let cursor = 0;
  while (cursor < snippet.length) {
    const open = snippet.indexOf('[', cursor);
    const close = open === -1 ? -1 : snippet.indexOf(']', open + 1);
    const nextOpen = open === -1 ? -1 : snippet.indexOf('[', open + 1);
    if (open === -1 || close === -1) {
      push(snippet.slice(cursor), false);
      break;
    }
    if (nextOpen !== -1 && nextOpen < close) {
      push(snippet.slice(cursor, nextOpen), false);
      cursor = nextOpen;
      continue;
    }
    push(snippet.slice(cursor, open), false);
    if (close > open + 1) push(snippet.slice(open + 1, close), true);
    else push('[]', false);
    cursor = close + 1;
  }
  return parts;
}
