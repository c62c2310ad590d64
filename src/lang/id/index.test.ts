import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indonesian } from './index.ts';

describe('the Indonesian language pack', () => {
  it('offers tokens, sentences, stems and stopwords behind one interface', () => {
    const text = 'Menteri itu mengatakan hal tersebut. Ia lalu pergi.';
    assert.equal(indonesian.code, 'id');
    assert.equal(indonesian.sentences(text).length, 2);
    assert.equal(indonesian.tokenize(text)[0]?.text, 'Menteri');
    assert.equal(indonesian.stem('mengatakan'), 'kata');
    assert.ok(indonesian.isStopword('tersebut'));
  });
});
