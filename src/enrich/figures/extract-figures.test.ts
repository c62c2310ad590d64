import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readSeed } from '../../../test/support/shared.ts';
import type { Figure } from '../../model/figure.ts';
import { extractFigures } from './extract-figures.ts';

function only(text: string): Figure {
  const figures = extractFigures(text);
  assert.equal(figures.length, 1, `expected one figure in "${text}", got ${JSON.stringify(figures)}`);
  return figures[0] as Figure;
}

function find(figures: Figure[], text: string): Figure {
  const figure = figures.find((f) => f.text === text);
  assert.ok(figure, `no figure "${text}" among ${figures.map((f) => f.text).join(' | ')}`);
  return figure;
}

function assertSpansExact(text: string, figures: Figure[]): void {
  for (const figure of figures) assert.equal(text.slice(figure.start, figure.end), figure.text);
}

describe('extractFigures on the seed articles', () => {
  it('001: "sekitar 11.000 tentara" is about 11000 troops, "ribuan pekerja" an order of magnitude', () => {
    const text = readSeed('001');
    const figures = extractFigures(text);
    assertSpansExact(text, figures);
    assert.deepEqual(pick(find(figures, 'sekitar 11.000 tentara')), [11000, 'about', 'tentara', 'count']);
    assert.deepEqual(pick(find(figures, 'ribuan pekerja')), [1000, 'order-of-magnitude', 'pekerja', 'count']);
  });

  it('004: "lebih dari 10.000 tentara" is more-than, "600 tentara" exact, "tahun 2024" no figure', () => {
    const text = readSeed('004');
    const figures = extractFigures(text);
    assertSpansExact(text, figures);
    assert.deepEqual(pick(find(figures, 'lebih dari 10.000 tentara')), [
      10000,
      'more-than',
      'tentara',
      'count',
    ]);
    assert.deepEqual(pick(find(figures, '600 tentara')), [600, 'exact', 'tentara', 'count']);
    assert.deepEqual(pick(find(figures, 'lebih dari tiga tahun')), [3, 'more-than', 'tahun', 'duration']);
    assert.ok(!figures.some((f) => /2024|2025|15\/8|13:12|dua hari/.test(f.text)), 'dates are not figures');
  });

  it('003: "lebih dari dua lusin jenis senjata" is 24, more-than, "jenis senjata"; 16 months a duration', () => {
    const text = readSeed('003');
    const figures = extractFigures(text);
    assertSpansExact(text, figures);
    assert.deepEqual(pick(find(figures, 'lebih dari dua lusin jenis senjata')), [
      24,
      'more-than',
      'jenis senjata',
      'count',
    ]);
    assert.deepEqual(pick(find(figures, '16 bulan')), [16, 'exact', 'bulan', 'duration']);
    assert.ok(!figures.some((f) => /12 Juni|2019|1945|2022/.test(f.text)), 'dates and years are not figures');
  });

  it('000: "ribuan pasukan" is an order of magnitude of 1000 troops; "Jumat (9/1)" is no figure', () => {
    const text = readSeed('000');
    const figures = extractFigures(text);
    assertSpansExact(text, figures);
    assert.deepEqual(pick(find(figures, 'ribuan pasukan')), [1000, 'order-of-magnitude', 'pasukan', 'count']);
    assert.equal(figures.length, 1);
  });
});

function pick(figure: Figure): [number, string, string | null, string | undefined] {
  return [figure.value, figure.qualifier, figure.unit, figure.kind];
}

describe('extractFigures: notation and number words', () => {
  const cases: [string, string, number, string, string | null][] = [
    ['Harganya Rp 1,24 triliun.', 'Rp 1,24 triliun', 1.24e12, 'exact', 'IDR'],
    ['Harganya Rp1,24 triliun.', 'Rp1,24 triliun', 1.24e12, 'exact', 'IDR'],
    ['Investasi US$3 miliar masuk.', 'US$3 miliar', 3e9, 'exact', 'USD'],
    ['Harga minyak 74 dollar AS per barel.', '74 dollar AS per barel', 74, 'exact', 'USD per barel'],
    ['Tiketnya Rp 500 ribu.', 'Rp 500 ribu', 500_000, 'exact', 'IDR'],
    ['Nilainya 5.152,69 ton.', '5.152,69 ton', 5152.69, 'exact', 'ton'],
    ['Suku bunga naik 1,5 persen.', '1,5 persen', 1.5, 'exact', 'persen'],
    ['Inflasi naik 20%.', '20%', 20, 'exact', 'persen'],
    ['Dana Rp 4 miliar-Rp 5 miliar disiapkan.', 'Rp 4 miliar-Rp 5 miliar', 4e9, 'range', 'IDR'],
    ['Harganya sekitar Rp 4 jutaan.', 'sekitar Rp 4 jutaan', 4e6, 'about', 'IDR'],
    ['Ia menunggu dua puluh lima orang.', 'dua puluh lima orang', 25, 'exact', 'orang'],
    ['Ada seratus dua puluh tiga rumah rusak.', 'seratus dua puluh tiga rumah', 123, 'exact', 'rumah'],
    [
      'Ia datang bersama tiga ratus ribu pendukung.',
      'tiga ratus ribu pendukung',
      300_000,
      'exact',
      'pendukung',
    ],
    ['Kami menunggu satu setengah tahun.', 'satu setengah tahun', 1.5, 'exact', 'tahun'],
    ['Ia membeli selusin telur.', 'selusin telur', 12, 'exact', 'telur'],
    ['Pawai diikuti puluhan ribu orang.', 'puluhan ribu orang', 10_000, 'order-of-magnitude', 'orang'],
    ['Ratusan warga mengungsi.', 'Ratusan warga', 100, 'order-of-magnitude', 'warga'],
    ['Survei kepada 1000 orang tua murid.', '1000 orang tua', 1000, 'exact', 'orang tua'],
    ['Sebanyak 50 ekor sapi dikurbankan.', '50 ekor sapi', 50, 'exact', 'sapi'],
    ['Sekitar 70 km/jam.', 'Sekitar 70 km/jam', 70, 'about', 'km per jam'],
    ['Mereka menjual 16 WNI lain.', '16 WNI', 16, 'exact', 'WNI'],
  ];
  for (const [sentence, text, value, qualifier, unit] of cases) {
    it(`"${text}" → ${value} ${qualifier} ${unit}`, () => {
      const figure = only(sentence);
      assert.equal(figure.text, text);
      assert.equal(figure.value, value);
      assert.equal(figure.qualifier, qualifier);
      assert.equal(figure.unit, unit);
      assert.equal(sentence.slice(figure.start, figure.end), figure.text);
    });
  }

  it('money, percent, duration and measure carry their kind', () => {
    const kinds = extractFigures('Rp 5 juta, 20 persen, 16 bulan, 5 km dan 3 orang.').map((f) => f.kind);
    assert.deepEqual(kinds, ['money', 'percent', 'duration', 'measure', 'count']);
  });
});

describe('extractFigures: qualifiers', () => {
  const cases: [string, string, number][] = [
    ['sekitar 10 orang', 'about', 10],
    ['kurang lebih 10 orang', 'about', 10],
    ['kira-kira 10 orang', 'about', 10],
    ['lebih dari 10 orang', 'more-than', 10],
    ['di atas 10 persen', 'more-than', 10],
    ['100 orang lebih', 'more-than', 100],
    ['kurang dari 10 orang', 'less-than', 10],
    ['di bawah 10 persen', 'less-than', 10],
    ['hampir 40 ribu orang', 'less-than', 40_000],
    ['setidaknya 10 orang', 'at-least', 10],
    ['sedikitnya 10 orang', 'at-least', 10],
    ['paling sedikit 10 orang', 'at-least', 10],
    ['minimal 10 orang', 'at-least', 10],
    ['maksimal 10 orang', 'at-most', 10],
    ['paling banyak 10 orang', 'at-most', 10],
    ['hingga 10 orang', 'at-most', 10],
    ['tidak lebih dari 10 orang', 'at-most', 10],
  ];
  for (const [phrase, qualifier, value] of cases) {
    it(`"${phrase}" → ${qualifier}`, () => {
      const figure = only(`Pihaknya menyebut ${phrase} terdampak.`);
      assert.equal(figure.text, phrase);
      assert.equal(figure.qualifier, qualifier);
      assert.equal(figure.value, value);
    });
  }

  it('ranges: "antara 10 dan 20", "10-20", "10 hingga 20" give value and valueMax', () => {
    for (const phrase of ['antara 10 dan 20 orang', '10-20 orang', '10 hingga 20 orang']) {
      const figure = only(`Korban ${phrase} dilaporkan.`);
      assert.equal(figure.text, phrase);
      assert.deepEqual(
        [figure.value, figure.valueMax, figure.qualifier, figure.unit],
        [10, 20, 'range', 'orang'],
      );
    }
  });

  it('"dari 10 persen hingga 20 persen" is a change between two exact figures, not "up to 20"', () => {
    const figures = extractFigures('Angkanya naik dari 10 persen hingga 20 persen.');
    assert.deepEqual(
      figures.map((f) => [f.text, f.qualifier]),
      [
        ['10 persen', 'exact'],
        ['20 persen', 'exact'],
      ],
    );
  });

  it('"lebih" before an adjective is a comparative, not more-than', () => {
    assert.equal(only('Jumlahnya tiga kali lebih besar.').qualifier, 'exact');
  });
});

describe('extractFigures: what is not a figure', () => {
  const notFigures: [string, string][] = [
    ['dates', 'Ia tiba pada 12 Juli 2025 dan Jumat (9/1), lalu 15/8/2025.'],
    ['clock times', 'Acara dimulai pukul 10.00 WIB, selesai 13:12.'],
    ['years', 'Pada 2019 dan tahun 2024 ia menjabat.'],
    ['ordinals', 'Ia menjadi juara ke-3 dan pertama kali keempat.'],
    ['reduplication', 'Ia menunggu bertahun-tahun, satu-satunya yang bertahan.'],
    ['idioms', 'Ia salah satu tokoh, saling membantu satu sama lain, di satu sisi.'],
    ['indefinite se- words', 'Seorang warga membawa sebuah tas.'],
    ['names and codes', 'KTT G20 membahas jet Su-57, Liga 1 dan iPhone 7 hingga COVID-19.'],
    ['phone numbers', 'Hubungi 0812-3456-7890 atau +62 21 555.'],
    ['match scores', 'Persib menang 2-1 atas Persija, dan Kamerun 0-2 Cile.'],
    ['labels', 'Pasal 27 ayat (3) dan nomor 10 pada menit 89.'],
    ['time points', 'Ia datang dua hari lalu dan pulang tiga tahun silam.'],
    ['capitalised number words in names', 'Warga Lima Puluh Koto bertemu Inspektur Polisi Satu Bima.'],
    ['decades', 'Musik era 90-an kembali.'],
    ['regulation numbers', 'Sesuai UU Nomor 11 Tahun 2008 tentang ITE.'],
  ];
  for (const [label, sentence] of notFigures) {
    it(label, () => assert.deepEqual(extractFigures(sentence), []));
  }
});
