import { NUMBER_WORD_START_PATTERN } from './numbers.ts';

/**
 * Where a number may start in a text: at a digit, and at a spelled-out number word standing alone
 * (no letter, digit or hyphen before it, no letter after it). With `separate-digits`, a digit
 * right after a letter, a digit, a period or a comma does not start one (it continues "11.000").
 * Figures and times look at every such place; scanning the text with the pattern cost more than
 * reading the figures, so ASCII is read with character tests and the pattern is used only next to
 * other characters. The positions are exactly the match starts of the pattern.
 */
export type DigitRule = 'every-digit' | 'separate-digits';

const WORD_ALTERNATIVE = `(?<![\\p{L}\\d-])(?:${NUMBER_WORD_START_PATTERN})(?![\\p{L}])`;

export const NUMBER_START_PATTERNS: Readonly<Record<DigitRule, RegExp>> = {
  'every-digit': new RegExp(`\\d|${WORD_ALTERNATIVE}`, 'giu'),
  'separate-digits': new RegExp(`(?<![\\p{L}\\d.,])\\d|${WORD_ALTERNATIVE}`, 'giu'),
};

const NUMBER_WORDS = new Set(NUMBER_WORD_START_PATTERN.split('|'));
const LONGEST_NUMBER_WORD = Math.max(...[...NUMBER_WORDS].map((word) => word.length));

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** Both stages ask for the same text in a row: the last answer is kept. */
let last: { text: string; rule: DigitRule; starts: readonly number[] } | null = null;

export function numberStarts(text: string, rule: DigitRule): readonly number[] {
  if (last && last.rule === rule && last.text === text) return last.starts;
  const starts = new StartScan(text, NUMBER_START_PATTERNS[rule], rule).run();
  last = { text, rule, starts };
  return starts;
}

class StartScan {
  private readonly starts: number[] = [];

  constructor(
    private readonly text: string,
    private readonly pattern: RegExp,
    private readonly rule: DigitRule,
  ) {}

  run(): number[] {
    const { text } = this;
    let at = 0;
    while (at < text.length) {
      const code = text.charCodeAt(at);
      if (code >= 128) at = this.byPattern(at);
      else if (isDigit(code)) at = this.atDigit(at);
      else if (isLetter(code)) at = this.atLetter(at);
      else at++;
    }
    return this.starts;
  }

  private atDigit(at: number): number {
    if (this.rule === 'every-digit') {
      this.starts.push(at);
      return at + 1;
    }
    const before = this.text.charCodeAt(at - 1);
    if (at > 0 && before >= 128) return this.byPattern(at);
    const continues = at > 0 && (isLetter(before) || isDigit(before) || before === 46 || before === 44);
    if (!continues) this.starts.push(at);
    return at + 1;
  }

  /** A run of letters can only match as a whole number word: inside it, a letter stands before. */
  private atLetter(at: number): number {
    const { text } = this;
    let end = at + 1;
    while (end < text.length && isLetter(text.charCodeAt(end))) end++;
    if (end < text.length && text.charCodeAt(end) >= 128) return this.byPattern(at);
    // Most words are too long to be number words: no string is made for them.
    if (end - at > LONGEST_NUMBER_WORD || !NUMBER_WORDS.has(text.slice(at, end).toLowerCase())) return end;
    const before = text.charCodeAt(at - 1);
    if (at > 0 && before >= 128) return this.byPattern(at);
    const glued = at > 0 && (isLetter(before) || isDigit(before) || before === 45);
    if (!glued) this.starts.push(at);
    return end;
  }

  /** The next match at or after `from`, by the pattern itself. */
  private byPattern(from: number): number {
    this.pattern.lastIndex = from;
    const match = this.pattern.exec(this.text);
    if (!match) return this.text.length;
    this.starts.push(match.index);
    return match.index + match[0].length;
  }
}
