import { join } from 'node:path';
import { deduplicate, type LabeledSentence, sentenceKey } from './conll.ts';
import { type NerCorpora, nerCorpora, toEntityTypes } from './datasets.ts';
import { readIndoSumSentences } from './indosum.ts';
import { learnWordResources, type WordResources } from './word-resources.ts';

/**
 * What the shipped model learns from. The cased news corpora (NER-UI, idner-news-2k, NER-UGM,
 * NERGrit train+valid) with their types mapped to PER/ORG/LOC; QUANTITY and TIME are dropped.
 * NERP stays out: it is lower-cased and has no ORG class, so its organisations are labelled O.
 * Sentences that occur in a reported test split (NERGrit test, NERP test) are never trained on,
 * and a sentence annotated in two corpora is kept once (the first corpus in this order wins).
 */
export interface ShippedTrainingSet {
  sentences: LabeledSentence[];
  /** Sentences kept per source after de-duplication. */
  sources: Record<string, number>;
}

export function reportedTestKeys(corpora: NerCorpora): Set<string> {
  return new Set([...corpora.nergrit('test'), ...corpora.nerp('test')].map((s) => sentenceKey(s.tokens)));
}

export function shippedTrainingSet(corpora: NerCorpora): ShippedTrainingSet {
  const parts: [string, LabeledSentence[]][] = [
    ['nerui', corpora.nerui('train', null)],
    ['idner-news-2k', [...corpora.idner('train'), ...corpora.idner('dev')]],
    ['nerugm', corpora.nerugm('train', null)],
    ['nergrit', [...corpora.nergrit('train'), ...corpora.nergrit('valid')]],
  ];
  const excluded = reportedTestKeys(corpora);
  const sentences: LabeledSentence[] = [];
  const sources: Record<string, number> = {};
  for (const [name, part] of parts) {
    const kept = deduplicate(toEntityTypes(part), excluded);
    for (const sentence of kept) excluded.add(sentenceKey(sentence.tokens));
    sources[name] = kept.length;
    sentences.push(...kept);
  }
  return { sentences, sources };
}

/** `../shared/data` paths used at build time. */
export function sharedDataPaths(sharedDir: string) {
  return {
    ner: join(sharedDir, 'data', 'ner'),
    indosum: join(sharedDir, 'data', 'news', 'indosum', 'indosum_dev_union.jsonl'),
  };
}

export function loadBuildInputs(sharedDir: string): { corpora: NerCorpora; resources: WordResources } {
  const paths = sharedDataPaths(sharedDir);
  return {
    corpora: nerCorpora(paths.ner),
    resources: learnWordResources(readIndoSumSentences(paths.indosum)),
  };
}
