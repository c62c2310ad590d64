import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.ts';

function sentences(text: string): string[] {
  return splitSentences(text).map((span) => text.slice(span.start, span.end));
}

describe('splitSentences', () => {
  it('splits on . ! ? before a capital', () => {
    assert.deepEqual(sentences('Hujan turun. Jalan banjir! Apakah sekolah libur? Belum tahu.'), [
      'Hujan turun.',
      'Jalan banjir!',
      'Apakah sekolah libur?',
      'Belum tahu.',
    ]);
  });

  it('does not split after titles, initials, degrees or inside numbers', () => {
    assert.deepEqual(
      sentences(
        'Prof. Dr. H. Ahmad, S.H., M.Si. menyebut harga 1,5 juta di Jl. Sudirman No. 5 naik 11.000 kali. Ia heran.',
      ),
      [
        'Prof. Dr. H. Ahmad, S.H., M.Si. menyebut harga 1,5 juta di Jl. Sudirman No. 5 naik 11.000 kali.',
        'Ia heran.',
      ],
    );
    assert.deepEqual(sentences('Nilai itu 5.152,69 poin pada pukul 10.30 WIB.'), [
      'Nilai itu 5.152,69 poin pada pukul 10.30 WIB.',
    ]);
  });

  it('splits after a phrase-ending abbreviation only before a capital', () => {
    assert.deepEqual(sentences('Mereka membawa beras, gula, dll. Kemudian pulang.'), [
      'Mereka membawa beras, gula, dll.',
      'Kemudian pulang.',
    ]);
    assert.deepEqual(sentences('Ada beras, gula, dll. yang dibagikan.'), [
      'Ada beras, gula, dll. yang dibagikan.',
    ]);
  });

  it('keeps closing quotes with their sentence and lets a quote open the next', () => {
    assert.deepEqual(sentences('“Kami siap.” Menteri itu lalu pergi. "Tidak ada masalah," katanya.'), [
      '“Kami siap.”',
      'Menteri itu lalu pergi.',
      '"Tidak ada masalah," katanya.',
    ]);
    assert.deepEqual(sentences('«Kapan?» tanya dia. ‘Besok,’ jawabnya.'), [
      '«Kapan?» tanya dia.',
      '‘Besok,’ jawabnya.',
    ]);
  });

  it('does not split before a lower-case word', () => {
    assert.deepEqual(sentences('“Merdeka!” seru mereka.'), ['“Merdeka!” seru mereka.']);
  });

  it('always breaks at a blank line, even without punctuation', () => {
    assert.deepEqual(sentences('Judul tanpa titik\n\nparagraf kedua dimulai kecil'), [
      'Judul tanpa titik',
      'paragraf kedua dimulai kecil',
    ]);
  });

  it('keeps dates in brackets and URLs inside the sentence', () => {
    assert.deepEqual(sentences('Kim berbicara pada Jumat (9/1). Sumber: kompas.com. Selesai.'), [
      'Kim berbicara pada Jumat (9/1).',
      'Sumber: kompas.com.',
      'Selesai.',
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    assert.deepEqual(splitSentences(''), []);
    assert.deepEqual(splitSentences('  \n\n '), []);
  });
});
