/**
 * Words of a text by a pattern of the shape `C+(?:[J]C+)*` (C: letters, digits and the like; J:
 * joiners such as hyphens), optionally with every other non-space character as a match of its
 * own (`|\S`). Several stages split every text into words this way; `matchAll` made a match array
 * for each word, and that was a good share of all the memory the analysis allocated. Plain ASCII
 * is read with character tests; anything else is left to the pattern, so the matches are exactly
 * those of `text.matchAll(pattern)`.
 */
export interface WordPattern {
  /** The pattern itself, with the `g` and `u` flags. */
  pattern: RegExp;
  /** Is this ASCII character one of C? */
  isWordChar(code: number): boolean;
  /** Is this ASCII character one of J? */
  isJoiner(code: number): boolean;
  /** True when any other non-space character is a match of its own (the pattern ends in `|\S`). */
  marks: boolean;
}

const ASCII_LIMIT = 128;

/** White space as `\s` reads it, within ASCII. */
function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** Calls `visit(start, end)` for every match, in order. */
export function forEachWord(
  text: string,
  spec: WordPattern,
  visit: (start: number, end: number) => void,
): void {
  const length = text.length;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (code >= ASCII_LIMIT) {
      at = visitByPattern(text, spec, at, visit);
      continue;
    }
    if (spec.isWordChar(code)) {
      const end = asciiWordEnd(text, spec, at);
      if (end < 0) {
        at = visitByPattern(text, spec, at, visit);
        continue;
      }
      visit(at, end);
      at = end;
      continue;
    }
    if (spec.marks && !isAsciiSpace(code)) visit(at, at + 1);
    at++;
  }
}

/** End of the word starting at `start`, or -1 when a non-ASCII character could change it. */
function asciiWordEnd(text: string, spec: WordPattern, start: number): number {
  let end = start + 1;
  for (;;) {
    while (end < text.length && spec.isWordChar(text.charCodeAt(end))) end++;
    if (end === text.length) return end;
    const next = text.charCodeAt(end);
    if (next >= ASCII_LIMIT) return -1;
    if (!spec.isJoiner(next) || end + 1 === text.length) return end;
    const after = text.charCodeAt(end + 1);
    if (after >= ASCII_LIMIT) return -1;
    if (!spec.isWordChar(after)) return end;
    end += 2;
  }
}

/** The next match at or after `from`, found by the pattern; returns where to go on. */
function visitByPattern(
  text: string,
  spec: WordPattern,
  from: number,
  visit: (start: number, end: number) => void,
): number {
  spec.pattern.lastIndex = from;
  const match = spec.pattern.exec(text);
  if (!match) return text.length;
  const end = match.index + match[0].length;
  visit(match.index, end);
  return end;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

export function isAsciiLetterOrDigit(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57);
}
