import assert from 'node:assert/strict';
import { test } from 'node:test';
import { daysBetween, formatDuration, formatPartialDate, formatQuantity, qualifierLabel } from './format.ts';

test('dates are shown only as precise as they were stated, clock time as written', () => {
  assert.equal(formatPartialDate('2025'), '2025');
  assert.equal(formatPartialDate('2025-03'), 'Maret 2025');
  assert.equal(formatPartialDate('2025-03-02'), '2 Mar 2025');
  assert.equal(formatPartialDate('2025-03-10T09:30+07:00'), '10 Mar 2025 09.30 +07:00');
  assert.equal(formatPartialDate('2025-08-15T13:12'), '15 Agu 2025 13.12');
  assert.equal(formatPartialDate('2025-W10'), 'pekan ke-10 2025');
  assert.equal(formatPartialDate('kemarin'), 'kemarin');
  assert.equal(formatPartialDate(null), '');
});

test('quantities read the Indonesian way', () => {
  assert.equal(formatQuantity(4_500_000_000, 'IDR'), 'Rp 4.500.000.000');
  assert.equal(formatQuantity(12_000_000, 'USD'), 'USD 12.000.000');
  assert.equal(formatQuantity(1200, 'warga'), '1.200 warga');
  assert.equal(formatQuantity(2.5, null), '2,5');
  assert.equal(qualifierLabel('more-than'), 'lebih dari');
  assert.equal(qualifierLabel('whatever'), 'whatever');
});

test('days between dates need a day on both sides', () => {
  assert.equal(daysBetween('2025-03-02', '2025-03-10T09:30+07:00'), 8);
  assert.equal(daysBetween('2025-03', '2025-03-10'), null);
});

test('durations read as words', () => {
  assert.equal(formatDuration('P16M'), '16 bulan');
  assert.equal(formatDuration('P14D'), '14 hari');
  assert.equal(formatDuration('PT6H'), '6 jam');
  assert.equal(formatDuration('P1Y6M'), '1 tahun 6 bulan');
  assert.equal(formatDuration('PT30M'), '30 menit');
  assert.equal(formatDuration('P'), 'P');
  assert.equal(formatDuration('sebentar'), 'sebentar');
});
