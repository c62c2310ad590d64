/**
 * Time patterns run over the whole text, and scanning it once per pattern was most of the times'
 * cost. Each pattern can only start at a few kinds of place: a word from a short list (a month, a
 * weekday, "pada"…), a digit, an opening bracket. The text's places are indexed once, and each
 * pattern is tried (sticky) only where it could start; anything next to non-ASCII is tried too.
 * The matches are exactly those of `text.matchAll(pattern)`, provided every pattern:
 *  - refuses to start right after a letter or a digit (a `(?<![\p{L}\d…])` lookbehind), and
 *  - starts with one of its `words` followed by a non-letter, or with what `digits`/`brackets` allow.
 */

export interface Anchors {
  /** The phrases the pattern may start with, in every spelling it accepts; their first words count. */
  words: readonly string[];
  /** The pattern may start with a digit. */
  digits?: boolean;
  /** The pattern may start with `(`. */
  brackets?: boolean;
}

/** The lead words of every anchored pattern: other words are not indexed. */
const LEAD_WORDS = new Set<string>();
let longestLeadWord = 0;

interface Places {
  byWord: Map<string, number[]>;
  digits: number[];
  brackets: number[];
  /** Places next to non-ASCII characters: any pattern may start there. */
  unsure: number[];
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The lower-case letters a phrase starts with ("jum'at" → "jum", "dini hari" → "dini"). */
function leadWord(phrase: string): string {
  return /^[a-z]*/.exec(phrase.toLowerCase())?.[0] ?? '';
}

function indexPlaces(text: string): Places {
  const places: Places = { byWord: new Map(), digits: [], brackets: [], unsure: [] };
  let at = 0;
  while (at < text.length) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const code = text.charCodeAt(at);
    const glued = isLetter(before) || isDigit(before);
    if (glued || code < 128) at = glued ? at + 1 : indexAsciiPlace(text, at, code, places);
    else {
      places.unsure.push(at);
      at++;
    }
  }
  return places;
}

/** Notes the place at `at` (not glued to a letter or digit before it); returns where to go on. */
function indexAsciiPlace(text: string, at: number, code: number, places: Places): number {
  if (isDigit(code)) places.digits.push(at);
  else if (code === 40) places.brackets.push(at);
  if (!isLetter(code)) return at + 1;
  let end = at + 1;
  while (end < text.length && isLetter(text.charCodeAt(end))) end++;
  if (end < text.length && text.charCodeAt(end) >= 128) {
    places.unsure.push(at);
    return end;
  }
  if (end - at > longestLeadWord) return end;
  const word = text.slice(at, end).toLowerCase();
  if (!LEAD_WORDS.has(word)) return end;
  const list = places.byWord.get(word);
  if (list) list.push(at);
  else places.byWord.set(word, [at]);
  return end;
}

/** The times stage runs all its patterns over one text in a row: its places are kept. */
let lastPlaces: { text: string; places: Places } | null = null;

function placesOf(text: string): Places {
  if (lastPlaces?.text !== text) lastPlaces = { text, places: indexPlaces(text) };
  return lastPlaces.places;
}

/** Every anchored pattern made, so a test can hold each to its `matchAll`. */
export const ANCHORED_PATTERNS: AnchoredPattern[] = [];

export class AnchoredPattern {
  private readonly sticky: RegExp;
  private readonly words: ReadonlySet<string>;

  constructor(
    /** The pattern as compiled for `matchAll` (global). */
    readonly pattern: RegExp,
    private readonly anchors: Anchors,
  ) {
    this.sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
    this.words = new Set(anchors.words.map(leadWord));
    if (this.words.has('')) throw new Error(`anchored pattern: a phrase starts with no letter (${pattern})`);
    ANCHORED_PATTERNS.push(this);
    for (const word of this.words) {
      LEAD_WORDS.add(word);
      longestLeadWord = Math.max(longestLeadWord, word.length);
    }
    lastPlaces = null;
  }

  /** The same matches as `text.matchAll(pattern)`. */
  matchAll(text: string): RegExpExecArray[] {
    const matches: RegExpExecArray[] = [];
    let end = 0;
    for (const at of this.candidates(placesOf(text))) {
      if (at < end) continue;
      this.sticky.lastIndex = at;
      const match = this.sticky.exec(text);
      if (!match) continue;
      matches.push(match);
      end = at + Math.max(1, match[0].length);
    }
    return matches;
  }

  private candidates(places: Places): number[] {
    const found = [...places.unsure];
    if (this.anchors.digits) found.push(...places.digits);
    if (this.anchors.brackets) found.push(...places.brackets);
    for (const word of this.words) {
      const list = places.byWord.get(word);
      if (list) found.push(...list);
    }
    return found.sort((a, b) => a - b);
  }
}
