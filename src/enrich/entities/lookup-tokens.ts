import { foldToken, nameKeyTokens, nameTokens } from './name-key.ts';

/**
 * The words a store files an entity under so that a batch reads only the entities it can meet:
 * the folded first word of each of its names, and for a person the last word too. Every way the
 * registry matches a mention needs one of those words in the text: the whole name and a known
 * name found in the text start with their first word; a person is also reached by a lone family
 * name. So the entities filed under a batch's words are all the batch needs.
 */
export function entityLookupTokens(forms: Iterable<string>, person = true): string[] {
  const tokens = new Set<string>();
  for (const form of forms) {
    const words = nameKeyTokens(form);
    if (words.length === 0) continue;
    tokens.add(foldToken(words[0]!));
    if (person) tokens.add(foldToken(words.at(-1)!));
  }
  return [...tokens];
}

/**
 * The folded words of texts that may begin a name or be a family name: those written with a
 * capital or a digit (names are; the registry's forms come from the recogniser's capitalised spans).
 */
export function textLookupTokens(texts: Iterable<string>): Set<string> {
  const tokens = new Set<string>();
  for (const text of texts) {
    for (const word of nameTokens(text)) if (/^[\p{Lu}\p{N}]/u.test(word)) tokens.add(foldToken(word));
  }
  return tokens;
}
