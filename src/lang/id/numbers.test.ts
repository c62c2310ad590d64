import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseNumeral, readNumber } from './numbers.ts';

describe('parseNumeral', () => {
  const cases: [string, number | null][] = [
    ['11.000', 11_000],
    ['1.000.000', 1_000_000],
    ['1,5', 1.5],
    ['5.152,69', 5152.69],
    ['0,25', 0.25],
    ['1.5', 1.5],
    ['10,000,000', 10_000_000],
    ['1,234.5', 1234.5],
    ['2019', 2019],
    ['6.0.1', null],
    ['1.22.333', null],
  ];
  for (const [numeral, value] of cases) {
    it(`${numeral} → ${value}`, () => assert.equal(parseNumeral(numeral), value));
  }
});

describe('readNumber', () => {
  const cases: [string, number, boolean][] = [
    ['1,24 triliun', 1.24e12, false],
    ['500 ribu', 500_000, false],
    ['200 ribuan', 200_000, false],
    ['satu', 1, false],
    ['sepuluh', 10, false],
    ['sebelas', 11, false],
    ['dua belas', 12, false],
    ['dua puluh lima', 25, false],
    ['seratus', 100, false],
    ['seribu', 1000, false],
    ['tiga ratus', 300, false],
    ['seratus dua puluh tiga', 123, false],
    ['dua juta tiga ratus ribu', 2_300_000, false],
    ['setengah', 0.5, false],
    ['satu setengah', 1.5, false],
    ['setengah juta', 500_000, false],
    ['selusin', 12, false],
    ['dua lusin', 24, false],
    ['puluhan', 10, true],
    ['ratusan', 100, true],
    ['ribuan', 1000, true],
    ['jutaan', 1e6, true],
    ['puluhan ribu', 10_000, true],
  ];
  for (const [text, value, orderOfMagnitude] of cases) {
    it(`"${text}" → ${value}`, () => {
      const reading = readNumber(`${text} orang`, 0);
      assert.ok(reading);
      assert.equal(reading.value, value);
      assert.equal(reading.orderOfMagnitude, orderOfMagnitude);
      assert.equal(reading.end, text.length);
    });
  }

  it('stops where the number words stop being one number', () => {
    assert.equal(readNumber('dua tiga orang', 0)?.value, 2);
    assert.equal(readNumber('dua puluh lima puluh', 0)?.value, 25);
  });

  it('refuses doubled words and words glued to digits', () => {
    assert.equal(readNumber('satu-satunya', 0), null);
    assert.equal(readNumber('dua-duanya', 0), null);
    assert.equal(readNumber('tiga4', 0), null);
  });
});
