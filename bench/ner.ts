/**
 * Indonesian NER benchmark: entity-level F1 (exact span and type, conlleval style) on the public
 * test splits, each with a model trained here for that evaluation only (the shipped model is
 * separate), plus speed, size and load time of the shipped model.
 *   node --import tsx bench/ner.ts            full run (a few minutes on one core)
 *   node --import tsx bench/ner.ts --quick    fold 1 only, fewer epochs, for development
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { deduplicate, type LabeledSentence, sentenceKey } from '../src/lang/id/ner/conll.ts';
import { toEntityTypes } from '../src/lang/id/ner/datasets.ts';
import { scoreEntities } from '../src/lang/id/ner/evaluate.ts';
import { loadNerModel, NER_MODEL_PATH, recognizeWith } from '../src/lang/id/ner/index.ts';
import { type NerModel, tagTokens } from '../src/lang/id/ner/tagger.ts';
import { DEFAULT_TRAIN_OPTIONS, type TrainOptions, trainTagger } from '../src/lang/id/ner/train.ts';
import { loadBuildInputs, sharedDataPaths } from '../src/lang/id/ner/training-sets.ts';
import type { WordResources } from '../src/lang/id/ner/word-resources.ts';

const QUICK = process.argv.includes('--quick');
const SHARED_DIR = process.env.WARTA_SHARED_DIR ?? resolve(import.meta.dirname, '..', '..', 'shared');
const OPTIONS: TrainOptions = QUICK ? { ...DEFAULT_TRAIN_OPTIONS, epochs: 5 } : DEFAULT_TRAIN_OPTIONS;
const FOLDS = QUICK ? [1] : [1, 2, 3, 4, 5];

interface Row {
  set: string;
  protocol: string;
  f1: number;
  precision: number;
  recall: number;
  published: string;
  seconds: number;
}

/** Trains on `train` minus every sentence of `test`, and scores on `test`. */
function trainAndScore(train: LabeledSentence[], test: LabeledSentence[], resources: WordResources) {
  const testKeys = new Set(test.map((sentence) => sentenceKey(sentence.tokens)));
  const model = trainTagger(deduplicate(train, testKeys), resources, OPTIONS);
  return score(model, test);
}

function score(model: NerModel, test: LabeledSentence[]) {
  const predicted = test.map((sentence) => tagTokens(model, sentence.tokens));
  return scoreEntities(
    test.map((sentence) => sentence.tags),
    predicted,
  );
}

function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, (performance.now() - started) / 1000];
}

function average(scores: { f1: number; precision: number; recall: number }[]) {
  const mean = (pick: (s: { f1: number; precision: number; recall: number }) => number) =>
    scores.reduce((sum, s) => sum + pick(s), 0) / scores.length;
  return { f1: mean((s) => s.f1), precision: mean((s) => s.precision), recall: mean((s) => s.recall) };
}

const { corpora, resources } = loadBuildInputs(SHARED_DIR);
const rows: Row[] = [];

const [nergrit, nergritSeconds] = timed(() =>
  trainAndScore(
    [...corpora.nergrit('train'), ...corpora.nergrit('valid')],
    corpora.nergrit('test'),
    resources,
  ),
);
rows.push({
  set: 'NERGrit test',
  protocol: 'train+valid → test',
  ...nergrit,
  published: '79.86 (NusaBERT-large)',
  seconds: nergritSeconds,
});

for (const [name, published] of [
  ['nerui', '90.1 (IndoBERT)'],
  ['nerugm', '74.9 (IndoBERT)'],
] as const) {
  const [folds, seconds] = timed(() =>
    FOLDS.map((fold) =>
      trainAndScore(
        [...corpora[name]('train', fold), ...corpora[name]('dev', fold)],
        corpora[name]('test', fold),
        resources,
      ),
    ),
  );
  const label = name === 'nerui' ? 'NER-UI' : 'NER-UGM (5 types)';
  rows.push({
    set: label,
    protocol: `${FOLDS.length}-fold CV, train+dev → test`,
    ...average(folds),
    published,
    seconds,
  });
}

const [nerp, nerpSeconds] = timed(() =>
  trainAndScore([...corpora.nerp('train'), ...corpora.nerp('valid')], corpora.nerp('test'), resources),
);
rows.push({
  set: 'NERP test (lower-cased)',
  protocol: 'train+valid → test',
  ...nerp,
  published: '85.12 (NusaBERT-large)',
  seconds: nerpSeconds,
});

const [shippedModel, loadSeconds] = timed(() => loadNerModel());
const [shippedOnGrit, shippedSeconds] = timed(() =>
  score(shippedModel, toEntityTypes(corpora.nergrit('test'))),
);
rows.push({
  set: 'NERGrit test, shipped model',
  protocol: 'shipped (never saw this split)',
  ...shippedOnGrit,
  published: '–',
  seconds: shippedSeconds,
});

/** IndoSum articles joined back into plain paragraphs: realistic input for the speed figure. */
function newsTexts(limit: number): string[] {
  const lines = readFileSync(sharedDataPaths(SHARED_DIR).indosum, 'utf8').split('\n').slice(0, limit);
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const article = JSON.parse(line) as { paragraphs: string[][][] };
      return article.paragraphs
        .map((paragraph) => paragraph.map((sentence) => sentence.join(' ')).join(' '))
        .join('\n\n')
        .replace(/ ([.,;:!?)])/g, '$1')
        .replace(/\( /g, '(');
    });
}

const texts = newsTexts(QUICK ? 100 : 500);
const tokenCount = texts.reduce((sum, text) => sum + text.split(/\s+/).length, 0);
// CPU time, not wall time: on a shared machine other processes would otherwise count against us.
const cpuBefore = process.cpuUsage();
const entityCount = texts.reduce((sum, text) => sum + recognizeWith(shippedModel, text).length, 0);
const cpuUsed = process.cpuUsage(cpuBefore);
const speedSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;

const percent = (value: number) => (value * 100).toFixed(2);
console.log(`\n## Indonesian NER${QUICK ? ' (--quick: fold 1, 5 epochs)' : ''}\n`);
console.log('| set | protocol | F1 | P | R | published F1 | time (s) |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) {
  console.log(
    `| ${row.set} | ${row.protocol} | ${percent(row.f1)} | ${percent(row.precision)} | ${percent(row.recall)} | ${row.published} | ${row.seconds.toFixed(1)} |`,
  );
}
console.log('\n| shipped model | value |');
console.log('| --- | --- |');
console.log(`| file | models/ner-id.json.gz, ${(statSync(NER_MODEL_PATH).size / 1e6).toFixed(2)} MB |`);
console.log(`| features × tags | ${shippedModel.features.size} × ${shippedModel.tags.length} |`);
console.log(`| load time | ${(loadSeconds * 1000).toFixed(0)} ms |`);
console.log(
  `| speed (CPU time of one core, IndoSum, tokenizer + sentences + tagging) | ${Math.round(tokenCount / speedSeconds)} tokens/s (${texts.length} articles, ${tokenCount} tokens, ${entityCount} entities) |`,
);
