import type { EntityLexicon } from './lexicon.ts';
import { groupType, type MentionGroup } from './mention-groups.ts';
import { partOfLongerName } from './name-context.ts';
import { isAcronym, isWellFormedName, nameKeyTokens, tidySurface } from './name-key.ts';
import { type CaseRule, PhraseIndex } from './phrase-index.ts';
import { startsSentence, type Word, wordIndexAt } from './text-words.ts';
import type { NameMention } from './types.ts';

/**
 * Every mention listed: once a name is known in a document, its other occurrences are found by
 * string matching at word boundaries — the forms already seen, and the family name of a full
 * personal name ("Putin" of "Vladimir Putin", four letters or more). A form shared by several
 * entities goes to the one named most recently before it.
 */

interface FormOwners {
  surface: string;
  caseRule: CaseRule;
  groups: MentionGroup[];
}

/** Shorter one-word forms (other than acronyms) match too many unrelated words. */
const MIN_WORD_FORM_LETTERS = 3;

function addForm(forms: Map<string, FormOwners>, surface: string, caseRule: CaseRule, group: MentionGroup) {
  const tokens = nameKeyTokens(surface);
  const key = tokens.join(' ');
  const letters = key.replace(/ /g, '').length;
  if (letters < 2 || (tokens.length === 1 && caseRule !== 'exact' && letters < MIN_WORD_FORM_LETTERS)) return;
  const owners = forms.get(key) ?? { surface, caseRule, groups: [] };
  if (!owners.groups.includes(group)) owners.groups.push(group);
  if (caseRule === 'any') owners.caseRule = 'any';
  forms.set(key, owners);
}

function familyName(group: MentionGroup, lexicon: EntityLexicon): string | null {
  const longest = group.mentions.reduce((best, m) => (m.text.length > best.text.length ? m : best));
  const tokens = tidySurface(longest.text).split(/[\s-]+/);
  const keys = nameKeyTokens(longest.text);
  const last = tokens.at(-1);
  const lastKey = keys.at(-1);
  if (keys.length < 2 || !last || !lastKey || lastKey.length < 4) return null;
  if (!isWellFormedName(longest.text, lexicon.nameParticles)) return null;
  if (!/^\p{Lu}\p{Ll}/u.test(last) || lexicon.roles.has(lastKey) || lexicon.nameParticles.has(lastKey))
    return null;
  return last;
}

function collectForms(groups: readonly MentionGroup[], lexicon: EntityLexicon): Map<string, FormOwners> {
  const forms = new Map<string, FormOwners>();
  for (const group of groups) {
    for (const mention of group.mentions) {
      const surface = tidySurface(mention.text);
      const lowerOnly = surface === surface.toLowerCase();
      addForm(forms, surface, isAcronym(surface) ? 'exact' : lowerOnly ? 'any' : 'capitalized', group);
    }
    if (groupType(group) === 'PER') {
      const family = familyName(group, lexicon);
      if (family) addForm(forms, family, 'capitalized', group);
    }
  }
  return forms;
}

function nearestOwner(owners: readonly MentionGroup[], offset: number): MentionGroup {
  let best = owners[0]!;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const group of owners) {
    for (const mention of group.mentions) {
      const distance = mention.start < offset ? offset - mention.start : 1e9 + mention.start - offset;
      if (distance < bestDistance) [best, bestDistance] = [group, distance];
    }
  }
  return best;
}

function coveredWords(words: readonly Word[], mentions: readonly NameMention[]): Uint8Array {
  const covered = new Uint8Array(words.length);
  for (const mention of mentions) {
    for (
      let at = wordIndexAt(words, mention.start);
      at < words.length && words[at]!.start < mention.end;
      at++
    ) {
      covered[at] = 1;
    }
  }
  return covered;
}

function startsLowerCase(surface: string): boolean {
  const code = surface.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : /^\p{Ll}/u.test(surface);
}

/** Words written in lower case somewhere in the text: a capitalised one at a sentence start may be that word. */
function lowerCaseWords(words: readonly Word[]): Set<string> {
  const lower = new Set<string>();
  for (const word of words) if (startsLowerCase(word.surface)) lower.add(word.key);
  return lower;
}

export function recoverMentions(
  text: string,
  words: readonly Word[],
  groups: readonly MentionGroup[],
  lexicon: EntityLexicon,
): void {
  const forms = collectForms(groups, lexicon);
  if (forms.size === 0) return;
  const index = new PhraseIndex<FormOwners>();
  for (const owners of forms.values()) index.add(owners.surface, owners.caseRule, owners);
  const covered = coveredWords(
    words,
    groups.flatMap((group) => group.mentions),
  );
  const lower = lowerCaseWords(words);
  for (const match of index.scan(text, words)) {
    if (covered.subarray(match.firstWord, match.lastWord + 1).some((flag) => flag === 1)) continue;
    const owner = nearestOwner(match.phrase.payload.groups, match.start);
    const type = groupType(owner);
    if (match.phrase.keys.length === 1 && match.phrase.caseRule !== 'exact') {
      if (partOfLongerName(text, words, match.firstWord, match.lastWord, type, lexicon, true)) continue;
      if (startsSentence(text, match.start) && lower.has(match.phrase.keys[0]!)) continue;
    }
    owner.mentions.push({
      start: match.start,
      end: match.end,
      text: text.slice(match.start, match.end),
      type,
      origin: 'recovered',
      roles: [],
    });
  }
}
