/**
 * Reported (indirect) speech: `X mengatakan bahwa …`, `X menyatakan, …`, `Menurut X, …`,
 * `…, menurut X.` The quote is the reported clause, up to the sentence end, without the
 * final punctuation.
 */

import { thirdPersonPronoun } from '../../lang/id/pronouns.ts';
import { isComplementiser, isNegation, MENURUT, speechVerb } from '../../lang/id/reporting-verbs.ts';
import { isClauseWord } from '../../lang/id/speaker-roles.ts';
import { type Attribution, readSourcePhrase } from './cues.ts';
import type { Layout, Paragraph, Sentence } from './layout.ts';
import { readSubjectBefore } from './subject-phrase.ts';
import { isCapitalised } from './words.ts';

export interface ReportedSpeech {
  attribution: Attribution;
  start: number;
  end: number;
}

const MIN_CLAUSE_WORDS = 3;
// `JAKARTA, KOMPAS — ` or `Jakarta, CNBC Indonesia - ` before the first sentence of a story.
const DATELINE = /^(?:[\p{Lu}][\p{L}.]*[ ,]+){1,6}[-–—]\s+/u;

/** The clause `[start, sentence end)` trimmed, or null when it is too short or is itself a direct quote. */
function clause(
  layout: Layout,
  paragraph: Paragraph,
  sentence: Sentence,
  start: number,
  end = sentence.end,
): { start: number; end: number } | null {
  const { text } = layout;
  let from = start;
  let to = end;
  const dateline = DATELINE.exec(text.slice(from, to));
  if (dateline && from === paragraph.start) from += dateline[0].length;
  while (from < to && /\s/u.test(text[from] ?? '')) from++;
  while (to > from && /[\s.,;:!?…]/u.test(text[to - 1] ?? '')) to--;
  if (paragraph.quotes.some((quote) => quote.open === from)) return null;
  const words = text.slice(from, to).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length >= MIN_CLAUSE_WORDS ? { start: from, end: to } : null;
}

function menurutSpeech(
  layout: Layout,
  paragraph: Paragraph,
  sentence: Sentence,
  at: number,
): ReportedSpeech | null {
  const { words } = layout;
  const cue = words[at];
  if (!cue) return null;
  const phrase = cue.lower === MENURUT ? readSourcePhrase(layout, at + 1, sentence.endWord) : null;
  if (!phrase) return null;
  const attribution: Attribution = {
    phrase,
    cue: cue.text,
    evidence: phrase.kind === 'pronoun' ? 'pronoun' : 'menurut',
  };
  const after = layout.text.slice(phrase.end, sentence.end);
  if (/^\s*,/u.test(after)) {
    const span = clause(layout, paragraph, sentence, phrase.end + after.indexOf(',') + 1);
    return span ? { attribution, ...span } : null;
  }
  const before = words[at - 1];
  if (/^[\s.!?…]*$/u.test(after) && before?.text === ',') {
    const span = clause(layout, paragraph, sentence, sentence.start, before.start);
    return span ? { attribution, ...span } : null;
  }
  return null;
}

function verbSpeech(
  layout: Layout,
  paragraph: Paragraph,
  sentence: Sentence,
  at: number,
): ReportedSpeech | null {
  const { words, text } = layout;
  const verb = words[at];
  const kind = verb ? speechVerb(verb.lower) : null;
  if (!verb || !kind || kind.indirect === 'none' || isNegation(words[at - 1]?.text ?? '')) return null;
  const subject = readSubjectBefore(text, words, at, sentence.firstWord);
  if (!subject) return null;
  let next = at + 1;
  const punctuated = [',', ':'].includes(words[next]?.text ?? '');
  if (punctuated) next++;
  const head = words[next];
  if (!head || next >= sentence.endWord) return null;
  const bahwa = isComplementiser(head.text);
  const clauseStart = bahwa ? words[next + 1] : head;
  const opensClause =
    punctuated ||
    thirdPersonPronoun(head.lower) !== null ||
    (isCapitalised(head) && !isClauseWord(head.lower));
  if (!clauseStart || !(bahwa || (kind.indirect === 'free' && opensClause))) return null;
  const span = clause(layout, paragraph, sentence, clauseStart.start);
  const attribution: Attribution = {
    phrase: subject,
    cue: verb.text,
    evidence: subject.kind === 'pronoun' ? 'pronoun' : `verb:${verb.lower}`,
  };
  return span ? { attribution, ...span } : null;
}

/** The reported speech of `sentence`, if it has any outside quotation marks. */
export function findReportedSpeech(
  layout: Layout,
  paragraph: Paragraph,
  sentence: Sentence,
): ReportedSpeech | null {
  for (let at = sentence.firstWord; at < sentence.endWord; at++) {
    if (layout.quoted[at]) continue;
    const found =
      menurutSpeech(layout, paragraph, sentence, at) ?? verbSpeech(layout, paragraph, sentence, at);
    if (found) return found;
  }
  return null;
}
