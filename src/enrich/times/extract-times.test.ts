import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readSeed } from '../../../test/support/shared.ts';
import type { PublishedDate } from '../../model/document.ts';
import type { TimeExpression } from '../../model/time.ts';
import { extractTimes } from './extract-times.ts';

function published(value: string): PublishedDate {
  return { value, evidence: value, inferred: false };
}

function timeValue(times: TimeExpression[], text: string): string {
  const time = times.find((t) => t.text === text);
  assert.ok(time, `no time "${text}" among ${times.map((t) => t.text).join(' | ')}`);
  return time.value;
}

function timesIn(text: string, publishedOn: string | null): TimeExpression[] {
  const { times } = extractTimes(text, publishedOn === null ? null : published(publishedOn));
  for (const time of times) assert.equal(text.slice(time.start, time.end), time.text);
  return times;
}

function onlyValue(text: string, publishedOn: string): string {
  const times = timesIn(text, publishedOn);
  assert.equal(
    times.length,
    1,
    `expected one time in "${text}", got ${times.map((t) => t.text).join(' | ')}`,
  );
  return (times[0] as TimeExpression).value;
}

describe('extractTimes on the seed articles', () => {
  it('004 published 2025-08-15: dates, relative days, weekdays, months and years', () => {
    const times = timesIn(readSeed('004'), '2025-08-15');
    assert.equal(timeValue(times, 'Jumat (15/8/2025)'), '2025-08-15');
    assert.equal(timeValue(times, 'dua hari lalu'), '2025-08-13');
    assert.equal(timeValue(times, 'hari Kamis'), '2025-08-14');
    assert.equal(timeValue(times, 'tahun lalu'), '2024');
    assert.equal(timeValue(times, 'bulan April'), '2025-04');
    assert.equal(timeValue(times, 'tahun 2024'), '2024');
    assert.equal(timeValue(times, 'lebih dari tiga tahun'), 'P3Y');
    assert.equal(timeValue(times, 'Rabu (13/9/2023)'), '2023-09-13');
    // "… yang akan dilaksanakan di Alaska, AS, Jumat": the coming Friday, the publication day itself.
    assert.equal(timeValue(times, 'Jumat'), '2025-08-15');
  });

  it('001 published 2025-07 (month precision): "Juni tahun lalu" → 2024-06, "April lalu" → 2025-04', () => {
    const times = timesIn(readSeed('001'), '2025-07');
    assert.equal(timeValue(times, 'Juni tahun lalu'), '2024-06');
    assert.equal(timeValue(times, 'April lalu'), '2025-04');
    assert.equal(timeValue(times, 'setahun terakhir'), 'P1Y');
  });

  it('003 published 2023-06-12: months of last year, a bare month, a month-year and a year', () => {
    const times = timesIn(readSeed('003'), '2023-06-12');
    assert.equal(timeValue(times, 'Agustus tahun lalu'), '2022-08');
    assert.equal(timeValue(times, 'Agustus lalu'), '2022-08');
    assert.equal(timeValue(times, 'Bulan Maret'), '2023-03');
    assert.equal(timeValue(times, 'Juli 2022'), '2022-07');
    assert.equal(timeValue(times, '2019'), '2019');
    assert.equal(timeValue(times, '16 bulan'), 'P16M');
    assert.ok(times.every((t) => t.text !== '12 Juni' || t.value === '2023-06-12'));
  });

  it('002: "Sabtu, 12 Juli 2025" and "Minggu, 13 Juli 2025" without a publication date', () => {
    const { times, diagnostics } = extractTimes(readSeed('002'), null);
    assert.equal(timeValue(times, 'Sabtu, 12 Juli 2025'), '2025-07-12');
    assert.equal(timeValue(times, 'Minggu, 13 Juli 2025'), '2025-07-13');
    assert.ok(!diagnostics.some((d) => d.rule === 'times/weekday-mismatch'));
  });

  it('000 with no publication date leaves "Jumat (9/1)" out and says so', () => {
    const { times, diagnostics } = extractTimes(readSeed('000'), null);
    assert.ok(!times.some((t) => t.text.includes('9/1')));
    assert.ok(diagnostics.some((d) => d.rule === 'times/no-reference' && d.severity === 'info'));
  });
});

describe('extractTimes: dates', () => {
  const cases: [string, string, string][] = [
    ['Rapat digelar Sabtu, 12 Juli 2025 di Jakarta.', '2025-07-12', '2025-08-01'],
    ['Ia ditahan sejak Jumat (9/1) malam.', '2026-01-09', '2026-01-12'],
    ['Sidang pada 15/8/2025 ditunda.', '2025-08-15', '2025-09-01'],
    ['Dokumen bertanggal 2025-03-04 beredar.', '2025-03-04', '2025-09-01'],
    ['Acara pada 12 Juni berlangsung meriah.', '2025-06-12', '2025-06-20'],
    ['Kapal tiba 2 Januari.', '2026-01-02', '2025-12-28'],
    ['Rapat diadakan pada 3 April lalu.', '2025-04-03', '2025-05-01'],
    ['It was signed on August 15, 2025 in Alaska.', '2025-08-15', '2025-09-01'],
    ['It was signed on 15 August 2025 in Alaska.', '2025-08-15', '2025-09-01'],
    ['Turnamen digelar pada 14-17 Desember 2017.', '2017-12-14/2017-12-17', '2017-12-13'],
    ['Ahok diperiksa pada Senin (7/11) kemarin.', '2016-11-07', '2016-11-10'],
  ];
  for (const [sentence, value, publishedOn] of cases) {
    it(`${sentence} → ${value}`, () => assert.equal(onlyValue(sentence, publishedOn), value));
  }

  it('a weekday that contradicts its date gives a warning with its place', () => {
    const text = 'Ia tiba Senin (12/8/2025) pagi.';
    const { times, diagnostics } = extractTimes(text, published('2025-08-15'));
    assert.equal(times[0]?.value, '2025-08-12');
    const warning = diagnostics.find((d) => d.rule === 'times/weekday-mismatch');
    assert.ok(warning);
    assert.equal(warning.severity, 'warning');
    assert.equal(text.slice(warning.start, warning.end), 'Senin (12/8/2025) pagi');
  });
});

describe('extractTimes: months and years', () => {
  const cases: [string, string, string][] = [
    ['Harga naik pada Juli 2022.', '2022-07', '2025-08-15'],
    ['Ia menjabat pada 2019.', '2019', '2025-08-15'],
    ['Pajak naik tahun 2024.', '2024', '2025-08-15'],
    ['Kesepakatan diteken tahun lalu.', '2024', '2025-08-15'],
    ['Panen dimulai tahun depan.', '2026', '2025-08-15'],
    ['Pertemuan digelar Juni tahun lalu.', '2024-06', '2025-08-15'],
    ['Pyongyang mengakuinya pada April lalu.', '2025-04', '2025-08-15'],
    ['Pyongyang mengakuinya pada Agustus lalu.', '2024-08', '2025-08-15'],
    ['Pada bulan Maret, AS mengatakan hal itu.', '2025-03', '2025-08-15'],
    ['Pada bulan Maret, pemilu akan digelar.', '2026-03', '2025-08-15'],
    ['Harga turun bulan lalu.', '2025-07', '2025-08-15'],
    ['Harga naik bulan depan.', '2025-09', '2025-08-15'],
    ['Proyek selesai akhir tahun lalu.', '2024', '2025-08-15'],
  ];
  for (const [sentence, value, publishedOn] of cases) {
    it(`${sentence} → ${value}`, () => assert.equal(onlyValue(sentence, publishedOn), value));
  }
});

describe('extractTimes: relative days, weeks and weekdays (published Friday 2025-08-15)', () => {
  const cases: [string, string][] = [
    ['Ia datang kemarin.', '2025-08-14'],
    ['Ia datang hari ini.', '2025-08-15'],
    ['Ia datang besok.', '2025-08-16'],
    ['Ia menelepon dua hari lalu.', '2025-08-13'],
    ['Ia akan kembali tiga hari lagi.', '2025-08-18'],
    ['Rapat digelar pekan lalu.', '2025-W32'],
    ['Rapat digelar minggu lalu.', '2025-W32'],
    ['Rapat digelar pekan depan.', '2025-W34'],
    ['Delegasi tiba pada hari Kamis.', '2025-08-14'],
    ['Delegasi tiba Senin.', '2025-08-11'],
    ['Delegasi akan tiba Senin.', '2025-08-18'],
    ['KTT yang akan dilaksanakan di Alaska, Jumat.', '2025-08-15'],
    ['Ia ditangkap Senin lalu.', '2025-08-11'],
    ['Warga turun ke jalan pada Sabtu pekan lalu.', '2025-08-09'],
    ['"Kami akan datang," kata dia, Rabu.', '2025-08-13'],
  ];
  for (const [sentence, value] of cases) {
    it(`${sentence} → ${value}`, () => assert.equal(onlyValue(sentence, '2025-08-15'), value));
  }

  it('"Hari ini, Jumat (12/5)" takes the written date over a later publication date', () => {
    const times = timesIn('Hari ini, Jumat (12/5), sidang dimulai.', '2017-05-13');
    assert.deepEqual(
      times.map((t) => t.value),
      ['2017-05-12', '2017-05-12'],
    );
  });

  it('"salat Jumat" and "Pasar Minggu" are not dates', () => {
    assert.deepEqual(timesIn('Warga salat Jumat di Pasar Minggu.', '2025-08-15'), []);
  });

  it('relative expressions need a day-precise publication date', () => {
    const { times, diagnostics } = extractTimes('Ia datang kemarin.', published('2025-08'));
    assert.deepEqual(times, []);
    assert.ok(diagnostics.some((d) => d.rule === 'times/coarse-reference'));
  });
});

describe('extractTimes: clock times', () => {
  it('takes the date of the sentence and the zone offset', () => {
    const times = timesIn('Ia tiba Jumat (15/8/2025) pukul 13.00 WIB.', '2025-08-16');
    assert.equal(timeValue(times, 'pukul 13.00 WIB'), '2025-08-15T13:00+07:00');
  });

  it('falls back on the publication day, and reads WITA, WIT, ranges and parts of the day', () => {
    const times = timesIn(
      'Mulai pukul 10:00 WITA, lalu 20.30 WIT, pukul 09.00-12.00 WIB, pukul 8 malam.',
      '2025-08-15',
    );
    assert.deepEqual(
      times.map((t) => t.value),
      [
        '2025-08-15T10:00+08:00',
        '2025-08-15T20:30+09:00',
        '2025-08-15T09:00+07:00',
        '2025-08-15T12:00+07:00',
        '2025-08-15T20:00',
      ],
    );
  });

  it('"jam 11 siang" stays before noon, "pukul 2 siang" is 14:00', () => {
    const times = timesIn('Sejak jam 11 siang hingga pukul 2 siang.', '2025-08-15');
    assert.deepEqual(
      times.map((t) => t.value),
      ['2025-08-15T11:00', '2025-08-15T14:00'],
    );
  });
});

describe('extractTimes: durations', () => {
  const cases: [string, string, string][] = [
    ['Perang berlangsung selama 16 bulan.', '16 bulan', 'P16M'],
    ['Perang berlangsung lebih dari tiga tahun.', 'lebih dari tiga tahun', 'P3Y'],
    ['Kim mengirim pasukan selama setahun terakhir.', 'setahun terakhir', 'P1Y'],
    ['Ia divonis 1 tahun 6 bulan penjara.', '1 tahun 6 bulan', 'P1Y6M'],
    ['Baterai tahan 24 jam.', '24 jam', 'PT24H'],
    ['Ia mencatat 1 menit 43,96 detik.', '1 menit 43,96 detik', 'PT1M43.96S'],
    ['Antre setengah jam.', 'setengah jam', 'PT0.5H'],
  ];
  for (const [sentence, text, value] of cases) {
    it(`"${text}" → ${value}`, () => {
      const times = timesIn(sentence, '2025-08-15');
      assert.equal(timeValue(times, text), value);
      assert.equal(times.find((t) => t.text === text)?.duration, true);
    });
  }

  it('vague amounts are left out: "beberapa tahun terakhir", "bertahun-tahun"', () => {
    assert.deepEqual(timesIn('Dalam beberapa tahun terakhir ia dihukum bertahun-tahun.', '2025-08-15'), []);
  });
});

describe('extractTimes: English', () => {
  it('reads casual English through chrono-node when asked', () => {
    const text = 'The minister arrived yesterday and will leave next Monday.';
    const { times } = extractTimes(text, published('2025-08-15'), { language: 'en' });
    assert.equal(timeValue(times, 'yesterday'), '2025-08-14');
    assert.equal(timeValue(times, 'next Monday'), '2025-08-18');
  });
});

it('English spans of hours are not clock times', () => {
  const published = { value: '2025-03-03', evidence: 'March 3, 2025', inferred: false };
  const { times } = extractTimes(
    'The flood came after six hours of rain; within an hour the water was chest high. Officials spoke on Monday at 3 pm.',
    published,
    { language: 'en' },
  );
  const texts = times.map((t) => t.text);
  assert.ok(!texts.some((t) => /six hours|an hour/.test(t)), texts.join(' | '));
  assert.ok(
    times.some((t) => t.value === '2025-03-03' || t.value.startsWith('2025-03-03T15')),
    texts.join(' | '),
  );
});
