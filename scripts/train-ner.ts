/**
 * Trains the shipped Indonesian NER model and writes models/ner-id.json.gz.
 *   npm run train:ner        (= node --import tsx scripts/train-ner.ts)
 * Reproducible: fixed seed, fixed data order, deterministic clustering. Reads ../shared/data
 * (or $WARTA_SHARED_DIR/data); see src/lang/id/ner/training-sets.ts for what is trained on.
 */
import { statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encodeModel } from '../src/lang/id/ner/model-file.ts';
import { DEFAULT_TRAIN_OPTIONS, trainTagger } from '../src/lang/id/ner/train.ts';
import { loadBuildInputs, shippedTrainingSet } from '../src/lang/id/ner/training-sets.ts';

const SHARED_DIR = process.env.WARTA_SHARED_DIR ?? resolve(import.meta.dirname, '..', '..', 'shared');
const OUTPUT = resolve(import.meta.dirname, '..', 'models', 'ner-id.json.gz');

const started = Date.now();
const { corpora, resources } = loadBuildInputs(SHARED_DIR);
console.log(
  `word resources from IndoSum: ${resources.clusters.size} clustered words (${Date.now() - started} ms)`,
);
const { sentences, sources } = shippedTrainingSet(corpora);
const tokens = sentences.reduce((sum, sentence) => sum + sentence.tokens.length, 0);
console.log(`training on ${sentences.length} sentences, ${tokens} tokens:`, sources);
const model = trainTagger(sentences, resources, {
  ...DEFAULT_TRAIN_OPTIONS,
  log: (line) => console.log(line),
});
const about = {
  trainedOn: sources,
  sentences: sentences.length,
  tokens,
  options: { ...DEFAULT_TRAIN_OPTIONS },
  wordResources: 'IndoSum dev union (capitalisation classes, distributional clusters)',
};
writeFileSync(OUTPUT, encodeModel(model, about));
const size = statSync(OUTPUT).size;
console.log(`wrote ${OUTPUT}: ${model.features.size} features × ${model.tags.length} tags, ${size} bytes`);
console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
