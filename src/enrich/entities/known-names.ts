import type { EntityType } from '../../model/entity.ts';
import { isAcronym, nameKey, nameTokens } from './name-key.ts';
import { PhraseIndex } from './phrase-index.ts';
import type { Word } from './text-words.ts';
import type { NameMention } from './types.ts';

/**
 * Names the registry has learned well enough to look for in new documents, even where the
 * recogniser misses them: acronyms of three letters or more (matched in capitals) and names of
 * two or more capitalised words. A name qualifies once its entity was seen in two documents, or
 * when a text, the curated table or a user defined it ("Kantor Berita Pusat Korea (KCNA)").
 * Single ordinary words never qualify: too many of them are also common words.
 */
export class KnownNames {
  readonly #index = new PhraseIndex<EntityType>();
  readonly #added = new Set<string>();

  /** Adds a name if it has a safe shape; returns whether it is now known. */
  add(form: string, type: EntityType): boolean {
    const key = `${type}|${nameKey(form)}`;
    if (this.#added.has(key)) return true;
    const tokens = nameTokens(form);
    const acronym = tokens.length === 1 && isAcronym(form) && form.replace(/[^\p{L}\p{N}]/gu, '').length >= 3;
    const multiWord = tokens.length >= 2 && tokens.every((token) => /^[\p{Lu}\p{N}]/u.test(token));
    if (!acronym && !multiWord) return false;
    this.#added.add(key);
    this.#index.add(form, acronym ? 'exact' : 'capitalized', type);
    return true;
  }

  get size(): number {
    return this.#added.size;
  }

  find(text: string, words: readonly Word[]): NameMention[] {
    return this.#index.scan(text, words).map((match) => ({
      start: match.start,
      end: match.end,
      text: text.slice(match.start, match.end),
      type: match.phrase.payload,
      origin: 'registry',
      roles: [],
    }));
  }
}
