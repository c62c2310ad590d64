import { FUTURE_CUE_WORDS } from '../../lang/id/time-words.ts';
import { alternation } from './patterns.ts';

const FUTURE_CUE = new RegExp(`(?<![\\p{L}])(?:${alternation(FUTURE_CUE_WORDS)})(?![\\p{L}])`, 'iu');

/** The sentence around `at`: from after the previous sentence end to the next one. */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !isSentenceEnd(text, start - 1)) start--;
  let end = at;
  while (end < text.length && !isSentenceEnd(text, end)) end++;
  return { start, end: Math.min(text.length, end + 1) };
}

const SPACE = /\s/;

/** Runs for every character around a time expression, so the cheap tests come first. */
function isSentenceEnd(text: string, i: number): boolean {
  const char = text[i];
  if (char === '\n') return true;
  if (char !== '.' && char !== '!' && char !== '?') return false;
  return SPACE.test(text[i + 1] ?? ' ');
}

/**
 * Past by default; future when the sentence speaks of what will happen ("akan", "mendatang").
 * A quotation does not lend its tense to the words around it: in `"… akan …," kata X, Minggu`
 * the Sunday is when X spoke.
 */
export function sentenceTense(text: string, at: number): 'past' | 'future' {
  const { start, end } = sentenceAround(text, at);
  const sentence = text.slice(start, end);
  const offset = at - start;
  const quoted = [...sentence.matchAll(QUOTED)].find(
    (q) => q.index <= offset && offset < q.index + q[0].length,
  );
  const scope = quoted ? quoted[0] : sentence.replace(QUOTED, ' ');
  return FUTURE_CUE.test(scope) ? 'future' : 'past';
}

const QUOTED = /["“][^"“”]*["”]/g;
