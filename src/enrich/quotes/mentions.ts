/**
 * Candidates for pronoun resolution, gathered before quotes are read: people in subject
 * position (from the entity list, or introduced with a role such as `Presiden Rusia Vladimir
 * Putin` when there is none) and the subjects of speech verbs. A name after a preposition
 * (`ke pemimpin korut Kim Jong Un`) or inside a quote is an object, not a candidate.
 */

import { speechVerb } from '../../lang/id/reporting-verbs.ts';
import {
  isClauseConjunction,
  isClauseWord,
  isDeterminer,
  isRoleWord,
  looksLikePredicate,
} from '../../lang/id/speaker-roles.ts';
import type { EntityMention } from '../../model/entity.ts';
import type { Candidate } from './discourse.ts';
import type { Layout, Sentence } from './layout.ts';
import { asCandidate, resolveSpeaker } from './speaker.ts';
import { readPhraseForward, type SpeakerPhrase } from './speaker-phrase.ts';
import { readSubjectBefore } from './subject-phrase.ts';
import { firstWordAtOrAfter, isCapitalised, type Word } from './words.ts';

const EMPTY_DISCOURSE = { mentions: [], speakers: [] };

function isPhraseLead(word: Word): boolean {
  return (isCapitalised(word) && word.isWord) || isRoleWord(word.lower) || isDeterminer(word.lower);
}

/** True when the phrase ending before word `i` starts a clause: sentence start, after punctuation or a conjunction. */
function startsClause(words: readonly Word[], i: number): boolean {
  let start = i;
  while (start > 0 && words[start - 1] && isPhraseLead(words[start - 1] as Word) && words[start - 1]?.isWord)
    start--;
  const before = words[start - 1];
  if (!before) return true;
  // `Abdian Saputra, Koordinator Ekajaya …`: a phrase after a name and a comma is an apposition.
  const beforeComma = words[start - 2];
  if (
    before.text === ',' &&
    beforeComma &&
    isCapitalised(beforeComma) &&
    beforeComma.isWord &&
    !isClauseWord(beforeComma.lower)
  )
    return false;
  if (!before.isWord) return before.text !== ')';
  return isClauseConjunction(before.lower);
}

function entityCandidates(layout: Layout, entities: readonly EntityMention[]): Candidate[] {
  const found: Candidate[] = [];
  for (const entity of entities) {
    if (entity.type !== 'PER') continue;
    for (const mention of entity.mentions) {
      const index = firstWordAtOrAfter(layout.words, mention.start);
      if (layout.quoted[index] || !startsClause(layout.words, index)) continue;
      const role = entity.roles?.join(', ') || null;
      found.push({
        at: mention.start,
        weight: 'strong',
        name: entity.name,
        entity: entity.entity,
        isOrg: false,
        role,
        start: mention.start,
        end: mention.end,
      });
    }
  }
  return found;
}

/**
 * A person named at a clause start and followed by a predicate: `Presiden Rusia Vladimir Putin
 * memuji …`, `Budi Santoso, warga …`. Only the word opening the phrase is tried.
 */
function subjectAt(layout: Layout, i: number, sentence: Sentence): SpeakerPhrase | null {
  const { text, words } = layout;
  const word = words[i];
  const previous = words[i - 1];
  if (
    !word ||
    !isPhraseLead(word) ||
    isClauseWord(word.lower) ||
    (previous && isPhraseLead(previous) && previous.isWord)
  )
    return null;
  if (!startsClause(words, i)) return null;
  const phrase = readPhraseForward(text, words, i, sentence.endWord);
  if (phrase?.kind !== 'person') return null;
  const next = words[firstWordAtOrAfter(words, phrase.end)];
  const nameWords = phrase.name.split(/\s+/u).length;
  // A lone capitalised word opening a sentence may be any noun (`Situasi`, `Kemenangan`).
  if (nameWords === 1 && phrase.role === null && i === sentence.firstWord) return null;
  const predicate =
    next !== undefined &&
    (looksLikePredicate(next.text) ||
      [',', '('].includes(next.text) ||
      (nameWords > 1 && next.isWord && !isCapitalised(next)));
  return predicate || phrase.role !== null ? phrase : null;
}

/** People named in subject position, and subjects of speech verbs. */
function textCandidates(layout: Layout, entities: readonly EntityMention[]): Candidate[] {
  const { text, words, quoted } = layout;
  const found: Candidate[] = [];
  for (const paragraph of layout.paragraphs) {
    for (const sentence of paragraph.sentences) {
      for (let i = sentence.firstWord; i < sentence.endWord; i++) {
        const word = words[i];
        if (!word || quoted[i]) continue;
        const verb = speechVerb(word.lower) !== null;
        const phrase = verb
          ? readSubjectBefore(text, words, i, sentence.firstWord)
          : subjectAt(layout, i, sentence);
        if (!phrase || phrase.kind === 'pronoun') continue;
        const speaker = resolveSpeaker({ phrase, evidence: 'mention' }, EMPTY_DISCOURSE, entities);
        const weight = verb ? 'speaker' : phrase.role !== null || speaker?.entity ? 'strong' : 'weak';
        if (speaker) found.push(asCandidate(speaker, phrase.start, weight));
      }
    }
  }
  return found;
}

export function collectMentions(layout: Layout, entities: readonly EntityMention[]): Candidate[] {
  return [...entityCandidates(layout, entities), ...textCandidates(layout, entities)].sort(
    (a, b) => a.at - b.at,
  );
}
