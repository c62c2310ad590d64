import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { test } from 'node:test';
import { hasShared, seedFiles } from '../../../test/support/shared.ts';
import { NER_MODEL_PATH, recognizeEntities } from '../../lang/id/ner/index.ts';
import type { EntityMention } from '../../model/entity.ts';
import { enrichEntities } from './enrich-entities.ts';
import { EntityRegistry } from './registry.ts';

/** The five seed articles through the shipped recogniser and one registry, in file order. */
function analyseSeeds() {
  const registry = new EntityRegistry();
  const documents = seedFiles().map((file) => {
    const text = readFileSync(file, 'utf8');
    const id = basename(file).slice(0, 3);
    return { id, text, entities: enrichEntities(text, id, recognizeEntities, registry) };
  });
  return { registry, documents };
}

const ready = hasShared() && existsSync(NER_MODEL_PATH);

test('seeds: one global id per entity, every variant joined, no false joins', { skip: !ready }, () => {
  const { registry, documents } = analyseSeeds();
  const all: Array<EntityMention & { doc: string; text: string }> = documents.flatMap((doc) =>
    doc.entities.map((entity) => ({ ...entity, doc: doc.id, text: doc.text })),
  );
  for (const entity of all) {
    for (const mention of entity.mentions)
      assert.equal(entity.text.slice(mention.start, mention.end), mention.text);
  }
  const idsNamed = (name: string) =>
    new Set(all.filter((entity) => entity.name === name).map((entity) => entity.entity));
  const idOfMention = (pattern: RegExp) =>
    new Set(
      all
        .filter((entity) => entity.mentions.some((m) => pattern.test(m.text)))
        .map((entity) => entity.entity),
    );
  const mentionTexts = (id: string) =>
    new Set(all.filter((e) => e.entity === id).flatMap((e) => e.mentions.map((m) => m.text)));

  const kim = [...idsNamed('Kim Jong Un')];
  assert.equal(kim.length, 1, 'Kim Jong Un has one id');
  assert.deepEqual(registry.documentsOf(kim[0]!).sort(), ['000', '001', '002', '003', '004']);
  assert.deepEqual([...idOfMention(/^Kim( [Jj]ong[- ][Uu]n)?$/)], kim, 'every Kim is Kim Jong Un');
  for (const form of ['Kim', 'Kim Jong-un', 'Kim jong Un']) assert.ok(mentionTexts(kim[0]!).has(form), form);
  const seed003 = documents.find((doc) => doc.id === '003')!;
  const leaderKim = seed003.entities.find((entity) => entity.entity === kim[0])!;
  assert.ok(leaderKim.roles?.includes('Pemimpin'), '"Pemimpin Kim" keeps Pemimpin as a role');

  const putin = [...idsNamed('Vladimir Putin')];
  assert.equal(putin.length, 1, 'Vladimir Putin has one id');
  assert.deepEqual([...idOfMention(/^(V[la]{2}dimir )?Putin$/)], putin);
  assert.ok(mentionTexts(putin[0]!).has('Valdimir Putin'));
  const seed004 = documents.find((doc) => doc.id === '004')!;
  const pun = seed004.text.indexOf('Putin-pun');
  const putin004 = seed004.entities.find((entity) => entity.entity === putin[0])!;
  assert.ok(
    putin004.mentions.some((m) => m.start === pun && m.text === 'Putin'),
    '"Putin-pun" is the mention "Putin"',
  );

  const lavrov = idOfMention(/^Serge[iy] Lavrov$/);
  assert.equal(lavrov.size, 1, 'Sergei and Sergey Lavrov have one id');
  assert.deepEqual(registry.documentsOf([...lavrov][0]!).sort(), ['001', '002']);

  const north = idOfMention(/^(Korea Utara|Korut|DPRK)$/);
  const south = idOfMention(/^(Korea Selatan|Korsel)$/);
  assert.equal(north.size, 1, 'Korea Utara, Korut and DPRK are one');
  assert.equal(south.size, 1, 'Korea Selatan and Korsel are one');
  for (const form of ['Korut', 'DPRK', 'Korea Utara'])
    assert.ok(mentionTexts([...north][0]!).has(form), form);

  const kcna = idOfMention(/^(KCNA|Kantor Berita Pusat Korea)$/);
  assert.equal(kcna.size, 1, 'KCNA is Kantor Berita Pusat Korea');
  assert.equal(registry.get([...kcna][0]!)?.name, 'Kantor Berita Pusat Korea');

  const distinct = new Set([kim[0], putin[0], ...lavrov, ...north, ...south, ...kcna]);
  assert.equal(distinct.size, 6, 'no two of them share an id');
});
