import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readSeed, seedFiles } from '../../../test/support/shared.ts';
import { forEachWord, isAsciiLetter, isAsciiLetterOrDigit, type WordPattern } from './word-scan.ts';

const PATTERNS: Record<string, WordPattern> = {
  letters: {
    pattern: /\p{L}+(?:[-'’]\p{L}+)*/gu,
    isWordChar: isAsciiLetter,
    isJoiner: (code) => code === 45 || code === 39,
    marks: false,
  },
  withMarks: {
    pattern: /[\p{L}\p{M}\p{N}]+(?:[.'’][\p{L}\p{M}\p{N}]+)*/gu,
    isWordChar: isAsciiLetterOrDigit,
    isJoiner: (code) => code === 46 || code === 39,
    marks: false,
  },
  wordsAndMarks: {
    pattern: /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|\S/gu,
    isWordChar: isAsciiLetterOrDigit,
    isJoiner: (code) => code === 45 || code === 39 || code === 46,
    marks: true,
  },
};

const ODD_TEXTS = [
  "Jong-un, Ma'ruf, Ma’ruf, S.H., B.J. Habibie -- x- -y 'a' a'' a-'b",
  'Đặng Thị Ngọc, café, e\u0301t\u00e9, naïve-ish, 𝐀𝐁𝐂 👍🏽 ok',
  '  \t\n\u00a0\u2028 end. 11.000,5 Rp5.000 a.b.c. x.-y ‘q’ “z”',
  'trailing-',
  "x'",
  '',
];

function viaMatchAll(text: string, pattern: RegExp): Array<[number, number]> {
  return [...text.matchAll(new RegExp(pattern))].map((match) => [match.index, match.index + match[0].length]);
}

describe('forEachWord', () => {
  it('finds exactly the matches of the pattern, on real articles and odd text', () => {
    const texts = [...seedFiles().map((file) => readSeed(file.split('/').pop()!.slice(0, 3))), ...ODD_TEXTS];
    for (const [name, spec] of Object.entries(PATTERNS)) {
      for (const text of texts) {
        const found: Array<[number, number]> = [];
        forEachWord(text, spec, (start, end) => found.push([start, end]));
        assert.deepEqual(found, viaMatchAll(text, spec.pattern), `${name}: ${text.slice(0, 40)}`);
      }
    }
  });
});
