import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readSeed, seedFiles } from '../../../test/support/shared.ts';
import { type DigitRule, NUMBER_START_PATTERNS, numberStarts } from './number-starts.ts';

const ODD_TEXTS = [
  'Dua-duanya, dua puluh, DUA, tigapuluh, x2, 11.000, 1,5, Rp5.000, a-tiga, tiga-a',
  'ñdua, dua\u00e9, ſatu, 𝐀dua',
  'sepertiga, seperempat juta; 10/11/2017 (9/1) -3 +4 #5 é6 6é 7’ ‘8',
  'satu',
  '9',
  '',
];

function viaMatchAll(text: string, rule: DigitRule): number[] {
  return [...text.matchAll(new RegExp(NUMBER_START_PATTERNS[rule]))].map((match) => match.index);
}

describe('numberStarts', () => {
  it('gives exactly the match starts of its pattern, on real articles and odd text', () => {
    const texts = [...seedFiles().map((file) => readSeed(file.split('/').pop()!.slice(0, 3))), ...ODD_TEXTS];
    for (const rule of ['every-digit', 'separate-digits'] as const) {
      for (const text of texts) {
        assert.deepEqual(
          [...numberStarts(text, rule)],
          viaMatchAll(text, rule),
          `${rule}: ${text.slice(0, 40)}`,
        );
      }
    }
  });
});
