import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runCli } from '../support/cli.ts';
import { REPO_DIR, SEEDS_DIR, sharedPath } from '../support/shared.ts';

const dir = mkdtempSync(join(tmpdir(), 'warta-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('analyze --format json on the seeds passes the shared export checker', () => {
  const run = runCli(['analyze', SEEDS_DIR, '--format', 'json', '--reference-date', '2026-11-23']);
  assert.equal(run.status, 0, run.stderr);
  const out = join(dir, 'seeds.json');
  writeFileSync(out, run.stdout);
  const check = spawnSync(process.execPath, [sharedPath('tools', 'check-export.mjs'), out], {
    encoding: 'utf8',
  });
  assert.equal(check.status, 0, check.stdout);
  assert.match(check.stdout, /export ok: 5 documents/);
  const parsed = JSON.parse(run.stdout);
  assert.equal(parsed.format, 'warta-analysis/1');
});

test('ingest twice into one database changes nothing the second time; stats, show and reports read it', () => {
  const db = join(dir, 'samples.db');
  const first = runCli(['ingest', join(REPO_DIR, 'samples'), '--db', db, '--reference-date', '2025-03-12']);
  assert.equal(first.status, 0, first.stderr);
  const added = Number(/(\d+) added/.exec(first.stdout)?.[1]);
  assert.ok(added >= 8, first.stdout);
  const second = runCli(['ingest', join(REPO_DIR, 'samples'), '--db', db, '--reference-date', '2025-03-12']);
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stdout, / 0 added, 0 updated, \d+ unchanged/);
  const stats = JSON.parse(runCli(['stats', '--db', db, '--format', 'json']).stdout);
  assert.equal(stats.documents, added);
  const list = runCli(['analyze', join(REPO_DIR, 'samples', '08-arsip.jsonl'), '--format', 'json']);
  const id = JSON.parse(list.stdout).documents[0].id;
  assert.equal(id, 'arsip-2025-0001');
  const show = runCli(['show', id, '--db', db]);
  assert.equal(show.status, 0, show.stderr);
  assert.match(show.stdout, /Pasar Terapung/);
  const events = JSON.parse(runCli(['events', '--db', db, '--format', 'json']).stdout) as unknown[];
  assert.equal(events.length, stats.events, 'the events report lists every stored event');
  const storylines = runCli(['storylines', '--db', db]);
  assert.equal(storylines.status, 0, storylines.stderr);
  assert.equal(storylines.stdout.match(/^▶ /gm)?.length, stats.storylines);
  assert.match(storylines.stdout, /opened the storyline/, 'each storyline says why its events belong');
  const claims = runCli(['claims', '--db', db]);
  assert.equal(claims.status, 0, claims.stderr);
  assert.equal(claims.stdout.match(/^[✓✗] /gm)?.length, stats.claims);
});

test('editing the alias table says that stored documents need a reprocess to follow it', () => {
  const table = join(dir, 'aliases.tsv');
  const db = join(dir, 'aliases.db');
  const added = runCli(['aliases', '--file', table, 'add', 'Bu Dewi', 'Dewi Anggraeni Putri'], {
    WARTA_DB: db,
  });
  assert.equal(added.status, 0, added.stderr);
  assert.match(added.stdout, /added Bu Dewi → Dewi Anggraeni Putri/);
  const hint = `stored documents keep their old entities until you run \`warta reprocess --db ${db}\``;
  assert.ok(added.stdout.includes(hint), added.stdout);
  const removed = runCli(['aliases', '--file', table, 'remove', 'Bu Dewi'], { WARTA_DB: db });
  assert.equal(removed.status, 0, removed.stderr);
  assert.match(removed.stdout, /warta reprocess --db/);
});

test('bad input: named on stderr, non-zero exit only when nothing could be processed', () => {
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const binary = join(dir, 'binary.txt');
  writeFileSync(
    binary,
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0, 1, 2, 3]),
  );
  const onlyBad = runCli(['analyze', empty, binary, '--format', 'json']);
  assert.notEqual(onlyBad.status, 0);
  assert.match(onlyBad.stderr, /empty\.txt/);
  assert.match(onlyBad.stderr, /binary\.txt/);
  const mixed = runCli([
    'analyze',
    empty,
    join(REPO_DIR, 'samples', '01-kabar-lembah-banjir.txt'),
    '--format',
    'json',
  ]);
  assert.equal(mixed.status, 0, mixed.stderr);
  assert.equal(JSON.parse(mixed.stdout).documents.length, 1);
  assert.match(mixed.stderr, /empty\.txt/);
});

test('an unwritable database path is a clear error naming it', () => {
  const db = '/dev/null/warta.db';
  const run = runCli(['ingest', join(REPO_DIR, 'samples', '01-kabar-lembah-banjir.txt'), '--db', db]);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /\/dev\/null\/warta\.db/);
});

test('a bad option value is refused with the expected and the actual value', () => {
  const run = runCli(['analyze', SEEDS_DIR, '--format', 'yaml']);
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /--format: expected json or text, got "yaml"/);
  const date = runCli(['analyze', SEEDS_DIR, '--reference-date', 'besok']);
  assert.equal(date.status, 2);
  assert.match(date.stderr, /reference date: expected an ISO date, got "besok"/);
});
