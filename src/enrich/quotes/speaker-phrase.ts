/**
 * The phrase that names a speaker (`kata juru bicara … John Kirby`, `menurut laporan KCNA`):
 * read forwards from a cue, and split into role and name. `subject-phrase.ts` reads leftwards.
 */
import { isTitleAbbreviation } from '../../lang/id/abbreviations.ts';
import { monthNumber, weekdayNumber } from '../../lang/id/calendar.ts';
import { type PronounNumber, thirdPersonPronoun } from '../../lang/id/pronouns.ts';
import { isInstitutionWord, isRoleQualifier } from '../../lang/id/role-qualifiers.ts';
import {
  isClauseWord,
  isDeterminer,
  isNameParticle,
  isPlaceTakingRole,
  isRoleWord,
} from '../../lang/id/speaker-roles.ts';
import { isAcronym, isCapitalised, isInitial, type Word } from './words.ts';

export type PhraseKind = 'person' | 'org' | 'role' | 'pronoun';

export interface SpeakerPhrase {
  /** The whole phrase, role included. */
  start: number;
  end: number;
  /** The name without role (`John Kirby`), the role alone (`Presiden`) or the pronoun. */
  name: string;
  nameStart: number;
  nameEnd: number;
  role: string | null;
  kind: PhraseKind;
  pronoun?: PronounNumber;
}

export function pronounPhrase(word: Word, number: PronounNumber, clitic = false): SpeakerPhrase {
  const start = clitic ? word.end - 3 : word.start;
  return {
    start,
    end: word.end,
    name: word.text.slice(start - word.start),
    nameStart: start,
    nameEnd: word.end,
    role: null,
    kind: 'pronoun',
    pronoun: number,
  };
}

export function isCalendarWord(word: Word): boolean {
  return weekdayNumber(word.text) !== null || monthNumber(word.text) !== null;
}

/** Can `words[i]` belong to a speaker phrase? Capitalised function words only inside a capitalised run. */
export function isPhraseWord(words: readonly Word[], i: number): boolean {
  const word = words[i];
  if (!word) return false;
  const prev = words[i - 1];
  const next = words[i + 1];
  if (word.text === '.') {
    // `M. Fadil`, `Dr. Budi`: the period belongs to an initial or a title before more name.
    const abbreviation =
      prev !== undefined && (isInitial(prev) || isTitleAbbreviation(prev.text)) && prev.end === word.start;
    return abbreviation && next !== undefined && isCapitalised(next);
  }
  if (!word.isWord || thirdPersonPronoun(word.lower) || isCalendarWord(word)) return false;
  if (isCapitalised(word)) {
    if (!isClauseWord(word.lower)) return true;
    return (
      prev !== undefined && next !== undefined && isCapitalised(prev) && isCapitalised(next) && prev.isWord
    );
  }
  if (isRoleWord(word.lower) || isDeterminer(word.lower)) return true;
  if (isRoleQualifier(word.lower) && !isClauseWord(word.lower)) return true;
  return (
    isNameParticle(word.text) &&
    next !== undefined &&
    isCapitalised(next) &&
    prev !== undefined &&
    isCapitalised(prev)
  );
}

/** `( KCNA )`, `( KAI Commuter )` right at `i`: returns the index after it, or i. */
function skipParentheticalName(words: readonly Word[], i: number): number {
  if (words[i]?.text !== '(') return i;
  for (let k = i + 1; k <= i + 4; k++) {
    const word = words[k];
    if (word?.text === ')') return k > i + 1 ? k + 1 : i;
    if (!word || !isCapitalised(word)) return i;
  }
  return i;
}

/** Words that are never names however capitalised: `Menurutnya`, `Perindustrian`, `Kesehatan`. */
const NOT_A_NAME = /(?:nya|^(?:pe|ke)\p{L}{3,}an)$/iu;

function isNameWord(word: Word): boolean {
  if (!word.isWord || isInitial(word)) return word.isWord || word.text === '.';
  const common =
    isRoleWord(word.lower) ||
    isRoleQualifier(word.lower) ||
    isClauseWord(word.lower) ||
    NOT_A_NAME.test(word.text);
  return isCapitalised(word) && !common && !isAcronym(word);
}

/** Index where the trailing name of `words[from, to)` begins (to when there is none). */
function nameStartIndex(words: readonly Word[], from: number, to: number): number {
  let start = to;
  for (let i = to - 1; i >= from && to - i <= 6; i--) {
    const word = words[i];
    if (!word) break;
    const particleInside = isNameParticle(word.text) && start < to;
    if (!isNameWord(word) && !particleInside) break;
    start = i;
  }
  while (start < to && (words[start]?.text === '.' || isNameParticle(words[start]?.text ?? ''))) start++;
  // `Wali Kota Surabaya Tri Rismaharini`: after a place-taking role, the first word is the place.
  const before = words[start - 1];
  if (before && isPlaceTakingRole(before.lower) && to - start >= 3) start++;
  return start;
}

function spanText(text: string, words: readonly Word[], from: number, to: number): string {
  const first = words[from];
  const last = words[to - 1];
  return first && last ? text.slice(first.start, last.end) : '';
}

/** Splits the phrase `words[from, to)` into role and name, and guesses what it names. */
export function describePhrase(
  text: string,
  words: readonly Word[],
  from: number,
  until: number,
): SpeakerPhrase | null {
  // A trailing `( KCNA )` repeats the name as an acronym: the name is what stands before it.
  let to = until;
  if (words[until - 1]?.text === ')') {
    let open = until - 2;
    while (open > from && words[open]?.text !== '(') open--;
    if (open > from && words[open]?.text === '(') to = open;
  }
  let first = from;
  while (first < to && isDeterminer(words[first]?.text ?? '')) first++;
  const head = words[first];
  const tail = words[to - 1];
  if (!head || !tail || first >= to) return null;
  let nameFrom = nameStartIndex(words, first, to);
  let kind: PhraseKind = 'person';
  if (nameFrom >= to) {
    // No name: `juru bicara Kementerian Luar Negeri` is a person known by role,
    // `media pemerintah Korea Utara KCNA` and `Kementerian Luar Negeri` are institutions.
    nameFrom = first;
    if (isRoleWord(head.lower)) kind = 'role';
    else if (isAcronym(tail)) {
      nameFrom = to - 1;
      kind = 'org';
    } else {
      const inner = words.slice(first, to).filter((w) => w.isWord);
      kind = inner.some((w) => isInstitutionWord(w.lower) || isCapitalised(w)) ? 'org' : 'role';
    }
  }
  const nameWord = words[nameFrom];
  if (!nameWord) return null;
  const role = nameFrom > first ? spanText(text, words, first, nameFrom).replace(/[\s,]+$/u, '') : null;
  return {
    start: head.start,
    end: tail.end,
    name: spanText(text, words, nameFrom, to),
    nameStart: nameWord.start,
    nameEnd: tail.end,
    role: kind === 'role' ? null : role,
    kind,
  };
}

/** Does a role-led phrase go on after this comma (`Kepala Dusun X, Kelurahan Y, Wahyu Wibowo`)? */
function continuesAfterComma(
  words: readonly Word[],
  comma: number,
  phraseStart: number,
  limit: number,
): boolean {
  const next = words[comma + 1];
  if (!next || comma + 1 >= limit || !isCapitalised(next) || !isPhraseWord(words, comma + 1)) return false;
  let lead = phraseStart;
  while (isDeterminer(words[lead]?.text ?? '')) lead++;
  return isRoleWord(words[lead]?.text ?? '');
}

/**
 * The speaker phrase starting at `words[i]` (before `limit`): a pronoun, or role and name words,
 * continued across commas when it opens with a role. Null when `words[i]` cannot start one.
 */
export function readPhraseForward(
  text: string,
  words: readonly Word[],
  i: number,
  limit: number,
): SpeakerPhrase | null {
  const first = words[i];
  const number = first ? thirdPersonPronoun(first.lower) : null;
  if (first && number) return pronounPhrase(first, number);
  let end = i;
  let segmentStart = i;
  let commas = 0;
  while (end < limit) {
    const skipped = skipParentheticalName(words, end);
    if (skipped > end) {
      end = skipped;
      continue;
    }
    if (isPhraseWord(words, end) && !(isClauseWord(words[end]?.text ?? '') && end === segmentStart)) {
      end++;
      continue;
    }
    if (
      words[end]?.text === ',' &&
      end > segmentStart &&
      commas < 4 &&
      continuesAfterComma(words, end, i, limit)
    ) {
      commas++;
      end++;
      segmentStart = end;
      continue;
    }
    break;
  }
  return end > i ? describeSegments(text, words, i, end) : null;
}

/** The last comma segment that holds a name; earlier segments are the role. */
function describeSegments(
  text: string,
  words: readonly Word[],
  from: number,
  to: number,
): SpeakerPhrase | null {
  const commas: number[] = [];
  for (let i = from; i < to; i++) if (words[i]?.text === ',') commas.push(i);
  let segmentEnd = to;
  for (const comma of [...commas.reverse(), from - 1]) {
    const phrase = describePhrase(text, words, comma + 1, segmentEnd);
    if (phrase && (phrase.kind === 'person' || comma === from - 1)) {
      const whole = words[from];
      const role =
        whole && phrase.nameStart > whole.start
          ? text.slice(whole.start, phrase.nameStart).replace(/[\s,]+$/u, '')
          : null;
      return {
        ...phrase,
        start: whole?.start ?? phrase.start,
        role: phrase.kind === 'role' ? null : role || null,
      };
    }
    segmentEnd = comma;
  }
  return null;
}
