import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readSeed } from '../../../test/support/shared.ts';
import { stripClosingOrnament } from './paragraph-strips.ts';

/** The regex the ornament was found with before: the backwards reading must find exactly what it found. */
const FORWARD = /\s*(?:\*{3,}|(?:\*\s){2,}\*|#{3,}|~{3,}|={3,})\s*$/u;
function forward(paragraph: string): ReturnType<typeof stripClosingOrnament> {
  const match = FORWARD.exec(paragraph);
  if (!match || match.index === 0) return { text: paragraph, removed: [] };
  return { text: paragraph.slice(0, match.index), removed: [{ text: match[0].trim(), kind: 'other', rule: 'ornament' }] };
}

test('a closing ornament is found as the forward regex found it, on every short mix of its characters', () => {
  // Every string of up to 6 of these: the ornament signs, spaces of three kinds, a letter.
  const alphabet = ['*', '#', '=', ' ', '\n', '\u3000', 'a'];
  let strings = [''];
  for (let length = 1; length <= 6; length++) {
    strings = strings.flatMap((s) => (s.length === length - 1 ? [s, ...alphabet.map((c) => s + c)] : [s]));
  }
  for (const s of strings) assert.deepEqual(stripClosingOrnament(s), forward(s), JSON.stringify(s));
  const paragraph = readSeed('003').split('\n\n')[1]!;
  for (const end of [' ***', '\n* * *\n', ' ~~~~', '***', ' * *']) {
    assert.deepEqual(stripClosingOrnament(paragraph + end), forward(paragraph + end), JSON.stringify(end));
  }
  assert.equal(stripClosingOrnament(`${paragraph} ***`).text, paragraph, 'the ornament and its space go');
});

test('a long run of spaces inside a paragraph costs linear time (found by the parser fuzzer)', () => {
  // The fuzzer's input (seed 2, jsonl #108), reduced to what matters: a JSONL record with 63,000
  // spaces mid-paragraph took 5.4 s to extract, all in the forward ornament regex (n² steps).
  const paragraph = readSeed('001').split('\n\n')[1]!;
  for (const run of [' ', '*', '* ']) {
    const text = `${paragraph}${run.repeat(250_000)}akhir.`;
    const started = performance.now();
    const stripped = stripClosingOrnament(text);
    const ms = performance.now() - started;
    assert.equal(stripped.text, text, 'no ornament closes it');
    assert.ok(ms < 1000, `${JSON.stringify(run)}: took ${ms.toFixed(0)} ms`);
  }
});
