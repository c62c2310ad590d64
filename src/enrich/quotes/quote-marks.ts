/**
 * Pairs quotation marks inside one paragraph: “ ”, " ", „ “, « », ‘ ’, ' ', and the closing mark
 * used as an opener (”Saya …,” as some Indonesian outlets write). A double quote still open at
 * the paragraph's end is kept as an unclosed quote: that is how multi-paragraph quotes are written.
 */

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark; for an unclosed quote, where the quote stops. */
  outerEnd: number;
  closed: boolean;
  /** The quoted words: without the marks, surrounding spaces and a trailing comma. */
  start: number;
  end: number;
}

const DOUBLE_MARK_PATTERN = '["“”„‟«»]';
/** Marks that only ever open a quote (“ closes a „ quote, handled apart). */
const OPENING_ONLY = new Set(['“', '„', '‟', '«']);
/** Marks that close when they look like a closer and nothing is open (a stray closer). */
const CLOSING_LOOK = new Set(['"', '”', '»']);
const SINGLE_OPENERS = new Set(['‘', '‚', "'"]);
const SINGLE_CLOSERS = new Set(['’', "'"]);

const SPACE = /\s/u;
const BEFORE_OPENER = /[\s([{\-–—/]/u;
const AFTER_CLOSER = /[\s.,;:!?)\]}\-–—…]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

interface Flanks {
  /** Looks like an opener: space (or start) before, a word after. */
  left: boolean;
  /** Looks like a closer: a word before, space or punctuation (or end) after. */
  right: boolean;
}

function flanks(text: string, at: number, from: number, to: number): Flanks {
  const before = at > from ? (text[at - 1] ?? ' ') : ' ';
  const after = at + 1 < to ? (text[at + 1] ?? ' ') : ' ';
  return {
    left: !SPACE.test(after) && BEFORE_OPENER.test(before),
    right: !SPACE.test(before) && AFTER_CLOSER.test(after),
  };
}

interface MarkPair {
  open: number;
  /** Offset of the closing mark, or null when the quote stops unclosed at `stop`. */
  close: number | null;
  stop: number;
}

function pairDoubleMarks(text: string, from: number, to: number): MarkPair[] {
  const pairs: MarkPair[] = [];
  let openAt: number | null = null;
  let openChar = '';
  const marks = new RegExp(DOUBLE_MARK_PATTERN, 'gu');
  marks.lastIndex = from;
  for (let found = marks.exec(text); found && found.index < to; found = marks.exec(text)) {
    const at = found.index;
    const mark = found[0];
    const side = flanks(text, at, from, to);
    if (openAt === null) {
      if (CLOSING_LOOK.has(mark) && side.right && !side.left) continue;
      openAt = at;
      openChar = mark;
      continue;
    }
    const reopens = OPENING_ONLY.has(mark) && side.left && !side.right && !(openChar === '„' && mark === '“');
    if (reopens) {
      // A fresh opener while a quote is open: the earlier quote was never closed.
      pairs.push({ open: openAt, close: null, stop: at });
      openAt = at;
      openChar = mark;
      continue;
    }
    pairs.push({ open: openAt, close: at, stop: at });
    openAt = null;
  }
  if (openAt !== null) pairs.push({ open: openAt, close: null, stop: to });
  return pairs;
}

function isSingleOpener(text: string, at: number, from: number, to: number): boolean {
  const mark = text[at] ?? '';
  if (!SINGLE_OPENERS.has(mark)) return false;
  const before = at > from ? (text[at - 1] ?? ' ') : ' ';
  return flanks(text, at, from, to).left && !LETTER_OR_DIGIT.test(before);
}

function isSingleCloser(text: string, at: number, from: number, to: number): boolean {
  const mark = text[at] ?? '';
  if (!SINGLE_CLOSERS.has(mark)) return false;
  const after = at + 1 < to ? (text[at + 1] ?? ' ') : ' ';
  return flanks(text, at, from, to).right && !LETTER_OR_DIGIT.test(after);
}

/** Single-quoted spans in the stretches no double quote covers; an opener without a closer is an apostrophe. */
function pairSingleMarks(text: string, from: number, to: number): MarkPair[] {
  const pairs: MarkPair[] = [];
  const marks = /[‘‚']/gu;
  marks.lastIndex = from;
  for (let found = marks.exec(text); found && found.index < to; found = marks.exec(text)) {
    const at = found.index;
    if (!isSingleOpener(text, at, from, to)) continue;
    for (let close = at + 2; close < to; close++) {
      if (isSingleOpener(text, close, from, to)) break;
      if (isSingleCloser(text, close, from, to)) {
        pairs.push({ open: at, close, stop: close });
        marks.lastIndex = close + 1;
        break;
      }
    }
  }
  return pairs;
}

function toQuotedSpan(text: string, pair: MarkPair): QuotedSpan | null {
  let start = pair.open + 1;
  let end = pair.stop;
  while (start < end && SPACE.test(text[start] ?? '')) start++;
  while (end > start && /[\s,]/u.test(text[end - 1] ?? '')) end--;
  if (!LETTER_OR_DIGIT.test(text.slice(start, end))) return null;
  const closed = pair.close !== null;
  return { open: pair.open, outerEnd: closed ? pair.stop + 1 : pair.stop, closed, start, end };
}

/** Every quoted span of the paragraph `[from, to)` of `text`, in text order. */
export function findQuotedSpans(text: string, from: number, to: number): QuotedSpan[] {
  const doubles = pairDoubleMarks(text, from, to);
  const singles: MarkPair[] = [];
  let gapStart = from;
  for (const pair of [...doubles, { open: to, close: null, stop: to }]) {
    singles.push(...pairSingleMarks(text, gapStart, pair.open));
    gapStart = pair.close === null ? pair.stop : pair.close + 1;
  }
  return [...doubles, ...singles]
    .sort((a, b) => a.open - b.open)
    .map((pair) => toQuotedSpan(text, pair))
    .filter((span): span is QuotedSpan => span !== null);
}
