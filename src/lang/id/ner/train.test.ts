import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deduplicate, parseConll, sentenceKey } from './conll.ts';
import { entitySpans, scoreEntities } from './evaluate.ts';
import { decodeModel, encodeModel } from './model-file.ts';
import { allowedTransitions, tagTokens, viterbi } from './tagger.ts';
import { trainTagger } from './train.ts';
import {
  learnWordResources,
  parseWordResources,
  serialiseWordResources,
  type WordResources,
} from './word-resources.ts';

const TRAINING = `Presiden\tO
Joko\tB-PER
Widodo\tI-PER
tiba\tO
di\tO
Surabaya\tB-LOC
.\tO

Menteri\tO
Budi\tB-PER
Santoso\tI-PER
mengunjungi\tO
Medan\tB-LOC
.\tO

Gubernur\tO
Ridwan\tB-PER
Kamil\tI-PER
tiba\tO
di\tO
Bandung\tB-LOC
.\tO
`;

const EMPTY_RESOURCES: WordResources = { capitalisation: new Map(), clusters: new Map() };

describe('parseConll', () => {
  it('reads tab- and space-separated columns, CRLF, and keeps the last column as the tag', () => {
    const sentences = parseConll('Jokowi PROPN B-PER\r\ntiba VERB O\r\n\r\nDi\tO\n');
    assert.deepEqual(sentences, [
      { tokens: ['Jokowi', 'tiba'], tags: ['B-PER', 'O'] },
      { tokens: ['Di'], tags: ['O'] },
    ]);
  });

  it('drops repeated and excluded sentences whatever their case', () => {
    const a = { tokens: ['Ke', 'Bali'], tags: ['O', 'B-LOC'] };
    const b = { tokens: ['ke', 'bali'], tags: ['O', 'B-PLC'] };
    const c = { tokens: ['Di', 'Aceh'], tags: ['O', 'B-LOC'] };
    assert.deepEqual(deduplicate([a, b, c], new Set([sentenceKey(c.tokens)])), [a]);
  });
});

describe('entity scoring', () => {
  it('counts exact spans with their type, conlleval style', () => {
    assert.deepEqual(entitySpans(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-ORG']), [
      'PER@0-2',
      'LOC@3-4',
      'ORG@4-5',
    ]);
    const score = scoreEntities([['B-PER', 'I-PER', 'O', 'B-LOC']], [['B-PER', 'O', 'O', 'B-LOC']]);
    assert.equal(score.correct, 1);
    assert.equal(score.precision, 0.5);
    assert.equal(score.recall, 0.5);
  });
});

describe('viterbi', () => {
  it('never lets I-X follow O or another type', () => {
    const tags = ['O', 'B-PER', 'I-PER'];
    const allowed = allowedTransitions(tags);
    const emissions = Float64Array.from([0, 0, 5, 0, 0, 5]);
    const path = viterbi(emissions, new Float64Array(12), allowed, 3);
    assert.notEqual(path[0], 2);
  });
});

describe('trainTagger', () => {
  it('learns a tiny corpus and survives a save and load', () => {
    const sentences = parseConll(TRAINING);
    const model = trainTagger(sentences, EMPTY_RESOURCES, {
      epochs: 5,
      seed: 1,
      minFeatureCount: 1,
      pruneBelow: 0,
    });
    const tokens = ['Presiden', 'Joko', 'Widodo', 'tiba', 'di', 'Bandung', '.'];
    const expected = ['O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O'];
    assert.deepEqual(tagTokens(model, tokens), expected);
    const reloaded = decodeModel(encodeModel(model));
    assert.deepEqual(tagTokens(reloaded, tokens), expected);
  });
});

describe('word resources file', () => {
  it('round-trips, and stray whitespace tokens in the source never reach it', () => {
    const resources = learnWordResources(
      [
        ['Di', 'Jakarta', ' ', 'hujan', '\n'],
        ['Warga', 'Jakarta', 'dan', 'Bogor'],
      ],
      { fineClusters: 2, coarseClusters: 1, vocabularySize: 10, contextWords: 3, iterations: 2, seed: 1 },
    );
    const text = serialiseWordResources(resources);
    assert.ok(!text.includes(' '));
    assert.deepEqual(parseWordResources(text), resources);
    assert.equal(resources.capitalisation.get('jakarta'), 'A');
  });
});
