import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../../model/entity.ts';
import { addAlias, createAliasTable } from './alias-table.ts';
import { listRecognizer } from './list-recognizer.ts';
import { resolveDocument } from './resolve-document.ts';
import type { DocumentEntity } from './types.ts';

type Names = ReadonlyArray<readonly [string, EntityType]>;

function resolve(text: string, names: Names, aliases = createAliasTable()): DocumentEntity[] {
  const entities = resolveDocument(text, listRecognizer(names)(text), { aliases });
  for (const entity of entities) {
    for (const mention of entity.mentions) assert.equal(text.slice(mention.start, mention.end), mention.text);
  }
  return entities;
}

function named(entities: readonly DocumentEntity[], name: string): DocumentEntity {
  const found = entities.find((entity) => entity.name === name);
  assert.ok(found, `no entity named ${name}; got ${entities.map((e) => e.name).join(', ')}`);
  return found;
}

const texts = (entity: DocumentEntity) => entity.mentions.map((mention) => mention.text);

test('titles and roles leave the name and become roles', () => {
  const text =
    'Presiden Vladimir Putin bertemu Menteri Luar Negeri Rusia, Sergei Lavrov. Pemimpin Tertinggi Korea Utara, ' +
    'Kim Jong Un, hadir. Prof. Dr. Budi Santoso, S.H., M.H. berbicara. Juru bicara Gedung Putih John Kirby diam.';
  const entities = resolve(text, [
    ['Presiden Vladimir Putin', 'PER'],
    ['Sergei Lavrov', 'PER'],
    ['Rusia', 'LOC'],
    ['Korea Utara', 'LOC'],
    ['Kim Jong Un', 'PER'],
    ['Prof. Dr. Budi Santoso, S.H., M.H.', 'PER'],
    ['Gedung Putih', 'ORG'],
    ['John Kirby', 'PER'],
  ]);
  assert.deepEqual(texts(named(entities, 'Vladimir Putin')), ['Vladimir Putin']);
  assert.deepEqual(named(entities, 'Vladimir Putin').roles, ['Presiden']);
  assert.deepEqual(named(entities, 'Sergei Lavrov').roles, ['Menteri Luar Negeri']);
  assert.deepEqual(named(entities, 'Kim Jong Un').roles, ['Pemimpin Tertinggi']);
  assert.deepEqual(texts(named(entities, 'Budi Santoso')), ['Budi Santoso']);
  assert.deepEqual(named(entities, 'Budi Santoso').roles, ['Prof.', 'Dr.']);
  assert.deepEqual(named(entities, 'John Kirby').roles, ['Juru Bicara']);
});

test('a role span read as one name is split into role, place and person', () => {
  const text =
    'Kunjungan Presiden Rusia Vladimir Putin ke Pyongyang. Mantan Gubernur DKI Jakarta Anies Baswedan datang.';
  const entities = resolve(text, [
    ['Presiden Rusia Vladimir Putin', 'PER'],
    ['Pyongyang', 'LOC'],
    ['Anies Baswedan', 'PER'],
  ]);
  assert.deepEqual(texts(named(entities, 'Vladimir Putin')), ['Vladimir Putin']);
  assert.deepEqual(named(entities, 'Vladimir Putin').roles, ['Presiden']);
  assert.deepEqual(texts(named(entities, 'Rusia')), ['Rusia']);
  assert.deepEqual(named(entities, 'Anies Baswedan').roles, ['Mantan Gubernur']);
  assert.deepEqual(texts(named(entities, 'Jakarta')), ['DKI Jakarta']);
});

test('short forms join the full name of the same document, before or after it', () => {
  const text =
    'Putin tiba lebih dulu. Presiden Vladimir Putin lalu disambut Kim Jong Un. Kim memuji Putin-pun yang ' +
    'tersenyum. Lavrov mendampingi. Menlu Sergei Lavrov mencatat. Pemimpin Kim menutup acara.';
  const entities = resolve(text, [
    ['Putin', 'PER'],
    ['Vladimir Putin', 'PER'],
    ['Kim Jong Un', 'PER'],
    ['Kim', 'PER'],
    ['Putin-pun', 'PER'],
    ['Lavrov', 'PER'],
    ['Sergei Lavrov', 'PER'],
    ['Pemimpin Kim', 'PER'],
  ]);
  assert.equal(entities.length, 3);
  assert.deepEqual(texts(named(entities, 'Vladimir Putin')), ['Putin', 'Vladimir Putin', 'Putin']);
  assert.deepEqual(texts(named(entities, 'Kim Jong Un')), ['Kim Jong Un', 'Kim', 'Kim']);
  assert.deepEqual(named(entities, 'Kim Jong Un').roles, ['Pemimpin']);
  assert.deepEqual(texts(named(entities, 'Sergei Lavrov')), ['Lavrov', 'Sergei Lavrov']);
  const putinAlias = named(entities, 'Vladimir Putin').aliases.find((alias) => alias.alias === 'Putin');
  assert.equal(putinAlias?.source, 'rule');
  assert.match(putinAlias?.evidence ?? '', /short form/);
});

test('an ambiguous short form goes to the full name mentioned last before it', () => {
  const text =
    'Kim Jong Un memimpin rapat. Kim menegaskan sikapnya. Adiknya, Kim Yo Jong, mengecam Seoul. Kim juga ' +
    'mengancam. Korea Utara dan Korea Selatan tegang.';
  const entities = resolve(text, [
    ['Kim Jong Un', 'PER'],
    ['Kim Yo Jong', 'PER'],
    ['Kim', 'PER'],
    ['Seoul', 'LOC'],
    ['Korea Utara', 'LOC'],
    ['Korea Selatan', 'LOC'],
  ]);
  const brother = named(entities, 'Kim Jong Un');
  const sister = named(entities, 'Kim Yo Jong');
  assert.deepEqual(texts(brother), ['Kim Jong Un', 'Kim']);
  assert.deepEqual(texts(sister), ['Kim Yo Jong', 'Kim']);
  assert.match(sister.aliases.find((alias) => alias.alias === 'Kim')?.evidence ?? '', /ambiguous/);
  assert.notEqual(named(entities, 'Korea Utara'), named(entities, 'Korea Selatan'));
});

test('spelling and case variants join; different given names never do', () => {
  const text =
    'Presiden Rusia Valdimir Putin dan Kim jong Un. Vladimir Putin menyambut Kim Jong-un dan Kim Jong Un. ' +
    'Vladimir Putin bertemu Kim Yo Jong dan Kim Jong Il dalam kenangan.';
  const entities = resolve(text, [
    ['Valdimir Putin', 'PER'],
    ['Kim jong Un', 'PER'],
    ['Vladimir Putin', 'PER'],
    ['Kim Jong-un', 'PER'],
    ['Kim Jong Un', 'PER'],
    ['Kim Yo Jong', 'PER'],
    ['Kim Jong Il', 'PER'],
  ]);
  assert.deepEqual(texts(named(entities, 'Vladimir Putin')), [
    'Valdimir Putin',
    'Vladimir Putin',
    'Vladimir Putin',
  ]);
  assert.match(named(entities, 'Vladimir Putin').aliases[0]?.evidence ?? '', /spelling: .*valdimir/);
  assert.deepEqual(texts(named(entities, 'Kim Jong Un')), ['Kim jong Un', 'Kim Jong-un', 'Kim Jong Un']);
  assert.ok(named(entities, 'Kim Yo Jong'));
  assert.ok(named(entities, 'Kim Jong Il'));
  assert.equal(entities.length, 5);
});

test('the recogniser cutting a name in two or gluing a hyphenated ending is repaired', () => {
  const text = 'Pemimpin Korea Utara Kim Jong-un bertemu pemimpin korut Kim Jong Un. Putin-pun datang.';
  const span = (start: number, end: number, type: EntityType) => ({
    start,
    end,
    text: text.slice(start, end),
    type,
  });
  const cut = text.indexOf('Kim Jong Un');
  const spans = [
    span(9, 20, 'LOC'),
    span(21, 29, 'PER'), // "Kim Jong" without its "-un"
    span(cut, cut + 3, 'PER'), // "Kim" …
    span(cut + 4, cut + 11, 'ORG'), // … "Jong Un" as another entity
    span(text.indexOf('Putin'), text.indexOf('Putin') + 9, 'PER'), // "Putin-pun"
  ];
  const entities = resolveDocument(text, spans, { aliases: createAliasTable() });
  assert.deepEqual(texts(named(entities, 'Kim Jong Un')), ['Kim Jong-un', 'Kim Jong Un']);
  assert.deepEqual(texts(named(entities, 'Korea Utara')), ['Korea Utara', 'korut']);
  assert.deepEqual(texts(named(entities, 'Putin')), ['Putin']);
});

test('short forms the text defines in parentheses, both ways round', () => {
  const text =
    'Kantor Berita Pusat Korea (KCNA) melaporkan. Badan intelijen Korea Selatan (Korsel) menolak. KCNA (Korean ' +
    'Central News Agency) juga. Menurut KCNA, Korsel dan Korea Selatan sama.';
  const entities = resolve(text, [
    ['Kantor Berita Pusat Korea', 'ORG'],
    ['Korea Selatan', 'LOC'],
    ['KCNA', 'ORG'],
  ]);
  const agency = named(entities, 'Kantor Berita Pusat Korea');
  assert.deepEqual(texts(agency), [
    'Kantor Berita Pusat Korea',
    'KCNA',
    'KCNA',
    'Korean Central News Agency',
    'KCNA',
  ]);
  assert.deepEqual(
    agency.aliases.find((alias) => alias.alias === 'KCNA'),
    { alias: 'KCNA', source: 'text', evidence: 'Kantor Berita Pusat Korea (KCNA)' },
  );
  assert.deepEqual(texts(named(entities, 'Korea Selatan')), [
    'Korea Selatan',
    'Korsel',
    'Korsel',
    'Korea Selatan',
  ]);
});

test('a definition in the text overrides the curated meaning of an acronym in that document', () => {
  const text = 'Partai Bulan Bintang (PBB) menggelar muktamar. Ketua PBB menyatakan siap.';
  const entities = resolve(text, [['Partai Bulan Bintang', 'ORG']]);
  assert.deepEqual(texts(named(entities, 'Partai Bulan Bintang')), ['Partai Bulan Bintang', 'PBB', 'PBB']);
  assert.ok(!entities.some((entity) => entity.name === 'Perserikatan Bangsa-Bangsa'));
});

test('datelines and legal forms in parentheses are not aliases', () => {
  const text = 'JAKARTA (ANTARA) - PT Pertamina (Persero) menaikkan harga. Pertamina menjelaskan.';
  const entities = resolve(text, [
    ['JAKARTA', 'LOC'],
    ['PT Pertamina', 'ORG'],
  ]);
  assert.equal(named(entities, 'Jakarta').aliases.length, 1, 'only the upper-case spelling');
  assert.ok(named(entities, 'Kantor Berita Antara'));
  assert.deepEqual(texts(named(entities, 'Pertamina')), ['PT Pertamina', 'Pertamina']);
});

test('acronyms join the names their initials spell when both occur', () => {
  const text =
    'Komisi Pemberantasan Korupsi memeriksa pejabat Badan Pengelola Dana Haji. Menurut BPDH, KPK datang pagi.';
  const entities = resolve(text, [
    ['Komisi Pemberantasan Korupsi', 'ORG'],
    ['Badan Pengelola Dana Haji', 'ORG'],
    ['BPDH', 'ORG'],
    ['KPK', 'ORG'],
  ]);
  assert.equal(entities.length, 2);
  const fund = named(entities, 'Badan Pengelola Dana Haji');
  assert.deepEqual(texts(fund), ['Badan Pengelola Dana Haji', 'BPDH']);
  assert.equal(fund.aliases[0]?.evidence, 'initials: BPDH = Badan Pengelola Dana Haji');
});

test('curated names are found where the recogniser saw nothing, with guards', () => {
  const text =
    'Korut dan AS berunding di Moskow, sementara Kremlin diam. Bank Indonesia (BI) dan OJK hadir. ' +
    'Ia fasih berbahasa Inggris. Reporter CNBC Indonesia melapor dari Jakarta Pusat. Presiden RI hadir.';
  const entities = resolve(text, []);
  const names = entities.map((entity) => `${entity.name}/${entity.type}`);
  assert.deepEqual(names, [
    'Korea Utara/LOC',
    'Amerika Serikat/LOC',
    'Moskow/LOC',
    'Kremlin/ORG',
    'Bank Indonesia/ORG',
    'Otoritas Jasa Keuangan/ORG',
    'Indonesia/LOC',
  ]);
  assert.deepEqual(texts(named(entities, 'Bank Indonesia')), ['Bank Indonesia', 'BI']);
  assert.deepEqual(texts(named(entities, 'Indonesia')), ['RI']);
});

test('every occurrence of a found name is listed, but not inside longer names or common words', () => {
  const text =
    'Presiden Joko Widodo meresmikan jembatan. Widodo menyebut jembatan Widodo Raya bukan miliknya. ' +
    'Baik Jokowi maupun warga senang. Budi Baik juga hadir. Baik sekali, kata baik-baik.';
  const entities = resolve(text, [
    ['Joko Widodo', 'PER'],
    ['Budi Baik', 'PER'],
  ]);
  const president = named(entities, 'Joko Widodo');
  assert.deepEqual(texts(president), ['Joko Widodo', 'Widodo', 'Jokowi']);
  assert.deepEqual(texts(named(entities, 'Budi Baik')), ['Budi Baik']);
  assert.deepEqual(president.roles, ['Presiden']);
});

test('user rules apply before the automatic ones', () => {
  const aliases = createAliasTable();
  addAlias(aliases, { alias: 'Pak Harto', canonical: 'Soeharto', type: 'PER' });
  addAlias(aliases, { alias: 'Bambang Tri', canonical: 'Bambang Trihatmodjo', type: 'PER' });
  addAlias(aliases, { alias: 'Tri', canonical: 'Bambang Trihatmodjo', relation: 'distinct' });
  const text =
    'Bambang Trihatmodjo, putra Soeharto, datang. Bambang Tri tersenyum. Tri Rismaharini dan Tri hadir.';
  const entities = resolve(
    text,
    [
      ['Bambang Trihatmodjo', 'PER'],
      ['Soeharto', 'PER'],
      ['Bambang Tri', 'PER'],
      ['Tri Rismaharini', 'PER'],
      ['Tri', 'PER'],
    ],
    aliases,
  );
  assert.deepEqual(texts(named(entities, 'Bambang Trihatmodjo')), ['Bambang Trihatmodjo', 'Bambang Tri']);
  assert.equal(named(entities, 'Bambang Trihatmodjo').aliases[0]?.source, 'user');
  assert.deepEqual(texts(named(entities, 'Tri Rismaharini')), ['Tri Rismaharini', 'Tri']);
});
