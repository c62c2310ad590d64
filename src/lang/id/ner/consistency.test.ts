import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityType } from '../../../model/entity.ts';
import { harmoniseEntities } from './consistency.ts';
import type { RecognizedSpan } from './recognize.ts';

function spansOf(text: string, found: [string, EntityType, number?][]): RecognizedSpan[] {
  return found.map(([name, type, from]) => {
    const start = text.indexOf(name, from ?? 0);
    return { start, end: start + name.length, text: name, type };
  });
}

describe('harmoniseEntities', () => {
  it('joins a name split in two when the whole name is recognised elsewhere', () => {
    const text = 'Kim Jong Un tiba. Kim Jong Un pergi.';
    const spans = spansOf(text, [
      ['Kim', 'PER'],
      ['Jong Un', 'ORG'],
      ['Kim Jong Un', 'PER', 10],
    ]);
    const result = harmoniseEntities(text, spans);
    assert.deepEqual(
      result.map((span) => [span.text, span.type, span.start]),
      [
        ['Kim Jong Un', 'PER', 0],
        ['Kim Jong Un', 'PER', 18],
      ],
    );
  });

  it('gives every occurrence the type most occurrences have, and leaves ties alone', () => {
    const text = 'Bogor, Bogor, Bogor; Garuda, Garuda';
    const spans = spansOf(text, [
      ['Bogor', 'LOC', 0],
      ['Bogor', 'ORG', 7],
      ['Bogor', 'LOC', 14],
      ['Garuda', 'ORG', 21],
      ['Garuda', 'PRD', 29],
    ]);
    const types = harmoniseEntities(text, spans).map((span) => span.type);
    assert.deepEqual(types, ['LOC', 'LOC', 'LOC', 'ORG', 'PRD']);
  });
});
