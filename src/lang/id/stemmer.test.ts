import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stem, stemCandidates } from './stemmer.ts';
import { isStopword } from './stopwords.ts';

describe('stem with the learned lexicon', () => {
  const cases: [string, string][] = [
    ['menulis', 'tulis'],
    ['memukul', 'pukul'],
    ['menyapu', 'sapu'],
    ['mendukung', 'dukung'],
    ['mengatakan', 'kata'],
    ['dikirimkan', 'kirim'],
    ['pengiriman', 'kirim'],
    ['pembangunan', 'bangun'],
    ['bersumpah', 'sumpah'],
    ['persahabatan', 'sahabat'],
    ['kedekatan', 'dekat'],
    ['diketahui', 'tahu'],
    ['memperjelas', 'jelas'],
    ['menghormati', 'hormat'],
    ['keputusannya', 'putus'],
    ['terlepas', 'lepas'],
    ['perdamaian', 'damai'],
    ['Penjualan', 'jual'],
    ['buku-buku', 'buku'],
  ];
  for (const [word, root] of cases) it(`${word} → ${root}`, () => assert.equal(stem(word), root));

  it('leaves roots that only look affixed', () => {
    for (const word of ['berita', 'pertama', 'perang', 'sekolah', 'pasukan', 'kalah'])
      assert.equal(stem(word), word);
  });

  it('lower-cases words it cannot stem', () => {
    assert.equal(stem('KCNA'), 'kcna');
    assert.equal(stem('COVID-19'), 'covid-19');
    assert.equal(stem(''), '');
  });
});

describe('stem by rules alone', () => {
  const noLexicon = null;
  it('restores the sound a nasal prefix replaced', () => {
    assert.equal(stem('menyapu', noLexicon), 'sapu');
    assert.equal(stem('memukul', noLexicon), 'pukul');
    assert.equal(stem('menulis', noLexicon), 'tulis');
    assert.equal(stem('mengambil', noLexicon), 'ambil');
  });

  it('offers every affix reading as a candidate', () => {
    const readings = stemCandidates('memakan');
    assert.ok(readings.includes('makan') && readings.includes('pakan'));
    assert.equal(readings[0], 'memakan');
  });

  it('never removes a prefix-suffix pair Indonesian does not combine', () => {
    assert.ok(!stemCandidates('disayangan').includes('sayang'));
  });
});

describe('isStopword', () => {
  it('knows function words, case-insensitively', () => {
    for (const word of ['yang', 'dan', 'Di', 'tersebut', 'bahwa', 'tidak']) assert.ok(isStopword(word), word);
    for (const word of ['presiden', 'Rusia', 'perang']) assert.ok(!isStopword(word), word);
  });
});
