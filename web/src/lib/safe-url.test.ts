import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeHttpUrl } from './safe-url.ts';

test('only absolute http(s) URLs become links', () => {
  assert.equal(safeHttpUrl('https://contoh.id/berita?id=1'), 'https://contoh.id/berita?id=1');
  assert.equal(safeHttpUrl(' http://contoh.id '), 'http://contoh.id/');
  for (const bad of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,x',
    '/relative',
    '',
    null,
    undefined,
  ])
    assert.equal(safeHttpUrl(bad), null, String(bad));
});
