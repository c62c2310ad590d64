import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { addAlias, createAliasTable, listAliases, removeAlias } from './alias-table.ts';
import { AliasTableError, loadAliasTable, saveAliasTable } from './alias-table-file.ts';

test('curated short forms resolve to their canonical names with their type', () => {
  const table = createAliasTable();
  assert.deepEqual(
    ['Korut', 'DPRK', 'Korsel', 'AS', 'RRT', 'China', 'PBB', 'KPK', 'UE', 'Polri', 'Moscow'].map((name) => {
      const match = table.lookup(name);
      return match && `${match.canonical}/${match.type}`;
    }),
    [
      'Korea Utara/LOC',
      'Korea Utara/LOC',
      'Korea Selatan/LOC',
      'Amerika Serikat/LOC',
      'Tiongkok/LOC',
      'Tiongkok/LOC',
      'Perserikatan Bangsa-Bangsa/ORG',
      'Komisi Pemberantasan Korupsi/ORG',
      'Uni Eropa/ORG',
      'Kepolisian Negara Republik Indonesia/ORG',
      'Moskow/LOC',
    ],
  );
  assert.equal(table.lookup('Korea Utara')?.canonical, 'Korea Utara');
  assert.equal(table.lookup('Kremlin')?.canonical, 'Kremlin', 'metonyms stay their own entity');
  assert.equal(table.lookup('Pyongyang'), null);
  assert.equal(table.lookup('Korut')?.source, 'curated');
});

test('user rules win over curated ones, chain to canonical names, and can forbid joins', () => {
  const table = createAliasTable();
  addAlias(table, {
    alias: 'PBB',
    canonical: 'Partai Bulan Bintang',
    type: 'ORG',
    evidence: 'local politics desk',
  });
  assert.equal(table.lookup('PBB')?.canonical, 'Partai Bulan Bintang');
  assert.equal(table.lookup('PBB')?.source, 'user');
  addAlias(table, { alias: 'Tiongkok', canonical: 'China', type: 'LOC' });
  assert.equal(
    table.lookup('RRT')?.canonical,
    'China',
    'a curated alias follows the user rule of its canonical name',
  );
  addAlias(table, { alias: 'Kim Yo Jong', canonical: 'Kim Jong Un', relation: 'distinct' });
  assert.equal(table.areDistinct('kim jong un', 'Kim Yo Jong'), true);
  assert.equal(table.areDistinct('Kim Jong Un', 'Vladimir Putin'), false);
  assert.equal(listAliases(table, { source: 'user' }).length, 3);
  assert.equal(listAliases(table, { name: 'korea utara' }).length, 6, 'the name itself and five aliases');
  assert.equal(removeAlias(table, 'PBB', 'Partai Bulan Bintang'), 1);
  assert.equal(table.lookup('PBB')?.canonical, 'Perserikatan Bangsa-Bangsa');
  assert.throws(() => addAlias(table, { alias: ' ', canonical: 'X' }), /two names/);
});

test('the alias file round-trips as TSV and JSON; curated rules are not written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'warta-aliases-'));
  try {
    for (const file of ['aliases.tsv', 'aliases.json']) {
      const path = join(dir, file);
      assert.equal(
        loadAliasTable(path).rules().length,
        createAliasTable().rules().length,
        'a missing file is empty',
      );
      const table = createAliasTable();
      addAlias(table, {
        alias: 'Jokowi',
        canonical: 'Ir. H. Joko Widodo',
        type: 'PER',
        evidence: 'house style',
      });
      addAlias(table, { alias: 'Kim Yo Jong', canonical: 'Kim Jong Un', type: 'PER', relation: 'distinct' });
      addAlias(table, { alias: 'sby', canonical: 'Susilo Bambang Yudhoyono', type: 'PER', anyCase: true });
      saveAliasTable(table, path);
      const loaded = loadAliasTable(path);
      assert.deepEqual(listAliases(loaded, { source: 'user' }), listAliases(table, { source: 'user' }));
      assert.equal(loaded.lookup('Jokowi')?.canonical, 'Ir. H. Joko Widodo');
      assert.equal(loaded.areDistinct('Kim Jong Un', 'Kim Yo Jong'), true);
      assert.ok(!readFileSync(path, 'utf8').includes('Korut'));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a malformed alias file names the line and the expected value', () => {
  const dir = mkdtempSync(join(tmpdir(), 'warta-aliases-'));
  try {
    const path = join(dir, 'aliases.tsv');
    writeFileSync(path, '# comment\nalias\tJokowi\tJoko Widodo\tPER\tuser\n\nalias\tSBY\tSusilo\tPERSON\n');
    assert.throws(
      () => loadAliasTable(path),
      (error: unknown) => {
        assert.ok(error instanceof AliasTableError);
        assert.match(
          error.message,
          /aliases\.tsv:4: type must be one of PER, ORG, LOC, EVT, PRD, MISC, got "PERSON"/,
        );
        return true;
      },
    );
    writeFileSync(path, 'alias\tJokowi\n');
    assert.throws(() => loadAliasTable(path), /aliases\.tsv:1: expected/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
