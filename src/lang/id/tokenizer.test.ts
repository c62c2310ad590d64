import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitClitic, tokenize } from './tokenizer.ts';

function texts(text: string): string[] {
  return tokenize(text).map((token) => token.text);
}

describe('tokenize', () => {
  it('keeps offsets that point back into the text', () => {
    const text = 'Presiden  Rusia\tVladimir Putin,\n“bertemu” Kim.';
    for (const token of tokenize(text)) assert.equal(text.slice(token.start, token.end), token.text);
  });

  it('keeps the period of abbreviations and initials', () => {
    assert.deepEqual(texts('Prof. Dr. H. Ahmad tinggal di Jl. Merdeka No. 7.'), [
      'Prof.',
      'Dr.',
      'H.',
      'Ahmad',
      'tinggal',
      'di',
      'Jl.',
      'Merdeka',
      'No.',
      '7',
      '.',
    ]);
    assert.deepEqual(texts('Hj. Siti, S.H., M.Si. dan dr. Budi'), [
      'Hj.',
      'Siti',
      ',',
      'S.H.',
      ',',
      'M.Si.',
      'dan',
      'dr.',
      'Budi',
    ]);
    assert.deepEqual(texts('PT Maju Tbk. a.n. Andi, buah, sayur, dll. dsb.'), [
      'PT',
      'Maju',
      'Tbk.',
      'a.n.',
      'Andi',
      ',',
      'buah',
      ',',
      'sayur',
      ',',
      'dll.',
      'dsb.',
    ]);
  });

  it('reads Indonesian numbers and dates as single tokens', () => {
    const tokens = tokenize(
      'sekitar 11.000 tentara, naik 1,5 persen ke 5.152,69 pada 13/9/2023 dan Jumat (9/1).',
    );
    const numbers = tokens.filter((token) => token.kind === 'number').map((token) => token.text);
    assert.deepEqual(numbers, ['11.000', '1,5', '5.152,69', '13/9/2023', '9/1']);
    assert.deepEqual(texts('(9/1).').slice(0, 3), ['(', '9/1', ')']);
    assert.deepEqual(texts('Rp5.000'), ['Rp', '5.000']);
  });

  it('keeps hyphenated names and reduplication whole', () => {
    assert.deepEqual(texts('hubungan Rusia-Korut dan puja-puji'), [
      'hubungan',
      'Rusia-Korut',
      'dan',
      'puja-puji',
    ]);
    assert.deepEqual(texts('anak-anak ke-2'), ['anak-anak', 'ke-2']);
  });

  it('separates a hyphenated clitic from the name', () => {
    assert.deepEqual(texts('Putin-pun setuju, Jakarta-lah tempatnya'), [
      'Putin',
      '-pun',
      'setuju',
      ',',
      'Jakarta',
      '-lah',
      'tempatnya',
    ]);
  });

  it('makes every quotation mark its own token', () => {
    const text = '“a” "b" ‘c’ «d» „e" \'f\'';
    const marks = tokenize(text)
      .filter((token) => token.kind === 'punct')
      .map((token) => token.text);
    assert.deepEqual(marks, ['“', '”', '"', '"', '‘', '’', '«', '»', '„', '"', "'", "'"]);
  });

  it('keeps URLs, e-mail addresses and domains whole, without trailing punctuation', () => {
    assert.deepEqual(texts('Baca https://kompas.com/read/2023/09/13/abc?x=1, atau mureks.co.id.'), [
      'Baca',
      'https://kompas.com/read/2023/09/13/abc?x=1',
      ',',
      'atau',
      'mureks.co.id',
      '.',
    ]);
    assert.deepEqual(texts('Kirim ke redaksi@detik.com sekarang'), [
      'Kirim',
      'ke',
      'redaksi@detik.com',
      'sekarang',
    ]);
  });

  it('handles empty text, other scripts and symbols', () => {
    assert.deepEqual(tokenize(''), []);
    assert.deepEqual(texts('北京 Москва 100% #Pemilu2024'), ['北京', 'Москва', '100', '%', '#Pemilu2024']);
    assert.equal(tokenize('100%')[1]?.kind, 'symbol');
  });
});

describe('splitClitic', () => {
  it('splits hyphenated clitics and a fused -nya', () => {
    assert.deepEqual(splitClitic('Putin-pun'), { base: 'Putin', clitic: 'pun' });
    assert.deepEqual(splitClitic('keputusannya'), { base: 'keputusan', clitic: 'nya' });
  });

  it('leaves roots that merely end like a clitic', () => {
    assert.deepEqual(splitClitic('hanya'), { base: 'hanya', clitic: null });
    assert.deepEqual(splitClitic('sekolah'), { base: 'sekolah', clitic: null });
    assert.deepEqual(splitClitic('ampun'), { base: 'ampun', clitic: null });
  });

  it('splits fused -lah/-kah only when a lexicon knows the base', () => {
    const known = new Set(['benar', 'dia']);
    const isKnown = (word: string) => known.has(word);
    assert.deepEqual(splitClitic('benarlah', isKnown), { base: 'benar', clitic: 'lah' });
    assert.deepEqual(splitClitic('diakah', isKnown), { base: 'dia', clitic: 'kah' });
    assert.deepEqual(splitClitic('sekolah', isKnown), { base: 'sekolah', clitic: null });
  });
});
