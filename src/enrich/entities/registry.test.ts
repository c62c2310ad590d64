import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityMention, EntityType } from '../../model/entity.ts';
import { addAlias, createAliasTable } from './alias-table.ts';
import { enrichEntities } from './enrich-entities.ts';
import { entityId } from './entity-id.ts';
import { listRecognizer } from './list-recognizer.ts';
import { EntityRegistry } from './registry.ts';

type Names = ReadonlyArray<readonly [string, EntityType]>;

function analyse(registry: EntityRegistry, docId: string, text: string, names: Names): EntityMention[] {
  return enrichEntities(text, docId, listRecognizer(names), registry);
}

function idOf(entities: readonly EntityMention[], mentionText: string): string {
  const found = entities.find((entity) => entity.mentions.some((mention) => mention.text === mentionText));
  assert.ok(found, `no entity mentioned as ${mentionText}`);
  return found.entity;
}

const LAVROV_A = [
  'Menteri Luar Negeri Rusia Sergei Lavrov tiba di Pyongyang. Lavrov disambut.',
  [
    ['Sergei Lavrov', 'PER'],
    ['Lavrov', 'PER'],
    ['Rusia', 'LOC'],
    ['Pyongyang', 'LOC'],
  ],
] as const;
const LAVROV_B = [
  'Menlu Rusia, Sergey Lavrov, bertemu Kim Jong Un.',
  [
    ['Sergey Lavrov', 'PER'],
    ['Kim Jong Un', 'PER'],
    ['Rusia', 'LOC'],
  ],
] as const;

test('transliteration variants across documents get one id, whichever comes first', () => {
  for (const order of [
    [LAVROV_A, LAVROV_B],
    [LAVROV_B, LAVROV_A],
  ]) {
    const registry = new EntityRegistry();
    const first = analyse(registry, 'a', order[0]![0], order[0]![1]);
    const second = analyse(registry, 'b', order[1]![0], order[1]![1]);
    const idA = idOf([...first, ...second], 'Sergei Lavrov');
    assert.equal(idOf([...first, ...second], 'Sergey Lavrov'), idA);
    assert.equal(idA, entityId('PER', 'Sergei Lavrov'));
    assert.equal(idA, entityId('PER', 'Sergey Lavrov'));
    const global = registry.get(idA)!;
    assert.deepEqual(global.documents.sort(), ['a', 'b']);
    const variant = global.aliases.find((alias) => alias.alias !== 'Lavrov');
    assert.equal(variant?.source, 'rule');
    assert.match(variant?.evidence ?? '', /folding spelling variants/);
  }
});

test('a lone family name joins the one known person with it; an ambiguous one stays apart', () => {
  const registry = new EntityRegistry();
  analyse(registry, 'a', 'Presiden Vladimir Putin berpidato.', [['Vladimir Putin', 'PER']]);
  analyse(registry, 'b', 'Pemimpin Kim Jong Un dan adiknya Kim Yo Jong hadir.', [
    ['Kim Jong Un', 'PER'],
    ['Kim Yo Jong', 'PER'],
  ]);
  const putin = analyse(registry, 'c', 'Putin tidak hadir.', [['Putin', 'PER']]);
  assert.equal(putin[0]?.entity, entityId('PER', 'Vladimir Putin'));
  assert.equal(putin[0]?.name, 'Vladimir Putin');
  const kim = analyse(registry, 'd', 'Kim tidak hadir.', [['Kim', 'PER']]);
  assert.notEqual(kim[0]?.entity, entityId('PER', 'Kim Jong Un'));
  assert.notEqual(kim[0]?.entity, entityId('PER', 'Kim Yo Jong'));
  assert.equal(kim[0]?.name, 'Kim');
  assert.equal(registry.findByName('Kim Yo Jong', 'PER').length, 1);
});

test('a name first seen alone is completed by a later full name, keeping its id', () => {
  const registry = new EntityRegistry();
  const alone = analyse(registry, 'a', 'Volodin berterima kasih.', [['Volodin', 'PER']]);
  const full = analyse(registry, 'b', 'Ketua Duma Vyacheslav Volodin tiba.', [['Vyacheslav Volodin', 'PER']]);
  assert.equal(full[0]?.entity, alone[0]?.entity);
  assert.equal(registry.get(alone[0]!.entity)?.name, 'Vyacheslav Volodin');
  assert.deepEqual(
    registry.get(alone[0]!.entity)?.aliases.map((alias) => alias.alias),
    ['Volodin'],
  );
});

test('acronyms defined in one document are recognised and joined in the next', () => {
  const registry = new EntityRegistry();
  const first = analyse(registry, 'a', 'Kantor Berita Pusat Korea (KCNA) melaporkan.', [
    ['Kantor Berita Pusat Korea', 'ORG'],
  ]);
  const second = analyse(registry, 'b', 'Laporan media pemerintah KCNA menyebut hal itu.', []);
  assert.equal(idOf(second, 'KCNA'), idOf(first, 'Kantor Berita Pusat Korea'));
  assert.equal(second[0]?.name, 'Kantor Berita Pusat Korea');
});

test('no false joins: Korea Utara and Korea Selatan, Kim Jong Un and Kim Yo Jong, PBB and another PBB', () => {
  const registry = new EntityRegistry();
  const a = analyse(registry, 'a', 'Korut dan Korsel berunding. Kim Jong Un hadir. PBB mengecam.', [
    ['Kim Jong Un', 'PER'],
  ]);
  const b = analyse(
    registry,
    'b',
    'Korea Utara dan Korea Selatan. Kim Yo Jong hadir. Partai Bulan Bintang (PBB) menolak.',
    [
      ['Korea Utara', 'LOC'],
      ['Korea Selatan', 'LOC'],
      ['Kim Yo Jong', 'PER'],
      ['Partai Bulan Bintang', 'ORG'],
    ],
  );
  const all = [...a, ...b];
  assert.equal(idOf(all, 'Korut'), idOf(all, 'Korea Utara'));
  assert.equal(idOf(all, 'Korsel'), idOf(all, 'Korea Selatan'));
  assert.notEqual(idOf(all, 'Korea Utara'), idOf(all, 'Korea Selatan'));
  assert.notEqual(idOf(all, 'Kim Jong Un'), idOf(all, 'Kim Yo Jong'));
  assert.notEqual(idOf(a, 'PBB'), idOf(b, 'PBB'));
  assert.equal(a.find((entity) => entity.entity === idOf(a, 'PBB'))?.name, 'Perserikatan Bangsa-Bangsa');
});

test('a user rule forbidding a join holds across documents', () => {
  const aliases = createAliasTable();
  addAlias(aliases, { alias: 'Joko Susilo', canonical: 'Djoko Susilo', type: 'PER', relation: 'distinct' });
  const registry = new EntityRegistry({ aliases });
  const a = analyse(registry, 'a', 'Irjen Djoko Susilo diperiksa.', [['Djoko Susilo', 'PER']]);
  const b = analyse(registry, 'b', 'Petani Joko Susilo panen.', [['Joko Susilo', 'PER']]);
  assert.notEqual(a[0]?.entity, b[0]?.entity);
  const c = analyse(registry, 'c', 'Sementara itu Soeharto dan Suharto.', [['Soeharto', 'PER']]);
  assert.equal(c.length, 1);
});

test('a wrong type from the recogniser joins the established entity of that name', () => {
  const registry = new EntityRegistry();
  analyse(registry, 'a', 'Delegasi tiba di Pyongyang.', [['Pyongyang', 'LOC']]);
  analyse(registry, 'b', 'Pyongyang menolak.', [['Pyongyang', 'LOC']]);
  const c = analyse(registry, 'c', 'Pyongyang siap memberikan dukungan.', [['Pyongyang', 'PER']]);
  assert.equal(c[0]?.entity, entityId('LOC', 'Pyongyang'));
  assert.equal(c[0]?.type, 'LOC');
});

test('the snapshot restores the same identities and the registry goes on learning', () => {
  const registry = new EntityRegistry();
  analyse(registry, 'a', LAVROV_A[0], LAVROV_A[1]);
  analyse(registry, 'k', 'Kantor Berita Pusat Korea (KCNA) melaporkan.', [
    ['Kantor Berita Pusat Korea', 'ORG'],
  ]);
  const snapshot = JSON.parse(JSON.stringify(registry.toJSON()));
  const restored = EntityRegistry.fromSnapshot(snapshot);
  assert.deepEqual(restored.toJSON(), registry.toJSON());
  const b = analyse(restored, 'b', LAVROV_B[0], LAVROV_B[1]);
  assert.equal(idOf(b, 'Sergey Lavrov'), entityId('PER', 'Sergei Lavrov'));
  assert.deepEqual(restored.documentsOf(idOf(b, 'Sergey Lavrov')), ['a', 'b']);
  assert.ok(restored.entitiesOf('b').includes(idOf(b, 'Kim Jong Un')));
  const c = analyse(restored, 'c', 'Menurut KCNA, rapat usai.', []);
  assert.equal(c[0]?.name, 'Kantor Berita Pusat Korea');
  const plain = EntityRegistry.fromSnapshot(
    registry.toJSON().map(({ forms: _forms, pinned: _pinned, ...entity }) => entity),
  );
  assert.equal(plain.size, registry.size, 'plain GlobalEntity[] snapshots load too');
});

test('re-analysing a document does not count it twice; removing it unlinks it', () => {
  const registry = new EntityRegistry();
  analyse(registry, 'a', LAVROV_A[0], LAVROV_A[1]);
  analyse(registry, 'a', LAVROV_A[0], LAVROV_A[1]);
  const id = entityId('PER', 'Sergei Lavrov');
  assert.deepEqual(registry.documentsOf(id), ['a']);
  assert.equal(registry.toJSON().find((entity) => entity.id === id)?.forms?.['Sergei Lavrov'], 1);
  registry.removeDocument('a');
  assert.deepEqual(registry.documentsOf(id), []);
  assert.deepEqual(registry.entitiesOf('a'), []);
});
