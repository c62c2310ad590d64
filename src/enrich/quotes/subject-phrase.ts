/**
 * Reads the subject of a speech verb leftwards: `Kim Jong Un mengungkapkan`, `Pemimpin Kim,
 * yang bertemu Putin pada 2019, menyerukan`, `Budi dalam keterangannya mengatakan`, `ia menyebut`.
 */
import { thirdPersonPronoun } from '../../lang/id/pronouns.ts';
import { isClauseWord, isPreposition, isRoleWord, isSubjectVerbAdverb } from '../../lang/id/speaker-roles.ts';
import {
  describePhrase,
  isCalendarWord,
  isPhraseWord,
  pronounPhrase,
  type SpeakerPhrase,
} from './speaker-phrase.ts';
import { isCapitalised, type Word } from './words.ts';

/** Skips adverbs (`juga`, `kembali`, `secara tegas`) leftwards from `i`. */
function skipAdverbsBackward(words: readonly Word[], i: number, floor: number): number {
  let at = i;
  while (at >= floor) {
    const word = words[at];
    if (word && isSubjectVerbAdverb(word.text)) at--;
    else if (
      word &&
      !isCapitalised(word) &&
      (words[at - 1]?.lower === 'secara' || words[at - 1]?.lower === 'dengan')
    )
      at -= 2;
    else break;
  }
  return at;
}

function phraseEndingAt(
  text: string,
  words: readonly Word[],
  last: number,
  floor: number,
): SpeakerPhrase | null {
  let start = last + 1;
  while (start - 1 >= floor) {
    const closing = words[start - 1]?.text === ')';
    let open = start - 2;
    while (closing && open > floor && start - open <= 5 && words[open]?.text !== '(') open--;
    if (closing && words[open]?.text === '(' && open >= floor) start = open;
    else if (!closing && isPhraseWord(words, start - 1)) start--;
    else break;
  }
  while (start <= last && isClauseWord(words[start]?.text ?? '')) start++;
  return start <= last ? describePhrase(text, words, start, last + 1) : null;
}

/** Comma-set segment that cannot be a subject but may stand between one and its verb. */
function isSkippableSegment(words: readonly Word[], from: number, to: number): boolean {
  const head = words[from];
  if (!head || from >= to) return false;
  return (
    head.lower === 'yang' ||
    isPreposition(head.text) ||
    isClauseWord(head.lower) ||
    isCalendarWord(head) ||
    (!isCapitalised(head) && isRoleWord(head.lower))
  );
}

function subjectBeforeComma(
  text: string,
  words: readonly Word[],
  comma: number,
  floor: number,
): SpeakerPhrase | null {
  let segmentEnd = comma;
  for (let hops = 0; hops < 4; hops++) {
    let segmentStart = segmentEnd;
    while (segmentStart - 1 >= floor && words[segmentStart - 1]?.text !== ',') segmentStart--;
    const allPhrase =
      segmentEnd > segmentStart &&
      Array.from({ length: segmentEnd - segmentStart }, (_, k) => segmentStart + k).every(
        (k) => isPhraseWord(words, k) || words[k]?.text === '(' || words[k]?.text === ')',
      );
    if (allPhrase) return phraseEndingAt(text, words, segmentEnd - 1, segmentStart);
    if (!isSkippableSegment(words, segmentStart, segmentEnd) || segmentStart - 1 < floor) return null;
    segmentEnd = segmentStart - 1;
  }
  return null;
}

/** `Budi dalam keterangannya mengatakan`: a subject before a short prepositional phrase. */
function subjectBeforePreposition(
  text: string,
  words: readonly Word[],
  i: number,
  floor: number,
): SpeakerPhrase | null {
  for (let k = i; k > floor && i - k < 8; k--) {
    const word = words[k];
    if (!word?.isWord) return null;
    if (isPreposition(word.text) && isPhraseWord(words, k - 1))
      return phraseEndingAt(text, words, k - 1, floor);
  }
  return null;
}

/** The subject of the verb at `words[verb]`, looking no further left than `floor`. */
export function readSubjectBefore(
  text: string,
  words: readonly Word[],
  verb: number,
  floor: number,
): SpeakerPhrase | null {
  const i = skipAdverbsBackward(words, verb - 1, floor);
  const word = words[i];
  if (i < floor || !word) return null;
  const number = thirdPersonPronoun(word.lower);
  if (number) return pronounPhrase(word, number);
  if (isPhraseWord(words, i) || word.text === ')') return phraseEndingAt(text, words, i, floor);
  if (word.text === ',') return subjectBeforeComma(text, words, i, floor);
  return subjectBeforePreposition(text, words, i, floor);
}
