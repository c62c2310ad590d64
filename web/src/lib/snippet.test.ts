import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSnippet } from './snippet.ts';

test('bracketed terms become matches and the rest stays text', () => {
  assert.deepEqual(parseSnippet('warga [mengungsi] setelah [banjir].'), [
    { text: 'warga ', match: false },
    { text: 'mengungsi', match: true },
    { text: ' setelah ', match: false },
    { text: 'banjir', match: true },
    { text: '.', match: false },
  ]);
});

test('markup in a snippet is just text, and stray brackets stay literal', () => {
  assert.deepEqual(parseSnippet('<img src=x onerror=alert(1)> [Banjir'), [
    { text: '<img src=x onerror=alert(1)> [Banjir', match: false },
  ]);
  assert.deepEqual(parseSnippet('a ] b [] c [[x] d'), [
    { text: 'a ] b [] c [', match: false },
    { text: 'x', match: true },
    { text: ' d', match: false },
  ]);
  assert.deepEqual(parseSnippet(''), []);
});
