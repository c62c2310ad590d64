import { join } from 'node:path';
import type { EntityType } from '../../../model/entity.ts';
import { type LabeledSentence, mapTypes, readConll } from './conll.ts';

/**
 * The labelled Indonesian NER corpora in ../shared/data/ner and how their types map onto Warta's
 * entity types. Build-time only (training and benchmarks); nothing here runs in the product.
 */

/** Dataset type names → Warta entity types; absent types (QUANTITY, TIME, FNB) are dropped. */
const TYPE_MAP: Record<string, EntityType> = {
  PER: 'PER',
  PERSON: 'PER',
  PPL: 'PER',
  ORG: 'ORG',
  ORGANIZATION: 'ORG',
  ORGANISATION: 'ORG',
  LOC: 'LOC',
  LOCATION: 'LOC',
  PLACE: 'LOC',
  PLC: 'LOC',
  EVT: 'EVT',
  IND: 'PRD',
};

export function toEntityType(type: string): EntityType | null {
  return TYPE_MAP[type] ?? null;
}

export function toEntityTypes(sentences: LabeledSentence[]): LabeledSentence[] {
  return sentences.map((sentence) => mapTypes(sentence, toEntityType));
}

export interface NerCorpora {
  dir: string;
  nergrit(split: 'train' | 'valid' | 'test'): LabeledSentence[];
  nerp(split: 'train' | 'valid' | 'test'): LabeledSentence[];
  /** A fold file (1–5) of IndoLEM NER-UI, or the full corpus when `fold` is null. */
  nerui(split: 'train' | 'dev' | 'test', fold: number | null): LabeledSentence[];
  nerugm(split: 'train' | 'dev' | 'test', fold: number | null): LabeledSentence[];
  idner(split: 'train' | 'dev'): LabeledSentence[];
}

/** Readers for the corpora under `dataDir` (`../shared/data/ner`), labels as the corpus has them. */
export function nerCorpora(dataDir: string): NerCorpora {
  const fold = (name: string, file: string, split: string, index: number | null) =>
    readConll(join(dataDir, name, index === null ? file : `${split}.0${index}.tsv`));
  return {
    dir: dataDir,
    nergrit: (split) => readConll(join(dataDir, 'nergrit', `${split}_preprocess.txt`)),
    nerp: (split) => readConll(join(dataDir, 'nerp', `${split}_preprocess.txt`)),
    nerui: (split, index) => fold('nerui', 'nergithub.txt', split, index),
    nerugm: (split, index) => fold('nerugm', 'nerugm.txt', split, index),
    idner: (split) => readConll(join(dataDir, 'idner-news-2k', `${split}.txt`)),
  };
}
