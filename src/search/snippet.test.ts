import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeSnippet } from './snippet.ts';
import { wordExpr } from './text-expr.ts';

test('words found by their stem are marked, adjacent finds share a mark, text brackets become parentheses', () => {
  const text = 'Pyongyang [foto] mengirim pasukan. Korea Utara membantah.';
  assert.equal(
    makeSnippet(text, [wordExpr('kirim'), { op: 'phrase', words: ['korea', 'utara'] }], 'id'),
    'Pyongyang (foto) [mengirim] pasukan. [Korea Utara] membantah.',
  );
});

test('the window is where most different words are found, and the cut is shown', () => {
  const filler = Array.from({ length: 40 }, (_, i) => `kata${i}`).join(' ');
  const text = `banjir di awal. ${filler} banjir dan longsor melanda desa. ${filler}`;
  const snippet = makeSnippet(text, [wordExpr('banjir'), wordExpr('longsor')], 'id');
  assert.match(snippet, /^….*\[banjir\] dan \[longsor\] melanda desa.* …$/);
});

test('a document the text does not match (found by entity link alone) shows its lead', () => {
  assert.equal(makeSnippet('Satu dua tiga.', [wordExpr('banjir')], 'id'), 'Satu dua tiga.');
});
