import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readSeed, seedFiles } from '../../../test/support/shared.ts';
import { ANCHORED_PATTERNS } from './anchored.ts';
import './extract-times.ts';

const ODD_TEXTS = [
  "Jum'at (9/1) jumat JUM’AT Senin,(12/6/2023) pukul 10.00 WIB, jam 8 malam, sehari lalu, SEPEKAN lalu",
  'ſelasa lalu, Ǩamis, ñ2019, 2018an, tahun 2019, awal Juni 2020, pertengahan tahun lalu, (1/2) x(3/4)',
  'Sept. 12, 2017 · Friday, August 15, 2025 · 14-17 Desember 2017 · 2025-08-15 · 13/07/2025',
  'kemarin lusa, besok, esok hari, hari ini, Senin (7/11) kemarin, Rabu (16/8/2017) malam, setahun terakhir',
  '',
];

function signature(matches: Iterable<RegExpExecArray | RegExpMatchArray>): string {
  return JSON.stringify([...matches].map((match) => [match.index, [...match], match.indices]));
}

describe('AnchoredPattern', () => {
  it('finds exactly what matchAll finds, for every time pattern', () => {
    assert.ok(ANCHORED_PATTERNS.length >= 10);
    const texts = [...seedFiles().map((file) => readSeed(file.split('/').pop()!.slice(0, 3))), ...ODD_TEXTS];
    for (const anchored of ANCHORED_PATTERNS) {
      for (const text of texts) {
        const expected = signature(text.matchAll(new RegExp(anchored.pattern)));
        assert.equal(signature(anchored.matchAll(text)), expected, `${anchored.pattern.source.slice(0, 50)}`);
      }
    }
  });
});
