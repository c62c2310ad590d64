import { readFileSync } from 'node:fs';

/** One sentence of a labelled NER corpus: tokens and their BIO tags, same length. */
export interface LabeledSentence {
  tokens: string[];
  tags: string[];
}

/**
 * Reads a CoNLL-style file: one token per line, the token first and its BIO tag last (tab- or
 * space-separated, extra columns such as POS ignored), a blank line between sentences. CRLF is fine.
 */
export function parseConll(content: string): LabeledSentence[] {
  const sentences: LabeledSentence[] = [];
  let current: LabeledSentence = { tokens: [], tags: [] };
  for (const rawLine of content.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    const fields = line.trim() === '' ? [] : line.split(/[\t ]+/).filter((field) => field !== '');
    if (fields.length < 2) {
      if (current.tokens.length > 0) sentences.push(current);
      current = { tokens: [], tags: [] };
      continue;
    }
    current.tokens.push(fields[0]!);
    current.tags.push(normaliseTag(fields[fields.length - 1]!));
  }
  if (current.tokens.length > 0) sentences.push(current);
  return sentences;
}

export function readConll(path: string): LabeledSentence[] {
  return parseConll(readFileSync(path, 'utf8'));
}

function normaliseTag(tag: string): string {
  if (tag === 'O' || /^[BI]-./.test(tag)) return tag;
  return 'O';
}

/** Renames entity types (`PERSON` → `PER`); types mapped to null become `O`. */
export function mapTypes(
  sentence: LabeledSentence,
  rename: (type: string) => string | null,
): LabeledSentence {
  const tags = sentence.tags.map((tag) => {
    if (tag === 'O') return tag;
    const type = rename(tag.slice(2));
    return type === null ? 'O' : `${tag.slice(0, 2)}${type}`;
  });
  return { tokens: sentence.tokens, tags };
}

/** A key under which the same sentence matches across corpora (NERP is lower-cased, spacing differs). */
export function sentenceKey(tokens: readonly string[]): string {
  return tokens.join('').toLowerCase();
}

/** Drops sentences whose key is in `exclude`, and repeats of a key already kept. */
export function deduplicate(sentences: LabeledSentence[], exclude: ReadonlySet<string>): LabeledSentence[] {
  const seen = new Set<string>();
  const kept: LabeledSentence[] = [];
  for (const sentence of sentences) {
    const key = sentenceKey(sentence.tokens);
    if (exclude.has(key) || seen.has(key)) continue;
    seen.add(key);
    kept.push(sentence);
  }
  return kept;
}
