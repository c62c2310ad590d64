import assert from 'node:assert/strict';
import { test } from 'node:test';
import { displaySource } from '../../src/serve/http/display-source.ts';

test('a source is shown as its URL, relative to the server, or by its file name', () => {
  assert.equal(displaySource('https://kabar.test/a.html'), 'https://kabar.test/a.html');
  assert.equal(displaySource('/srv/data/arsip.jsonl#3', 'https://kabar.test/b'), 'https://kabar.test/b');
  assert.equal(displaySource('/srv/warta/news/a.txt', null, '/srv/warta'), 'news/a.txt');
  assert.equal(displaySource('/home/budi/rahasia/arsip.jsonl#12', null, '/srv/warta'), 'arsip.jsonl#12');
  assert.equal(displaySource('/srv/wartawan/a.txt', null, '/srv/warta'), 'a.txt', 'a sibling directory is outside');
  assert.equal(displaySource('news/a.txt', null, '/srv/warta'), 'news/a.txt', 'a relative path as given');
});
