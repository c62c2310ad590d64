import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDateMentions, mentionIso } from './date-mentions.ts';
import { latestYearForWeekday } from './infer-year.ts';
import { type PublishedDateInput, readPublishedDate } from './published-date.ts';
import { durationBound, lastYearLink, pastYearMentions } from './year-clues.ts';

const referenceDate = new Date('2026-11-23T00:00:00Z');

function read(input: Partial<PublishedDateInput>) {
  return readPublishedDate({
    hints: {},
    headerDateLines: [],
    dateline: null,
    paragraphs: [],
    referenceDate,
    ...input,
  });
}

describe('findDateMentions', () => {
  const iso = (text: string) => findDateMentions(text).map((m) => mentionIso(m) ?? `${m.day}/${m.month}`);

  test('reads Indonesian, English, numeric and ISO forms, only as precise as written', () => {
    assert.deepEqual(iso('15 August 2025 13:12'), ['2025-08-15T13:12']);
    assert.deepEqual(iso('Minggu, 13 Juli 2025'), ['2025-07-13']);
    assert.deepEqual(iso('KCNA, Jumat (15/8/2025), sebagaimana'), ['2025-08-15']);
    assert.deepEqual(iso('13/07/2025 10:00 WIB'), ['2025-07-13T10:00+07:00']);
    assert.deepEqual(iso('2025-08-15T13:12:00+0700'), ['2025-08-15T13:12+07:00']);
    assert.deepEqual(iso('Sunday, Dec. 31, 2017.'), ['2017-12-31']);
    assert.deepEqual(iso('pada Jumat (9/1) tersebut'), ['9/1']);
  });

  test('leaves counts and decimals alone', () => {
    assert.deepEqual(iso('sekitar 11.000 tentara dan 2,5 juta warga'), []);
    assert.deepEqual(iso('pada 12 Juni 2023. 15.000 orang mengungsi'), ['2023-06-12']);
  });
});

describe('readPublishedDate', () => {
  test('a hint is read first, in any common form', () => {
    assert.equal(
      read({ hints: { published: '2025-08-15T13:12:00+07:00' } }).published?.value,
      '2025-08-15T13:12+07:00',
    );
    assert.equal(
      read({ hints: { published: 'Fri, 15 Aug 2025 06:12:00 GMT' } }).published?.value,
      '2025-08-15T06:12Z',
    );
    const odd = read({ hints: { published: 'kemarin sore' } });
    assert.equal(odd.published, null);
    assert.equal(odd.diagnostics[0]?.rule, 'published/unparseable-hint');
  });

  test('a header date line beats dates in the body', () => {
    const result = read({
      headerDateLines: ['Minggu, 13 Juli 2025'],
      paragraphs: ['Pertemuan digelar pada Sabtu, 12 Juli 2025, kata juru bicara, Senin (14/7/2025).'],
    });
    assert.deepEqual(result.published, {
      value: '2025-07-13',
      evidence: 'Minggu, 13 Juli 2025',
      inferred: false,
      reasoning: 'Read from the header date line. Sunday matches 13 July 2025.',
    });
  });

  test('a dateline weekday date takes the latest fitting year', () => {
    const result = read({ dateline: 'JAKARTA, Kamis (15/8) -', paragraphs: ['Harga minyak naik tajam.'] });
    assert.equal(result.published?.value, '2024-08-15');
    assert.equal(result.published?.inferred, true);
  });

  test('in the body, the report date wins over the event date', () => {
    const result = read({
      paragraphs: [
        'Pertemuan berlangsung pada Sabtu, 12 Juli 2025 di ibu kota.',
        'Hal itu disampaikan dalam laporan yang dirilis pada Minggu, 13 Juli 2025.',
      ],
    });
    assert.equal(result.published?.value, '2025-07-13');
    assert.equal(result.published?.evidence, 'dirilis pada Minggu, 13 Juli 2025');
  });

  test('an English report weekday and a day in the text give the year', () => {
    const result = read({
      paragraphs: [
        'The agency said on Monday that talks would resume.',
        'The statement was published June 12.',
      ],
    });
    assert.equal(result.published?.value, '2023-06-12');
    assert.match(result.published?.reasoning ?? '', /12 June is a Monday in 2023/);
  });

  test('a weekday that contradicts its date becomes a diagnostic', () => {
    const result = read({ paragraphs: ['Sidang digelar pada Senin, 13 Juli 2025 di Jakarta.'] });
    assert.equal(result.diagnostics.length, 1);
    assert.equal(result.diagnostics[0]?.rule, 'published/weekday-mismatch');
    assert.equal(result.diagnostics[0]?.severity, 'warning');
  });

  test('"Juni tahun lalu" next to "Juni 2024" fixes the year 2025, and nothing more', () => {
    const result = read({
      paragraphs: ['Pakta itu diteken pada Juni 2024.', 'Sejak Juni tahun lalu, kedua negara makin dekat.'],
    });
    assert.equal(result.published?.value, '2025');
    assert.equal(result.published?.evidence, 'Juni tahun lalu');
  });

  test('relative words alone give nothing; no date is ever today', () => {
    const result = read({
      paragraphs: ['Pyongyang mengakui keterlibatannya pada April lalu dan Juni tahun lalu.'],
    });
    assert.equal(result.published, null);
  });
});

describe('year clues', () => {
  test('past years bound publication from below; plans, amounts and counts do not', () => {
    const bounds = pastYearMentions(
      'Pada Juli 2022 dan pada 2019; target hingga 2030; sekitar 2000 tentara; Rp 2018.',
      2026,
    );
    assert.deepEqual(
      bounds.map((b) => [b.year, b.month]),
      [
        [2022, 7],
        [2019, null],
      ],
    );
  });

  test('a duration tied to a dated start gives a later bound', () => {
    const bound = durationBound(
      'Perang yang dimulai sejak Februari 2022 itu telah berlangsung selama 16 bulan.',
    );
    assert.deepEqual([bound?.year, bound?.month], [2023, 6]);
    const entering = durationBound('Invasi sejak Februari 2022 kini memasuki tahun keempat.');
    assert.deepEqual([entering?.year, entering?.month], [2025, 2]);
  });

  test('"Juni tahun lalu" needs the same month with a year', () => {
    assert.equal(lastYearLink('Juni tahun lalu, mereka bertemu. Pada April 2024 pula.'), null);
    assert.equal(lastYearLink('Juni tahun lalu, mereka bertemu. Pada Juni 2024 pula.')?.year, 2025);
  });

  test('the weekday picks the latest year inside the window', () => {
    assert.equal(latestYearForWeekday(1, 9, 5, referenceDate, { lower: null, fixed: null }), 2026);
    assert.equal(latestYearForWeekday(6, 12, 1, referenceDate, { lower: null, fixed: null }), 2023);
    const after2024 = { lower: { year: 2024, month: 7, text: 'Juli 2024' }, fixed: null };
    assert.equal(latestYearForWeekday(6, 12, 1, referenceDate, after2024), null);
  });
});
