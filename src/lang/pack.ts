/** What every language pack offers the stages. Adding a language means adding a pack. */

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

export interface SentenceSpan {
  start: number;
  end: number;
}

export interface LanguagePack {
  /** BCP-47 code, e.g. `id`, `en`. */
  code: string;
  tokenize(text: string): Token[];
  sentences(text: string): SentenceSpan[];
  /** Lower-cased stem of one word. */
  stem(word: string): string;
  isStopword(word: string): boolean;
}
