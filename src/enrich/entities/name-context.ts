import type { EntityType } from '../../model/entity.ts';
import type { EntityLexicon } from './lexicon.ts';
import { roleEndingAt } from './role-match.ts';
import { isCapitalized, startsSentence, type Word } from './text-words.ts';

/**
 * Is a one-word name found by string matching really a part of something longer? "Indonesia"
 * in "CNBC Indonesia", "Jakarta" in "Jakarta Pusat", "Inggris" in "bahasa Inggris". With
 * `anyCapitalAfter`, any capitalised next word counts (used for names recovered from the
 * document, where "Putin" before "Street" is not the person).
 */
export function partOfLongerName(
  text: string,
  words: readonly Word[],
  first: number,
  last: number,
  type: EntityType,
  lexicon: EntityLexicon,
  anyCapitalAfter: boolean,
): boolean {
  const previous = words[first - 1];
  if (previous && text.slice(previous.end, words[first]!.start) === ' ') {
    if (type === 'LOC' && lexicon.notAPlaceAfter.has(previous.key)) return true;
    const capitalisedByName =
      isCapitalized(previous.surface) &&
      !startsSentence(text, previous.start) &&
      !roleEndingAt(text, words, first - 1, lexicon);
    if (capitalisedByName) return true;
  }
  const next = words[last + 1];
  if (!next || text.slice(words[last]!.end, next.start) !== ' ' || !isCapitalized(next.surface)) return false;
  return anyCapitalAfter || lexicon.placeModifiers.has(next.key);
}
