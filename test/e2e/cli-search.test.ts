// `warta search` as a user runs it, on the bundled samples ingested by `warta ingest`.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from '../support/cli.ts';
import { REPO_DIR } from '../support/shared.ts';

const dir = mkdtempSync(join(tmpdir(), 'warta-cli-search-'));
const db = join(dir, 'warta.db');
after(() => rmSync(dir, { recursive: true, force: true }));
before(() => {
  const ingest = runCli(['ingest', join(REPO_DIR, 'samples'), '--db', db, '--reference-date', '2025-03-12']);
  assert.equal(ingest.status, 0, ingest.stderr);
});

interface Hit {
  id: string;
  title: string | null;
  published: string | null;
  snippet: string;
}

const json = (args: string[]): { total: number; hits: Hit[] } => {
  const run = runCli(['search', ...args, '--db', db, '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as { total: number; hits: Hit[] };
};

test('json: kebanjiran finds the three banjir articles by their stem, the stem marked in each snippet', () => {
  const result = json(['kebanjiran']);
  assert.equal(result.total, 3);
  for (const hit of result.hits) assert.match(hit.snippet, /\[banjir\]/i);
});

test('csv: a header row, one row a hit, fields with commas or quotes quoted', () => {
  const run = runCli(['search', 'Lembah Sari', '--db', db, '--format', 'csv']);
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trimEnd().split('\n');
  assert.equal(lines[0], 'id,published,outlet,title,source,score,snippet,duplicates');
  assert.equal(lines.length - 1, json(['Lembah Sari']).total);
  const withComma = lines.find((line) => line.includes('"Banjir Bandang Terjang Lembah Sari, Sekitar'));
  assert.ok(withComma, 'a title holding a comma is one quoted field');
});

test('--all exports every match, near-duplicates included, as csv or jsonl with the API export\'s columns', () => {
  const page = json(['banjir', '--limit', '1']) as { total: number; documents?: number; hits: Hit[] };
  const csv = runCli(['search', 'banjir', '--db', db, '--format', 'csv', '--all']);
  assert.equal(csv.status, 0, csv.stderr);
  const lines = csv.stdout.trimEnd().split('\r\n');
  assert.equal(lines[0], 'id,published,outlet,title,url,source,entities,snippet,duplicate_of');
  // Uncapped and unpaged: one row per matching document, however --limit is set elsewhere.
  assert.equal(lines.length - 1, page.documents ?? page.total);
  const jsonl = runCli(['search', 'banjir', '--db', db, '--format', 'jsonl', '--all']);
  assert.equal(jsonl.status, 0, jsonl.stderr);
  const rows = jsonl.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string; entities: string[] });
  assert.deepEqual(rows.map((row) => row.id), lines.slice(1).map((line) => line.split(',')[0]));
  assert.ok(rows.some((row) => row.entities.includes('Lembah Sari')), 'each row names the entities it mentions');
  const wrong = runCli(['search', 'banjir', '--db', db, '--all']);
  assert.notEqual(wrong.status, 0);
  assert.match(wrong.stderr, /--all: expected --format csv or jsonl/);
});

test('text, newest first with --sort date, paged with --limit', () => {
  const byDate = json(['banjir', '--sort', 'date']).hits.map((h) => h.published ?? '');
  assert.deepEqual(byDate, [...byDate].sort().reverse());
  const run = runCli(['search', 'banjir', '--db', db, '--limit', '1']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^3 hits for "banjir", showing 1-1\n/);
  assert.equal(run.stdout.match(/^\d+\. /gm)?.length, 1);
});

test('a query that cannot be read exits 2 and points at the place', () => {
  const run = runCli(['search', 'banjir (longsor', '--db', db]);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /a \( without its \) \(at position 7\)/);
  assert.match(run.stderr, /\n {2}banjir \(longsor\n {9}\^\n$/);
  assert.equal(run.stdout, '');
});

test('export --table claims|quotes: the same figures and quotes as the analysis export, as csv or jsonl', () => {
  const full = runCli(['export', '--db', db, '--format', 'json']);
  assert.equal(full.status, 0, full.stderr);
  const analysis = JSON.parse(full.stdout) as {
    claims: { figures: unknown[] }[];
    documents: { quotes: { speaker: { entity: string | null } | null }[] }[];
  };
  const claims = runCli(['export', '--db', db, '--table', 'claims', '--format', 'jsonl']);
  assert.equal(claims.status, 0, claims.stderr);
  const figures = analysis.claims.reduce((n, claim) => n + claim.figures.length, 0);
  assert.equal(claims.stdout.trimEnd().split('\n').filter(Boolean).length, figures);
  const speakers = new Map<string, number>();
  for (const doc of analysis.documents)
    for (const quote of doc.quotes) if (quote.speaker?.entity) speakers.set(quote.speaker.entity, (speakers.get(quote.speaker.entity) ?? 0) + 1);
  const [entity, count] = [...speakers].sort((a, b) => b[1] - a[1])[0]!;
  const quotes = runCli(['export', '--db', db, '--table', 'quotes', '--entity', entity, '--format', 'csv']);
  assert.equal(quotes.status, 0, quotes.stderr);
  assert.equal(quotes.stdout.trimEnd().split('\r\n').length - 1, count, 'one row per quote of the entity');
  const missing = runCli(['export', '--db', db, '--table', 'quotes', '--format', 'csv']);
  assert.notEqual(missing.status, 0);
  assert.match(missing.stderr, /--entity/);
});
