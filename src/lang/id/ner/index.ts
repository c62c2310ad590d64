import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeModel } from './model-file.ts';
import { type RecognizedSpan, recognizeWith } from './recognize.ts';
import type { NerModel } from './tagger.ts';

export type { RecognizedSpan } from './recognize.ts';
export { recognizeWith } from './recognize.ts';
export type { NerModel } from './tagger.ts';

/** The shipped model, trained by `npm run train:ner`. */
export const NER_MODEL_PATH = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../models/ner-id.json.gz',
);

let shipped: NerModel | undefined;

/** Reads a model file written by scripts/train-ner.ts. */
export function loadNerModel(path: string = NER_MODEL_PATH): NerModel {
  return decodeModel(readFileSync(path));
}

/** The shipped model, loaded on first use and kept. */
export function shippedNerModel(): NerModel {
  shipped ??= loadNerModel();
  return shipped;
}

/**
 * Person, organisation and place names (PER, ORG, LOC) in Indonesian text, with offsets into
 * `text`. Paragraphs and sentences are found first; cost is linear in the length of the text.
 */
export function recognizeEntities(text: string): RecognizedSpan[] {
  if (!/[\p{L}\p{N}]/u.test(text)) return [];
  return recognizeWith(shippedNerModel(), text);
}
