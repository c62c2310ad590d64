import { nameKeyTokens, nameTokens } from './name-key.ts';
import { isCapitalized, joinsName, type Word } from './text-words.ts';

/**
 * Finds known names (one or more words) in a document's words: leftmost-longest, at word
 * boundaries, with a case rule per name. Lookup is by the first word, so the cost grows with the
 * text, not with the number of names.
 */

/** `exact`: same capitals as the name (acronyms); `capitalized`: first word capitalised; `any`: any case. */
export type CaseRule = 'exact' | 'capitalized' | 'any';

export interface Phrase<T> {
  form: string;
  keys: readonly string[];
  surfaces: string[];
  /** Words followed by a comma in the name ("Badan Meteorologi, Klimatologi, dan Geofisika"). */
  commaAfter: boolean[];
  caseRule: CaseRule;
  payload: T;
}

export interface PhraseMatch<T> {
  phrase: Phrase<T>;
  firstWord: number;
  lastWord: number;
  start: number;
  end: number;
}

function bare(surface: string): string {
  return surface.replace(/[.'’]/g, '');
}

export class PhraseIndex<T> {
  #byFirstKey = new Map<string, Phrase<T>[]>();

  add(form: string, caseRule: CaseRule, payload: T): void {
    const keys = nameKeyTokens(form);
    if (keys.length === 0) return;
    const surfaces = nameTokens(form);
    const commaAfter = form
      .split(/[\s\u00a0\-‐‑–]+/u)
      .filter((token) => /[\p{L}\p{N}]/u.test(token))
      .map((token) => token.endsWith(','));
    const phrase: Phrase<T> = { form, keys, surfaces: surfaces.map(bare), commaAfter, caseRule, payload };
    const list = this.#byFirstKey.get(keys[0]!) ?? [];
    // Longest first; among equals, in the order added. Inserted in place: the registry's index
    // grows by every learned name, and sorting the list at each one grew with its length.
    const at = list.findIndex((other) => other.keys.length < keys.length);
    list.splice(at < 0 ? list.length : at, 0, phrase);
    this.#byFirstKey.set(keys[0]!, list);
  }

  get size(): number {
    return this.#byFirstKey.size;
  }

  /** The longest phrase that starts at word `at`, or null. */
  matchAt(text: string, words: readonly Word[], at: number): PhraseMatch<T> | null {
    const candidates = this.#byFirstKey.get(words[at]!.key);
    if (!candidates) return null;
    for (const phrase of candidates) {
      if (this.#matches(text, words, at, phrase)) {
        const last = at + phrase.keys.length - 1;
        return { phrase, firstWord: at, lastWord: last, start: words[at]!.start, end: words[last]!.end };
      }
    }
    return null;
  }

  /** Every match in the words, leftmost-longest, not overlapping. */
  scan(text: string, words: readonly Word[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let at = 0; at < words.length; at++) {
      const match = this.matchAt(text, words, at);
      if (!match) continue;
      found.push(match);
      at = match.lastWord;
    }
    return found;
  }

  #joined(text: string, left: Word, right: Word, comma: boolean): boolean {
    if (comma) return text.slice(left.end, right.start) === ', ';
    return joinsName(text, left, right);
  }

  #matches(text: string, words: readonly Word[], at: number, phrase: Phrase<T>): boolean {
    if (at + phrase.keys.length > words.length) return false;
    for (let i = 0; i < phrase.keys.length; i++) {
      const word = words[at + i]!;
      if (word.key !== phrase.keys[i]) return false;
      if (i > 0 && !this.#joined(text, words[at + i - 1]!, word, phrase.commaAfter[i - 1] ?? false))
        return false;
      if (phrase.caseRule === 'exact' && bare(word.surface) !== phrase.surfaces[i]) return false;
    }
    return phrase.caseRule !== 'capitalized' || isCapitalized(words[at]!.surface);
  }
}
