import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './index.ts';

describe('recognizeEntities on a 1 MB paragraph', () => {
  it('finishes and keeps offsets valid when nothing ends a sentence', () => {
    const phrase = 'rombongan Gubernur Sulawesi Selatan berkeliling kampung tanpa henti ';
    const text = phrase.repeat(Math.ceil(1_000_000 / phrase.length));
    const spans = recognizeEntities(text);
    assert.ok(spans.length > 0);
    const last = spans[spans.length - 1]!;
    assert.equal(text.slice(last.start, last.end), last.text);
  });
});
