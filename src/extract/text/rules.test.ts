import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { RemovedKind, SourceHints } from '../../model/document.ts';
import type { TextExtraction } from '../types.ts';
import { readDateline } from './dateline.ts';
import { extractFromText } from './extract-text.ts';

const referenceDate = new Date('2026-11-23T00:00:00Z');

function extract(lines: string[], hints: SourceHints = {}, url: string | null = null): TextExtraction {
  return extractFromText(lines.join('\n'), { hints, url, referenceDate });
}

function kindOf(result: TextExtraction, text: string): RemovedKind | undefined {
  return result.removed.find((piece) => piece.text === text)?.kind;
}

describe('a Kompas-like page', () => {
  const page = [
    'Nasional',
    'Menteri Keuangan Umumkan Paket Stimulus Baru',
    'Kompas.com - 12/06/2023, 10:15 WIB',
    'Penulis Ahmad Naufal | Editor Sari Hardiyanto',
    'JAKARTA, KOMPAS.com - Menteri Keuangan mengumumkan paket stimulus baru untuk menjaga daya beli, Senin (12/6/2023).',
    'Baca juga: Harga Beras Naik Jelang Lebaran',
    'Paket tersebut mencakup bantuan tunai dan potongan pajak bagi usaha kecil di seluruh daerah.',
    '"Kami ingin memastikan ekonomi tetap tumbuh," ujarnya di Jakarta.',
    'Editor: Sari Hardiyanto',
    'Simak breaking news dan berita pilihan kami langsung di ponselmu melalui WhatsApp Channel.',
  ];
  const result = extract(page);

  test('keeps the three body paragraphs, dateline cut', () => {
    assert.deepEqual(result.text.split('\n\n'), [
      'Menteri Keuangan mengumumkan paket stimulus baru untuk menjaga daya beli, Senin (12/6/2023).',
      page[6],
      page[7],
    ]);
  });

  test('labels each removed line by kind', () => {
    assert.equal(kindOf(result, 'Nasional'), 'section');
    assert.equal(kindOf(result, 'Menteri Keuangan Umumkan Paket Stimulus Baru'), 'title');
    assert.equal(kindOf(result, 'Kompas.com - 12/06/2023, 10:15 WIB'), 'date');
    assert.equal(kindOf(result, 'Penulis Ahmad Naufal | Editor Sari Hardiyanto'), 'byline');
    assert.equal(kindOf(result, 'JAKARTA, KOMPAS.com -'), 'dateline');
    assert.equal(kindOf(result, 'Baca juga: Harga Beras Naik Jelang Lebaran'), 'related');
    assert.equal(kindOf(result, 'Editor: Sari Hardiyanto'), 'editor');
    assert.equal(kindOf(result, page[9] ?? ''), 'promo');
  });

  test('reads byline, outlet and the header date with its WIB offset', () => {
    assert.equal(result.byline, 'Ahmad Naufal');
    assert.equal(result.section, 'Nasional');
    assert.equal(result.outlet?.name, 'Kompas.com');
    assert.equal(result.published?.value, '2023-06-12T10:15+07:00');
    assert.equal(result.published?.inferred, false);
  });
});

describe('an English wire page', () => {
  const page = [
    'World',
    'Drone attack hits apartment block in Kyiv',
    'By Jane Doe',
    'Published: June 12, 2023 08:30 AM',
    'Share this article',
    'KYIV, June 12 (Reuters) - Russia launched a wave of drones at Kyiv overnight, officials said on Monday.',
    'Advertisement',
    "Air defences destroyed most of the drones, the city's military administration said.",
    'Related Articles',
    'Ukraine says counteroffensive is going to plan',
  ];
  const result = extract(page);

  test('strips share label, advertisement, dateline and the related block', () => {
    assert.equal(kindOf(result, 'Share this article'), 'share');
    assert.equal(kindOf(result, 'Advertisement'), 'promo');
    assert.equal(kindOf(result, 'KYIV, June 12 (Reuters) -'), 'dateline');
    assert.equal(kindOf(result, 'Related Articles'), 'related');
    assert.equal(kindOf(result, 'Ukraine says counteroffensive is going to plan'), 'related');
    assert.equal(result.text.split('\n\n').length, 2);
    assert.ok(result.text.startsWith('Russia launched a wave of drones'));
  });

  test('reads title, section, byline, outlet and date', () => {
    assert.equal(result.title, 'Drone attack hits apartment block in Kyiv');
    assert.equal(result.section, 'World');
    assert.equal(result.byline, 'Jane Doe');
    assert.equal(result.outlet?.name, 'Reuters');
    assert.equal(result.published?.value, '2023-06-12T08:30');
  });
});

describe('single rules', () => {
  test('a weekday that contradicts its date is reported, the date kept', () => {
    const result = extract([
      'Banjir Rendam Ratusan Rumah di Pesisir',
      'Senin, 13 Juli 2025 09:00 WIB',
      'Banjir merendam ratusan rumah warga di kawasan pesisir sejak dini hari tadi.',
    ]);
    assert.equal(result.published?.value, '2025-07-13T09:00+07:00');
    assert.equal(result.diagnostics[0]?.rule, 'published/weekday-mismatch');
    assert.match(result.diagnostics[0]?.message ?? '', /Monday, but 13 July 2025 is a Sunday/);
  });

  test('"Penulis:" and "Reporter:" lines are bylines wherever they stand', () => {
    const result = extract([
      'Pasar Murah Digelar di Lima Kecamatan',
      'Pemerintah kota menggelar pasar murah di lima kecamatan mulai pekan ini untuk menekan harga.',
      'Penulis: Rina Wulandari',
      'Reporter: Budi Hartono',
    ]);
    assert.equal(kindOf(result, 'Penulis: Rina Wulandari'), 'byline');
    assert.equal(kindOf(result, 'Reporter: Budi Hartono'), 'byline');
    assert.equal(result.byline, 'Rina Wulandari');
    assert.equal(result.text.split('\n\n').length, 1);
  });

  test('"Oleh X" is a byline, "Oleh karena itu" a sentence', () => {
    const result = extract([
      'Harga Cabai Melonjak Jelang Ramadan',
      'Oleh Budi Santoso',
      'Oleh karena itu, pemerintah daerah menggelar operasi pasar di tiga kecamatan pekan ini.',
    ]);
    assert.equal(result.byline, 'Budi Santoso');
    assert.equal(
      result.text,
      'Oleh karena itu, pemerintah daerah menggelar operasi pasar di tiga kecamatan pekan ini.',
    );
  });

  test('a bare "Baca Juga" takes the headline under it, not the next paragraph', () => {
    const result = extract([
      'Warga memadati alun-alun kota untuk menyaksikan pesta kembang api tahun baru.',
      'Baca Juga:',
      'Polisi Siagakan Ratusan Personel di Alun-alun',
      'Acara berlangsung tertib hingga lewat tengah malam menurut panitia setempat.',
    ]);
    assert.equal(kindOf(result, 'Polisi Siagakan Ratusan Personel di Alun-alun'), 'related');
    assert.equal(result.text.split('\n\n').length, 2);
  });

  test('a photo caption with its credit inside the body is cut; an agency note is not', () => {
    const caption = 'Warga mengungsi ke tempat yang lebih aman. (ANTARA FOTO/Budi Santoso/nym)';
    const note = 'Pasukan itu ditarik mundur dari perbatasan pada Selasa malam waktu setempat (Reuters/AFP)';
    const result = extract([
      'Gempa mengguncang wilayah selatan pulau itu pada Selasa pagi dan merusak puluhan rumah.',
      caption,
      note,
      'Petugas masih mendata kerusakan di sejumlah desa yang terdampak gempa tersebut.',
    ]);
    assert.equal(kindOf(result, 'Warga mengungsi ke tempat yang lebih aman.'), 'caption');
    assert.equal(kindOf(result, '(ANTARA FOTO/Budi Santoso/nym)'), 'credit');
    assert.ok(result.text.includes(note));
  });

  test('short lines after a colon at the end are a list, not leftovers', () => {
    const result = extract([
      'Pemerintah kota menyiapkan beberapa lokasi pengungsian bagi warga terdampak. Berikut daftarnya:',
      'Jakarta Utara',
      'Bekasi Timur',
    ]);
    assert.equal(result.text.split('\n\n').length, 3);
  });

  test('the outlet advertising itself goes; a sentence naming the outlet stays', () => {
    const result = extract(
      [
        'Harga cabai rawit di pasar induk naik dua kali lipat dalam sepekan terakhir.',
        'Lensa Kota juga menyajikan berbagai berita menarik lainnya seputar kota Anda',
        'Lensa Kota mencatat bahwa kenaikan serupa terjadi menjelang Lebaran tahun lalu.',
      ],
      { outlet: 'Lensa Kota' },
    );
    assert.equal(
      kindOf(result, 'Lensa Kota juga menyajikan berbagai berita menarik lainnya seputar kota Anda'),
      'promo',
    );
    assert.ok(result.text.includes('Lensa Kota mencatat bahwa kenaikan serupa terjadi'));
    assert.deepEqual(result.outlet, { name: 'Lensa Kota', evidence: 'Lensa Kota' });
  });

  test('the URL host names a known outlet; hints win for title, section and byline', () => {
    const result = extract(
      ['Judul Dari Halaman', 'Isi berita pertama yang cukup panjang untuk dianggap sebagai paragraf badan.'],
      { title: 'Judul Dari Halaman', section: 'Ekonomi', byline: 'Rina' },
      'https://nasional.kompas.com/read/2025/01/01/berita',
    );
    assert.deepEqual(result.outlet, { name: 'Kompas.com', evidence: 'nasional.kompas.com' });
    assert.equal(result.title, 'Judul Dari Halaman');
    assert.equal(kindOf(result, 'Judul Dari Halaman'), 'title');
    assert.equal(result.section, 'Ekonomi');
    assert.equal(result.byline, 'Rina');
  });

  test('no evidence, no outlet and no date', () => {
    const result = extract(['Sebuah paragraf tanpa tanda apa pun tentang tempat terbitnya atau tanggalnya.']);
    assert.equal(result.outlet, null);
    assert.equal(result.published, null);
  });
});

describe('readDateline', () => {
  test('reads place and outlet forms', () => {
    assert.equal(readDateline('Jakarta (ANTARA) - Presiden meresmikan jalan tol.')?.outlet, 'ANTARA');
    assert.equal(readDateline('TEMPO.CO, Jakarta - Harga emas turun.')?.outlet, 'TEMPO.CO');
    assert.equal(readDateline('Jakarta, CNBC Indonesia - Bursa dibuka menguat.')?.outlet, 'CNBC Indonesia');
    assert.equal(readDateline('JAKARTA, Kamis (15/8) - Harga minyak naik.')?.text, 'JAKARTA, Kamis (15/8) -');
    assert.equal(readDateline('KLIKWARTAKU — Pemimpin itu tiba.')?.uncertainName, 'KLIKWARTAKU');
  });

  test('does not take a sentence for a dateline', () => {
    assert.equal(readDateline('Kim Jong Un - yang kembali tampil - menyapa warga.'), null);
    assert.equal(readDateline('Menurut dia, harga naik - dan itu wajar.'), null);
  });
});

describe('staff bylines and outlet slogans', () => {
  test('a staff byline does not end the header, so the date line below it is read', () => {
    const result = extract([
      'Daerah',
      'Jembatan Gantung Desa Sukamaju Diresmikan',
      'Redaksi Warta Lembah',
      'Selasa, 4 Maret 2025 10:00 WIB',
      'LEMBAH, Warta Lembah - Jembatan gantung sepanjang 80 meter itu diresmikan Selasa pagi.',
      'Warta Lembah - Dekat dengan Warga',
    ]);
    assert.equal(kindOf(result, 'Redaksi Warta Lembah'), 'byline');
    assert.equal(result.published?.value, '2025-03-04T10:00+07:00');
    assert.equal(result.outlet?.name, 'Warta Lembah');
    assert.equal(kindOf(result, 'Warta Lembah - Dekat dengan Warga'), 'promo');
    assert.ok(!result.text.includes('Dekat dengan Warga'));
    assert.ok(result.text.includes('Jembatan gantung sepanjang 80 meter itu diresmikan Selasa pagi.'));
  });

  test('a body sentence that starts with the outlet name stays', () => {
    const result = extract([
      'JAKARTA, Warta Lembah - Harga cabai naik.',
      'Warta Lembah - yang memantau tiga pasar - mencatat kenaikan dua kali lipat sejak pekan lalu.',
    ]);
    assert.ok(result.text.includes('mencatat kenaikan dua kali lipat sejak pekan lalu.'));
  });
});
