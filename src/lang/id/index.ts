import type { LanguagePack } from '../pack.ts';
import { splitSentences } from './sentences.ts';
import { stem } from './stemmer.ts';
import { isStopword } from './stopwords.ts';
import { tokenize } from './tokenizer.ts';

export type { NerModel, RecognizedSpan } from './ner/index.ts';
export {
  loadNerModel,
  NER_MODEL_PATH,
  recognizeEntities,
  recognizeWith,
  shippedNerModel,
} from './ner/index.ts';
export { splitSentences } from './sentences.ts';
export { loadWordFrequencies, stem, stemCandidates } from './stemmer.ts';
export { indonesianStopwords, isStopword } from './stopwords.ts';
export { type CliticSplit, splitClitic, tokenize } from './tokenizer.ts';

/** The Indonesian language pack: tokens, sentences, stems and stopwords for news text. */
export const indonesian: LanguagePack = {
  code: 'id',
  tokenize,
  sentences: (text) => splitSentences(text),
  stem: (word) => stem(word),
  isStopword,
};
