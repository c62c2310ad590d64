import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { english, englishEntityMentions, englishUnitFamily, recognizeEnglishEntities } from './index.ts';

describe('English tokenizer', () => {
  it('keeps offsets, numbers, abbreviations and possessives', () => {
    const text = "Mr. Putin's army lost 11,000 troops in the U.S.-backed war, officials said.";
    const tokens = english.tokenize(text);
    for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.text);
    assert.deepEqual(
      tokens.slice(0, 6).map((token) => token.text),
      ['Mr.', 'Putin', "'s", 'army', 'lost', '11,000'],
    );
    assert.equal(tokens.find((token) => token.text === '11,000')?.kind, 'number');
  });
});

describe('English sentences', () => {
  it('splits at sentence ends but not after titles, initials or decimals', () => {
    const text =
      'Mr. Smith paid $3.5 million to J. R. Jones. "It was fair," he said.\nHeadline without stop\nNext line.';
    const sentences = english.sentences(text).map((span) => text.slice(span.start, span.end));
    assert.deepEqual(sentences, [
      'Mr. Smith paid $3.5 million to J. R. Jones.',
      '"It was fair," he said.',
      'Headline without stop',
      'Next line.',
    ]);
  });
});

describe('English pack', () => {
  it('stems, lower-cases and knows stopwords', () => {
    assert.equal(english.code, 'en');
    assert.equal(english.stem('Attacks'), 'attack');
    assert.equal(english.stem("Putin's"), 'putin');
    assert.equal(english.isStopword('The'), true);
    assert.equal(english.isStopword('earthquake'), false);
  });

  it('maps unit words to language-neutral families', () => {
    assert.equal(englishUnitFamily('soldiers'), 'troops');
    assert.equal(englishUnitFamily('dollars'), 'USD');
    assert.equal(englishUnitFamily('bananas'), null);
  });
});

describe('recognizeEnglishEntities', () => {
  const text =
    'Russian Foreign Minister Sergei Lavrov met Kim Jong Un in Pyongyang on Saturday. ' +
    'Lavrov said the talks with the Ministry of Foreign Affairs went well, and Samsung Electronics Co. shares rose. ' +
    'The meeting was reported by KCNA. Police in Croydon said.';
  const spans = recognizeEnglishEntities(text);
  const typed = (surface: string) => spans.find((span) => span.text === surface);

  it('types names by titles, organisation words, gazetteer and prepositions', () => {
    for (const span of spans) assert.equal(text.slice(span.start, span.end), span.text);
    assert.equal(typed('Russian')?.type, 'LOC');
    assert.equal(typed('Russian')?.canonical, 'Russia');
    assert.equal(typed('Sergei Lavrov')?.type, 'PER');
    assert.equal(typed('Pyongyang')?.type, 'LOC');
    assert.equal(typed('Ministry of Foreign Affairs')?.type, 'ORG');
    assert.equal(typed('Samsung Electronics Co.')?.type, 'ORG');
    assert.equal(typed('KCNA')?.type, 'ORG');
    assert.equal(typed('Croydon')?.type, 'LOC');
    assert.equal(typed('Saturday'), undefined);
    assert.equal(typed('The'), undefined);
  });

  it('links a bare surname to the full name seen before', () => {
    assert.equal(typed('Lavrov')?.canonical, 'Sergei Lavrov');
    assert.equal(typed('Lavrov')?.type, 'PER');
    const lavrov = englishEntityMentions(text).find((entity) => entity.entity === 'en:sergei-lavrov');
    assert.equal(lavrov?.mentions.length, 2);
  });
});
