import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readSeed, seedFiles } from '../../../../test/support/shared.ts';
import { splitSentences } from '../sentences.ts';
import { tokenize } from '../tokenizer.ts';
import { exactSumsPossible } from './exact-sums.ts';
import { tokenFeatures, viewSentence } from './features.ts';
import { shippedNerModel } from './index.ts';
import { emissionScores, type NerModel } from './tagger.ts';
import { trainTagger } from './train.ts';

/** The definition the fast path must reproduce: every feature string of every token, summed in order. */
function scoresFromFeatureStrings(model: NerModel, tokens: readonly string[]): Float64Array {
  const tagCount = model.tags.length;
  const scores = new Float64Array(tokens.length * tagCount);
  const view = viewSentence(tokens, model.resources);
  for (let i = 0; i < tokens.length; i++) {
    for (const feature of tokenFeatures(view, i)) {
      const row = model.features.get(feature);
      if (row === undefined) continue;
      for (let tag = 0; tag < tagCount; tag++) {
        scores[i * tagCount + tag]! += model.weights[row * tagCount + tag]!;
      }
    }
  }
  return scores;
}

function seedSentences(): string[][] {
  return seedFiles().flatMap((file) => {
    const text = readSeed(file.split('/').pop()!.slice(0, 3));
    const tokens = tokenize(text);
    return splitSentences(text, tokens).map((span) =>
      tokens.filter((token) => token.start >= span.start && token.end <= span.end).map((token) => token.text),
    );
  });
}

/** Tokens that put `|`, the edge marker and odd characters into joined feature values. */
const ODD_SENTENCES = [
  ['|', 'Jakarta', '|', '|', 'Rp', '11.000', '|'],
  ['<s>', '"', 'Kim', '|', 'Jong', '-', 'un', '”', '2018'],
  ['x'],
  ['Đặng', 'Thị', 'Ngọc', 'Thịnh', '—', 'ÉCOLE', '½', '👍'],
];

describe('emissionScores', () => {
  it('equals the sum of the feature strings on every sentence of the seeds, bit for bit', () => {
    const model = shippedNerModel();
    for (const tokens of [...seedSentences(), ...ODD_SENTENCES]) {
      assert.deepEqual(
        emissionScores(model, tokens),
        scoresFromFeatureStrings(model, tokens),
        tokens.join(' '),
      );
    }
  });

  it('reads joined values containing `|` the way the feature strings do', () => {
    const sentences = [
      { tokens: ['A', '|', 'B', '|', 'C'], tags: ['B-ORG', 'O', 'B-ORG', 'O', 'B-ORG'] },
      { tokens: ['|', '|', 'x', '|'], tags: ['O', 'O', 'B-PER', 'O'] },
    ];
    const model = trainTagger(
      sentences,
      { capitalisation: new Map(), clusters: new Map() },
      {
        epochs: 3,
        seed: 1,
        minFeatureCount: 1,
        pruneBelow: 0,
      },
    );
    for (const tokens of [...sentences.map((s) => s.tokens), ['|', 'A', '|', '|'], ['x', '|', '|', 'B']]) {
      assert.deepEqual(emissionScores(model, tokens), scoresFromFeatureStrings(model, tokens));
    }
  });

  it("adds the rows in the features' order when the weights could round", () => {
    const model = shippedNerModel();
    const weights = Float32Array.from(model.weights, (weight, cell) =>
      cell % 7 === 3 ? weight * 1e-20 : weight,
    );
    assert.equal(exactSumsPossible(weights, 35), false);
    const rounding: NerModel = { ...model, weights };
    for (const tokens of seedSentences().slice(0, 40)) {
      assert.deepEqual(emissionScores(rounding, tokens), scoresFromFeatureStrings(rounding, tokens));
    }
  });
});

describe('exactSumsPossible', () => {
  it('holds for 16-bit steps of one scale, not for weights far apart in size', () => {
    const steps = Float32Array.from([1, -2, 32767, 0, -32767], (step) => step * 0.0123);
    assert.equal(exactSumsPossible(steps, 64), true);
    assert.equal(exactSumsPossible(Float32Array.from([1e-30, 1]), 2), false);
    assert.equal(exactSumsPossible(new Float32Array(3), 10), true);
  });
});
