import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../../model/entity.ts';
import { enrichEntities } from './enrich-entities.ts';
import { listRecognizer } from './list-recognizer.ts';
import { EntityRegistry } from './registry.ts';
import type { RecognizedSpan } from './types.ts';

test('enrichEntities returns entities in order of first mention with global names and roles', () => {
  const registry = new EntityRegistry();
  enrichEntities('Sergey Lavrov tiba.', 'a', listRecognizer([['Sergey Lavrov', 'PER']]), registry);
  const text = 'Menlu Rusia Sergei Lavrov bertemu Kim Jong Un. Lavrov tersenyum kepada Korut.';
  const entities = enrichEntities(
    text,
    'b',
    listRecognizer([
      ['Sergei Lavrov', 'PER'],
      ['Kim Jong Un', 'PER'],
      ['Lavrov', 'PER'],
      ['Rusia', 'LOC'],
    ]),
    registry,
  );
  assert.deepEqual(
    entities.map((entity) => [
      entity.name,
      entity.type,
      entity.mentions.map((m) => m.text),
      entity.roles ?? [],
    ]),
    [
      ['Rusia', 'LOC', ['Rusia'], []],
      ['Sergey Lavrov', 'PER', ['Sergei Lavrov', 'Lavrov'], ['Menteri Luar Negeri']],
      ['Kim Jong Un', 'PER', ['Kim Jong Un'], []],
      ['Korea Utara', 'LOC', ['Korut'], []],
    ],
  );
  assert.ok(entities.every((entity) => entity.entity.startsWith('ent_')));
});

/** A small deterministic generator, so that a failing case can be replayed. */
function generator(seed: number) {
  let state = seed;
  return (limit: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % limit;
  };
}

const WORDS = [
  'Presiden',
  'Vladimir',
  'Putin-pun',
  'Kim',
  'Jong-un',
  'Korut',
  '(KCNA)',
  'dan',
  'menurut',
  'Korea',
  'Utara,',
  'AS.',
  'Menteri',
  'Luar',
  'Negeri',
  'Sergei',
  'Lavrov',
  '"kata',
  'Pak',
  'Budi.',
  '\n\n',
  'Bank',
  'Indonesia',
  '(BI)',
];
const TYPES: EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

test('any spans, however wrong, give mentions that point into the text and never overlap', () => {
  const random = generator(20250713);
  const registry = new EntityRegistry();
  for (let round = 0; round < 150; round++) {
    const text = Array.from({ length: 5 + random(40) }, () => WORDS[random(WORDS.length)]).join(' ');
    const spans: RecognizedSpan[] = Array.from({ length: random(12) }, () => {
      const start = random(text.length);
      const end = Math.min(text.length, start + 1 + random(30));
      return { start, end, text: text.slice(start, end), type: TYPES[random(TYPES.length)]! };
    });
    const entities = enrichEntities(text, `doc${round}`, () => spans, registry);
    const mentions = entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start);
    for (const [i, mention] of mentions.entries()) {
      assert.equal(text.slice(mention.start, mention.end), mention.text, `round ${round}`);
      assert.ok(mention.start < mention.end && mention.end <= text.length);
      assert.ok(i === 0 || mentions[i - 1]!.end <= mention.start, `overlap in round ${round}`);
    }
  }
  assert.ok(registry.size > 0);
});
