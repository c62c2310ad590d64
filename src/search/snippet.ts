import { stemWord } from './stems.ts';
import { positiveLeaves, type TextExpr } from './text-expr.ts';
import { type WordSpan, wordSpans } from './words.ts';

/**
 * A few dozen words of a document around what the query found, the found words between `[` and
 * `]`. Made here rather than by a database so that stems count (a search for "kirim" marks
 * "mengirim") and both stores give the same snippet. Brackets of the text itself become
 * parentheses, so a bracket in a snippet always marks a match.
 */

const WINDOW_WORDS = 24;
/** Words of context kept before the first match of the window. */
const LEAD_WORDS = 6;
const MAX_SCANNED_CHARS = 20_000;

interface Matchers {
  words: Set<string>;
  stems: Set<string>;
  prefixes: string[];
  phrases: string[][];
}

function matchersOf(marks: TextExpr[]): Matchers {
  const m: Matchers = { words: new Set(), stems: new Set(), prefixes: [], phrases: [] };
  for (const leaf of marks.flatMap(positiveLeaves)) {
    if (leaf.op === 'word') {
      m.words.add(leaf.word);
      for (const stem of leaf.stems) m.stems.add(stem);
    } else if (leaf.op === 'prefix') m.prefixes.push(leaf.prefix);
    else if (leaf.words.length === 1) m.words.add(leaf.words[0]!);
    else m.phrases.push(leaf.words);
  }
  return m;
}

/**
 * Whether a word can have one of the stems, checked before stemming it (stemming every word of a
 * page of documents costs more than the query): a stem without its first letter stays inside every
 * word it comes from (Indonesian prefixes change a root's first letter at most, mengirim → kirim),
 * and so does it without a last "i" too (Porter's happy → happi). Stems under three letters come
 * from no longer word and need no stemming to be found.
 */
function mayHave(word: string, cores: string[]): boolean {
  return cores.some((core) => word.includes(core));
}

/** Which words of the text the query found, by index. */
function matchedWords(spans: WordSpan[], m: Matchers, language: string): boolean[] {
  const cores = [...m.stems].filter((stem) => stem.length >= 3).map((stem) => stem.slice(1).replace(/i$/, ''));
  const matched = spans.map(
    ({ folded }) =>
      m.words.has(folded) ||
      m.stems.has(folded) ||
      m.prefixes.some((p) => folded.startsWith(p)) ||
      (mayHave(folded, cores) && m.stems.has(stemWord(folded, language))),
  );
  for (const phrase of m.phrases) {
    for (let i = 0; i + phrase.length <= spans.length; i++) {
      if (phrase.every((word, k) => spans[i + k]!.folded === word)) {
        for (let k = 0; k < phrase.length; k++) matched[i + k] = true;
      }
    }
  }
  return matched;
}

/** The start of the window holding the most different found words (then the most found words), earliest first. */
function bestWindow(spans: WordSpan[], matched: boolean[]): number {
  // One pass: the window slides from one found word to the next, counting what enters and leaves.
  const counts = new Map<string, number>();
  let hits = 0;
  let from = 0;
  let to = 0;
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < spans.length; i++) {
    if (!matched[i]) continue;
    const start = Math.max(0, i - LEAD_WORDS);
    const end = Math.min(spans.length, start + WINDOW_WORDS);
    for (; to < end; to++) {
      if (!matched[to]) continue;
      counts.set(spans[to]!.folded, (counts.get(spans[to]!.folded) ?? 0) + 1);
      hits++;
    }
    for (; from < start; from++) {
      if (!matched[from]) continue;
      const word = spans[from]!.folded;
      const left = counts.get(word)! - 1;
      if (left === 0) counts.delete(word);
      else counts.set(word, left);
      hits--;
    }
    const score = counts.size * 1000 + hits;
    if (score > bestScore) {
      bestScore = score;
      best = start;
    }
  }
  return best;
}

const plain = (text: string): string => text.replace(/\s+/gu, ' ').replaceAll('[', '(').replaceAll(']', ')');

export function makeSnippet(fullText: string, marks: TextExpr[], language: string): string {
  // Bounded work per hit whatever the article's length; a match further in shows the lead instead.
  const text = fullText.length > MAX_SCANNED_CHARS ? fullText.slice(0, MAX_SCANNED_CHARS) : fullText;
  const spans = wordSpans(text);
  if (spans.length === 0) return plain(text).trim();
  const matched = matchedWords(spans, matchersOf(marks), language);
  const start = bestWindow(spans, matched);
  const end = Math.min(spans.length, start + WINDOW_WORDS);
  let out = start > 0 ? '…' : '';
  for (let i = start; i < end; i++) {
    const span = spans[i]!;
    const gap = i > start ? plain(text.slice(spans[i - 1]!.end, span.start)) : '';
    const word = plain(text.slice(span.start, span.end));
    // Found words next to each other ("Korea Utara") share one mark.
    const joins = matched[i] && i > start && matched[i - 1] && gap === ' ';
    if (joins) out = `${out.slice(0, -1)} ${word}]`;
    else out += gap + (matched[i] ? `[${word}]` : word);
  }
  if (end < spans.length || text.length < fullText.length) out += ' …';
  else out += plain(text.slice(spans[end - 1]!.end)).trimEnd();
  return out;
}
