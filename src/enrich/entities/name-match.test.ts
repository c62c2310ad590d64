import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameKeyTokens } from './name-key.ts';
import {
  editDistance,
  isSpellingVariant,
  personNameRelation,
  sameLengthNameRelation,
  shortFormPosition,
} from './name-match.ts';

const t = nameKeyTokens;

test('edit distance counts swaps as one edit and stops above the limit', () => {
  assert.equal(editDistance('valdimir', 'vladimir', 2), 1);
  assert.equal(editDistance('kementrian', 'kementerian', 2), 1);
  assert.equal(editDistance('putin', 'lavrov', 1), 2);
  assert.equal(isSpellingVariant('valdimir', 'vladimir'), true);
  assert.equal(isSpellingVariant('hasan', 'husin'), false);
  assert.equal(isSpellingVariant('jong', 'yong'), false);
});

test('same-length names: one spelling slip at most, the rest identical or transliterated', () => {
  assert.equal(sameLengthNameRelation(t('Valdimir Putin'), t('Vladimir Putin'), true)?.relation, 'spelling');
  assert.equal(
    sameLengthNameRelation(t('Sergey Lavrov'), t('Sergei Lavrov'), true)?.relation,
    'transliteration',
  );
  assert.equal(sameLengthNameRelation(t('V. Putin'), t('Vladimir Putin'), true)?.relation, 'initial');
  assert.equal(sameLengthNameRelation(t('V. Putin'), t('Vladimir Putin'), false), null);
  assert.equal(sameLengthNameRelation(t('Kim Jong Un'), t('Kim Jong Il'), true), null);
  assert.equal(sameLengthNameRelation(t('Korea Utara'), t('Korea Selatan'), false), null);
  assert.equal(sameLengthNameRelation(t('Valdimir Putni'), t('Vladimir Putin'), true), null);
});

test('person names of different lengths need matching first and last names', () => {
  assert.ok(personNameRelation(t('Sergei Viktorovich Lavrov'), t('Sergey Lavrov')));
  assert.equal(personNameRelation(t('Kim Jong Un'), t('Kim Yo Jong')), null);
  assert.equal(personNameRelation(t('Anna Lavrov'), t('Sergei Lavrov')), null);
});

test('short forms are the start or the end of a longer name', () => {
  assert.equal(shortFormPosition(t('Putin'), t('Vladimir Putin')), 'last');
  assert.equal(shortFormPosition(t('Kim'), t('Kim Jong Un')), 'first');
  assert.equal(shortFormPosition(t('Jong'), t('Kim Jong Un')), null);
  assert.equal(shortFormPosition(t('Kim Jong Un'), t('Kim Jong Un')), null);
});
