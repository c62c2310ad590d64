import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readSeed } from '../../test/support/shared.ts';
import { normaliseForHash } from './content-hash.ts';

/** The regexes the hashes of existing stores were made with: the one-pass version must agree with them exactly. */
const reference = (content: string): string =>
  content
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+$/gm, '')
    .replace(/\s+$/, '')
    .normalize('NFC');

test('normalisation for the hash gives what the regexes gave, on every mix of spaces and line ends', () => {
  // Every string of up to 6 of these characters: spaces of three kinds, the line ends the regex's
  // `$` knows (\n, \r, U+2028) and a letter; then a few with U+2029, NBSP, a BOM and a decomposed é.
  const alphabet = ['a', ' ', '\t', '\n', '\r', '\u2028', '\u3000'];
  const strings: string[] = [''];
  for (let length = 1; length <= 6; length++) {
    for (const s of strings.filter((x) => x.length === length - 1)) for (const c of alphabet) strings.push(s + c);
  }
  for (const s of strings) assert.equal(normaliseForHash(s), reference(s), JSON.stringify(s));
  for (const s of ['e\u0301 \u2029 \u00a0x', ' \u2029\u2028 b\n', '\ufeff \u2028', 'a \u2029']) {
    assert.equal(normaliseForHash(s), reference(s), JSON.stringify(s));
  }
  const seed = readSeed('001');
  assert.equal(normaliseForHash(seed.replace(/\n/g, ' \t\r\n')), reference(seed.replace(/\n/g, ' \t\r\n')));
});

test('a long run of tabs inside an article is normalised in linear time (found by the parser fuzzer)', () => {
  // The fuzzer's input (seed 1, html #13), reduced to what matters: a page with 60,000 tabs mid-text
  // took 11.7 s to extract, all of it in /[^\S\n]+$/gm, which retries the run from each of its
  // starts (n² steps). One pass takes milliseconds; a second is room for a loaded machine.
  const text = `${readSeed('002')}${'\t'.repeat(240_000)}akhir`;
  const started = performance.now();
  const normalised = normaliseForHash(text);
  const ms = performance.now() - started;
  assert.ok(normalised.endsWith('\takhir'), 'spaces before a word are not line ends and stay');
  assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
});
