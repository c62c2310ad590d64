/**
 * Phrase lists (qualifiers, units, currencies) are matched with one long alternation at each
 * number of a text, and trying every phrase was a good part of the figures' time. A phrase of
 * ASCII letters can only match where the text's word at that edge is the phrase's own edge word
 * ("kurang dari" ends in "dari"), so each edge word gets a pattern of just the phrases that end
 * (or start) with it, plus those the shortcut cannot judge. Phrases keep their order, so the
 * match found is the one the whole alternation finds.
 */

export type PhraseEdge = 'start' | 'end';

const KELVIN_SIGN = 0x212a;
const LONG_S = 0x17f;

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Case-insensitive unicode matching folds these two into ASCII letters (k, s). */
function foldsToAscii(code: number): boolean {
  return code === KELVIN_SIGN || code === LONG_S;
}

/** The phrase's lower-cased run of ASCII letters and digits at `edge`; null when not all ASCII. */
function phraseEdgeWord(phrase: string, edge: PhraseEdge): string | null {
  if (!/^[\x20-\x7e]*$/.test(phrase)) return null;
  const match = edge === 'start' ? /^[A-Za-z0-9]*/.exec(phrase) : /[A-Za-z0-9]*$/.exec(phrase);
  return (match?.[0] ?? '').toLowerCase();
}

/**
 * The text's lower-cased run of ASCII letters and digits ending at `at` (for `edge` 'end', not
 * reaching before `floor`) or starting at `at`; undefined when a character next to it could fold
 * into one. Several matchers ask at the same place in a row: the last answer is kept.
 */
export function textEdgeWord(text: string, at: number, edge: PhraseEdge, floor = 0): string | undefined {
  const last = lastEdgeWord[edge];
  if (last.text === text && last.at === at && last.floor === floor) return last.word;
  const word = edge === 'end' ? wordEndingAt(text, at, floor) : wordStartingAt(text, at);
  lastEdgeWord[edge] = { text, at, floor, word };
  return word;
}

const lastEdgeWord: Record<
  PhraseEdge,
  { text: string; at: number; floor: number; word: string | undefined }
> = {
  start: { text: '', at: -1, floor: 0, word: undefined },
  end: { text: '', at: -1, floor: 0, word: undefined },
};

function wordEndingAt(text: string, end: number, floor: number): string | undefined {
  let start = end;
  while (start > floor && isAsciiLetterOrDigit(text.charCodeAt(start - 1))) start--;
  if (start > floor && foldsToAscii(text.charCodeAt(start - 1))) return undefined;
  return text.slice(start, end).toLowerCase();
}

function wordStartingAt(text: string, start: number): string | undefined {
  let end = start;
  while (end < text.length && isAsciiLetterOrDigit(text.charCodeAt(end))) end++;
  if (end < text.length && foldsToAscii(text.charCodeAt(end))) return undefined;
  return text.slice(start, end).toLowerCase();
}

export class PhraseGroups {
  private readonly edgeWords: Array<string | null>;
  private readonly knownWords: Set<string>;
  private readonly patterns = new Map<string, RegExp | null>();
  private readonly whole: RegExp;

  /** `sorted`: the phrases in the order the alternation tries them. */
  constructor(
    private readonly sorted: readonly string[],
    edge: PhraseEdge,
    private readonly compile: (phrases: readonly string[]) => RegExp,
  ) {
    this.edgeWords = sorted.map((phrase) => phraseEdgeWord(phrase, edge));
    this.knownWords = new Set(this.edgeWords.filter((word): word is string => !!word));
    this.whole = compile(sorted);
  }

  /** The pattern to try where the text's edge word is `word` (undefined: unknown); null if none can match. */
  patternFor(word: string | undefined): RegExp | null {
    if (word === undefined) return this.whole;
    const key = this.knownWords.has(word) ? word : '';
    let pattern = this.patterns.get(key);
    if (pattern === undefined) {
      const phrases = this.sorted.filter((_, i) => {
        const own = this.edgeWords[i];
        return own === null || own === '' || own === key;
      });
      pattern = phrases.length > 0 ? this.compile(phrases) : null;
      this.patterns.set(key, pattern);
    }
    return pattern;
  }
}
