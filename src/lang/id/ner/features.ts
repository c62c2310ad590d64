import type { WordResources } from './word-resources.ts';

/**
 * Feature strings for one token of a sentence: the word and its neighbours (±2), shape,
 * affixes, capitalisation, position, and what unlabelled news says about the word
 * (capitalisation class, distributional cluster). The tagger scores each with a weight per tag.
 */

const QUOTES = /[“”„«»"‘’‚]/gu;

/** The form the model sees: digits folded, every quotation mark as `"`. */
export function normaliseToken(token: string): string {
  return token.replace(QUOTES, '"').replace(/\d/g, '0');
}

function characterKind(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return '0';
  if (code < 128) return char;
  if (/\p{Lu}/u.test(char)) return 'X';
  if (/\p{Ll}/u.test(char)) return 'x';
  if (/\p{L}/u.test(char)) return 'a';
  return /\p{N}/u.test(char) ? '0' : char;
}

/** `Putin` → `Xx`, `KCNA` → `X`, `11.000` → `0.0`, `Rusia-Korut` → `Xx-Xx`: runs collapsed. */
export function wordShape(token: string): string {
  let shape = '';
  let last = '';
  for (const char of token) {
    const kind = characterKind(char);
    if (kind !== last) shape += kind;
    last = kind;
    if (shape.length > 8) break;
  }
  return shape;
}

/** What the features know of one token on its own. */
export interface TokenView {
  word: string;
  lower: string;
  shape: string;
  capitalisation: string;
  fine: string;
  coarse: string;
}

export function viewToken(token: string, resources: WordResources): TokenView {
  const word = normaliseToken(token);
  const lower = word.toLowerCase();
  const cluster = resources.clusters.get(lower) ?? '?:?';
  const colon = cluster.indexOf(':');
  return {
    word,
    lower,
    shape: wordShape(word),
    capitalisation: resources.capitalisation.get(lower) ?? '?',
    fine: cluster.slice(0, colon),
    coarse: cluster.slice(colon + 1),
  };
}

/** Per-sentence views computed once, shared by the features of every token. */
export interface SentenceView {
  words: string[];
  lower: string[];
  shapes: string[];
  capitalisation: string[];
  fine: string[];
  coarse: string[];
}

export function viewSentence(tokens: readonly string[], resources: WordResources): SentenceView {
  const views = tokens.map((token) => viewToken(token, resources));
  return {
    words: views.map((view) => view.word),
    lower: views.map((view) => view.lower),
    shapes: views.map((view) => view.shape),
    capitalisation: views.map((view) => view.capitalisation),
    fine: views.map((view) => view.fine),
    coarse: views.map((view) => view.coarse),
  };
}

/** What a neighbour feature reads beyond either end of the sentence. */
export const EDGE = '<s>';

function at(values: string[], index: number): string {
  return values[index] ?? EDGE;
}

function affixFeatures(lower: string, out: string[]): void {
  const length = lower.length;
  for (let size = 1; size <= 4; size++) {
    if (length <= size) break;
    if (size <= 3) out.push(`p${size}=${lower.slice(0, size)}`);
    out.push(`s${size}=${lower.slice(length - size)}`);
  }
}

/** Features that depend on the token alone (same for every occurrence of the word): cacheable. */
export function wordFeatures(view: SentenceView, i: number): string[] {
  const word = view.words[i]!;
  const shape = view.shapes[i]!;
  const out = [
    'b',
    `w=${word}`,
    `l=${view.lower[i]}`,
    `sh=${shape}`,
    `len=${Math.min(word.length, 8)}`,
    `cap=${view.capitalisation[i]}|${shape.charAt(0)}`,
    `c=${view.fine[i]}`,
    `g=${view.coarse[i]}`,
    `c|sh=${view.fine[i]}|${shape}`,
  ];
  affixFeatures(view.lower[i]!, out);
  return out;
}

/** Features of the token in its place: neighbours within two tokens, sentence edges. */
export function contextFeatures(view: SentenceView, i: number): string[] {
  const { words, lower, shapes, capitalisation, fine, coarse } = view;
  const out = [
    `l-1=${at(lower, i - 1)}`,
    `l-2=${at(lower, i - 2)}`,
    `l+1=${at(lower, i + 1)}`,
    `l+2=${at(lower, i + 2)}`,
    `w-1=${at(words, i - 1)}`,
    `w+1=${at(words, i + 1)}`,
    `l-1|l=${at(lower, i - 1)}|${lower[i]}`,
    `l|l+1=${lower[i]}|${at(lower, i + 1)}`,
    `sh-1=${at(shapes, i - 1)}`,
    `sh+1=${at(shapes, i + 1)}`,
    `sh-1|sh|sh+1=${at(shapes, i - 1)}|${shapes[i]}|${at(shapes, i + 1)}`,
    `cap-1=${at(capitalisation, i - 1)}`,
    `cap+1=${at(capitalisation, i + 1)}`,
    `c-1=${at(fine, i - 1)}`,
    `c+1=${at(fine, i + 1)}`,
    `g-1|g|g+1=${at(coarse, i - 1)}|${coarse[i]}|${at(coarse, i + 1)}`,
  ];
  if (i === 0) out.push(`first|sh=${shapes[i]}`, `first|cap=${capitalisation[i]}`);
  if (i === words.length - 1) out.push('last');
  return out;
}

/** Every feature of token `i`. */
export function tokenFeatures(view: SentenceView, i: number): string[] {
  return [...wordFeatures(view, i), ...contextFeatures(view, i)];
}
