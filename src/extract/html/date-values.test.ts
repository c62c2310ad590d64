import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readMachineDate, readWrittenDate } from './date-values.ts';

describe('readMachineDate', () => {
  it('keeps the clock time and zone as written, without seconds', () => {
    assert.deepEqual(readMachineDate('2025-07-13T14:30:59+07:00'), {
      value: '2025-07-13T14:30+07:00',
      evidence: '2025-07-13T14:30:59+07:00',
    });
    assert.equal(readMachineDate('2025-07-13 23:05:00 -0400')?.value, '2025-07-13T23:05-04:00');
    assert.equal(readMachineDate('2025-03-05T01:15:00.000Z')?.value, '2025-03-05T01:15Z');
    assert.equal(readMachineDate('2025-07-13T14:30')?.value, '2025-07-13T14:30');
  });

  it('is only as precise as the value', () => {
    assert.equal(readMachineDate('2025-07-13')?.value, '2025-07-13');
    assert.equal(readMachineDate('2025/4/29')?.value, '2025-04-29');
    assert.equal(readMachineDate('20250713')?.value, '2025-07-13');
  });

  it('reads epochs and written dates, and rejects nonsense', () => {
    assert.equal(readMachineDate('1752390000')?.value, '2025-07-13T07:00');
    assert.equal(readMachineDate('Sun, 13 Jul 2025 10:00:00 GMT')?.value, '2025-07-13T10:00');
    assert.equal(readMachineDate('2025-02-30'), null);
    assert.equal(readMachineDate('kemarin'), null);
    assert.equal(readMachineDate('1200-01-01'), null);
  });
});

describe('readWrittenDate', () => {
  it('reads Indonesian dates with WIB clock times', () => {
    assert.deepEqual(readWrittenDate('Senin, 14 Juli 2025 09:45 WIB'), {
      value: '2025-07-14T09:45',
      evidence: '14 Juli 2025 09:45',
    });
    assert.equal(readWrittenDate('Jumat, 1 Agu 2025 | 19.05 WIB')?.value, '2025-08-01T19:05');
    assert.equal(readWrittenDate('Diterbitkan 3 Nopember 2024')?.value, '2024-11-03');
  });

  it('reads English month-first dates with am/pm', () => {
    assert.equal(readWrittenDate('Posted on July 4th, 2024 at 3:15 pm')?.value, '2024-07-04T15:15');
    assert.equal(readWrittenDate('Dec. 19, 2025 · Updated')?.value, '2025-12-19');
  });

  it('reads numeric dates day first only when unambiguous or the locale says so', () => {
    assert.equal(readWrittenDate('13/07/2025')?.value, '2025-07-13');
    assert.equal(readWrittenDate('05/07/2025'), null);
    assert.equal(readWrittenDate('05/07/2025', true)?.value, '2025-07-05');
  });
});
