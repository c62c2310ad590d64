import { foldToken, nameKeyTokens, nameTokens } from './name-key.ts';

/**
 * The words a store files an entity under so that a batch reads only the entities it can meet:
 * the folded first and last word of each of its names. Every way the registry matches a mention
 * (the whole name, a person's family or first name, a known name found in the text) needs one of
 * those words to be in the text, so the entities filed under the batch's words are all it needs.
 */
export function entityLookupTokens(forms: Iterable<string>): string[] {
  const tokens = new Set<string>();
  for (const form of forms) {
    const words = nameKeyTokens(form);
    if (words.length === 0) continue;
    tokens.add(foldToken(words[0]!));
    tokens.add(foldToken(words.at(-1)!));
  }
  return [...tokens];
}

/** The folded words of texts, as `entityLookupTokens` folds names. */
export function textLookupTokens(texts: Iterable<string>): Set<string> {
  const tokens = new Set<string>();
  for (const text of texts) for (const word of nameTokens(text)) tokens.add(foldToken(word));
  return tokens;
}
