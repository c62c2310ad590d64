import type { LanguagePack } from '../pack.ts';
import { porterStem } from './porter-stemmer.ts';
import { splitEnglishSentences } from './sentences.ts';
import { isEnglishStopword } from './stopwords.ts';
import { tokenizeEnglish } from './tokenizer.ts';

export type { EnglishEntitySpan } from './entities.ts';
export { recognizeEnglishEntities } from './entities.ts';
export { englishEntityMentions } from './entity-mentions.ts';
export { porterStem } from './porter-stemmer.ts';
export { splitEnglishSentences } from './sentences.ts';
export { isEnglishStopword } from './stopwords.ts';
export { tokenizeEnglish } from './tokenizer.ts';
export { englishUnitFamily } from './unit-synonyms.ts';

/** Stems a word after lower-casing and dropping a possessive or a final abbreviation period. */
function stemEnglish(word: string): string {
  const lower = word.toLowerCase().replace(/’/gu, "'");
  const bare = lower.replace(/'s$/u, '').replace(/\.$/u, '');
  return porterStem(bare);
}

export const english: LanguagePack = {
  code: 'en',
  tokenize: tokenizeEnglish,
  sentences: splitEnglishSentences,
  stem: stemEnglish,
  isStopword: (word) => isEnglishStopword(word.toLowerCase()),
};
