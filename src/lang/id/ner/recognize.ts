import type { EntityType } from '../../../model/entity.ts';
import type { Token } from '../../pack.ts';
import { splitSentences } from '../sentences.ts';
import { tokenize } from '../tokenizer.ts';
import { harmoniseEntities } from './consistency.ts';
import { type NerModel, tagPath } from './tagger.ts';

/** One entity found in a text: `text.slice(start, end) === span.text`. */
export interface RecognizedSpan {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  score?: number;
}

const ENTITY_TYPES = new Set<string>(['PER', 'ORG', 'LOC', 'EVT', 'PRD', 'MISC']);
/** Viterbi runs per chunk, so a sentence without punctuation (or a 5 MB line) stays linear. */
const MAX_CHUNK_TOKENS = 200;

/**
 * The corpora the model learned from split hyphenated words (`Rusia - Korut`, `sama - sama`),
 * so the recogniser does too, keeping offsets.
 */
function splitHyphens(token: Token, out: Token[]): void {
  const hyphenated = token.text.includes('-') || token.text.includes('‐');
  if (
    token.kind !== 'word' ||
    !hyphenated ||
    !/.[-‐]|[-‐]./u.test(token.text) ||
    token.text.includes('://')
  ) {
    out.push(token);
    return;
  }
  for (const part of token.text.matchAll(/[-‐]|[^-‐]+/gu)) {
    const start = token.start + part.index;
    out.push({
      text: part[0],
      start,
      end: start + part[0].length,
      kind: /[-‐]/u.test(part[0]) ? 'punct' : 'word',
    });
  }
}

function sentenceChunks(text: string): Token[][] {
  const tokens = tokenize(text);
  const chunks: Token[][] = [];
  let at = 0;
  for (const sentence of splitSentences(text, tokens)) {
    let chunk: Token[] = [];
    while (at < tokens.length && tokens[at]!.start < sentence.end) {
      splitHyphens(tokens[at]!, chunk);
      at++;
      if (chunk.length >= MAX_CHUNK_TOKENS) {
        chunks.push(chunk);
        chunk = [];
      }
    }
    if (chunk.length > 0) chunks.push(chunk);
  }
  return chunks;
}

function hasLetterOrDigit(token: Token): boolean {
  return /[\p{L}\p{N}]/u.test(token.text);
}

/** What a BIO tag says, read once per model instead of from the string at every token. */
interface TagMeaning {
  /** `PER` of `B-PER`; empty for `O`. */
  type: string;
  inside: boolean;
  outside: boolean;
}

const meaningsCache = new WeakMap<NerModel, TagMeaning[]>();

function tagMeanings(model: NerModel): TagMeaning[] {
  let meanings = meaningsCache.get(model);
  if (!meanings) {
    meanings = model.tags.map((tag) => ({
      type: tag.slice(2),
      inside: tag.startsWith('I-'),
      outside: tag === 'O',
    }));
    meaningsCache.set(model, meanings);
  }
  return meanings;
}

/** Entity spans from a path of BIO tags, trimmed of punctuation at their edges. */
function spansFromPath(
  text: string,
  tokens: Token[],
  path: Int32Array,
  meanings: readonly TagMeaning[],
  out: RecognizedSpan[],
): void {
  let first = -1;
  const close = (last: number) => {
    if (first < 0) return;
    const type = meanings[path[first]!]!.type;
    let from = first;
    let to = last;
    while (from <= to && !hasLetterOrDigit(tokens[from]!)) from++;
    while (to >= from && !hasLetterOrDigit(tokens[to]!)) to--;
    if (from <= to && ENTITY_TYPES.has(type)) {
      const start = tokens[from]!.start;
      const end = tokens[to]!.end;
      out.push({ start, end, text: text.slice(start, end), type: type as EntityType });
    }
    first = -1;
  };
  for (let at = 0; at < path.length; at++) {
    const tag = meanings[path[at]!]!;
    if (tag.inside && first >= 0 && meanings[path[first]!]!.type === tag.type) continue;
    close(at - 1);
    if (!tag.outside) first = at;
  }
  close(path.length - 1);
}

/** Named entities of `text` under `model`, in text order, made consistent across the document. */
export function recognizeWith(model: NerModel, text: string): RecognizedSpan[] {
  const spans: RecognizedSpan[] = [];
  const meanings = tagMeanings(model);
  for (const chunk of sentenceChunks(text)) {
    const path = tagPath(
      model,
      chunk.map((token) => token.text),
    );
    spansFromPath(text, chunk, path, meanings, spans);
  }
  return harmoniseEntities(text, spans);
}
