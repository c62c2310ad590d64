import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldKey, initialsOf, isAcronym, isWellFormedName, nameKey, nameTokens } from './name-key.ts';

test('nameKey ignores case, hyphens, periods and accents', () => {
  assert.equal(nameKey('Kim Jong-un'), nameKey('Kim jong Un'));
  assert.equal(nameKey('Kim Jong Un'), 'kim jong un');
  assert.equal(nameKey('B.J. Habibie'), 'bj habibie');
  assert.equal(nameKey('Perserikatan Bangsa-Bangsa'), 'perserikatan bangsa bangsa');
  assert.equal(nameKey('Türkiye'), 'turkiye');
  assert.deepEqual(nameTokens('(Putin)'), ['Putin']);
});

test('foldKey joins transliteration and old-spelling variants only', () => {
  assert.equal(foldKey('Sergei Lavrov'), foldKey('Sergey Lavrov'));
  assert.equal(foldKey('Dmitry Peskov'), foldKey('Dmitriy Peskov'));
  assert.equal(foldKey('Aleksei Navalny'), foldKey('Alexey Navalny'));
  assert.equal(foldKey('Soeharto'), foldKey('Suharto'));
  assert.equal(foldKey('Jusuf Kalla'), foldKey('Yusuf Kalla'));
  assert.equal(foldKey('Mikhail Mishustin'), foldKey('Mihail Mishustin'));
  assert.equal(foldKey('Volodymyr Zelensky'), foldKey('Volodymyr Zelenskyy'));
  assert.notEqual(foldKey('Kim Jong Un'), foldKey('Kim Yo Jong'));
  assert.notEqual(foldKey('Korea Utara'), foldKey('Korea Selatan'));
});

test('acronyms, initials and well-formed names', () => {
  assert.equal(isAcronym('KCNA'), true);
  assert.equal(isAcronym('AS'), true);
  assert.equal(isAcronym('PDI-P'), true);
  assert.equal(isAcronym('Korut'), false);
  assert.equal(isAcronym('NasDem'), false);
  const functionWords = new Set(['dan']);
  assert.ok(initialsOf('Komisi Pemberantasan Korupsi', functionWords).includes('kpk'));
  assert.ok(initialsOf('Perserikatan Bangsa-Bangsa', functionWords).includes('pbb'));
  assert.ok(initialsOf('Badan Pengawas Obat dan Makanan', functionWords).includes('bpom'));
  assert.equal(isWellFormedName('Kim Jong Un', new Set()), true);
  assert.equal(isWellFormedName('Kim jong Un', new Set()), false);
  assert.equal(isWellFormedName('Osama bin Laden', new Set(['bin'])), true);
});
