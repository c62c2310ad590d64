import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isValidDate, monthNumber, weekdayNumber, weekdayOf } from './calendar.ts';

test('month and weekday names resolve in Indonesian and English', () => {
  assert.equal(monthNumber('Agustus'), 8);
  assert.equal(monthNumber('Okt.'), 10);
  assert.equal(monthNumber('August'), 8);
  assert.equal(monthNumber('Kamis'), null);
  assert.equal(weekdayNumber("Jum'at"), 5);
  assert.equal(weekdayNumber('Minggu'), 0);
});

test('weekdayOf matches the calendar and isValidDate rejects impossible days', () => {
  assert.equal(weekdayOf(2025, 7, 13), 0); // Minggu, 13 Juli 2025
  assert.equal(weekdayOf(2026, 1, 9), 5); // Jumat (9/1/2026)
  assert.equal(isValidDate(2025, 2, 29), false);
  assert.equal(isValidDate(2024, 2, 29), true);
});
