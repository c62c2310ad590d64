// `warta export` and `warta reprocess` on a store built from the five real seed articles.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { after, before, test } from 'node:test';
import { extractDocument } from '../../src/extract/extract-document.ts';
import type { EnrichedDocument } from '../../src/model/document.ts';
import { type ExportSource, exportStore } from '../../src/pipeline/export-store.ts';
import { ingestIntoStore } from '../../src/pipeline/ingest-into-store.ts';
import { rawDocumentOf } from '../../src/pipeline/reprocess.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { runCli } from '../support/cli.ts';
import { hasShared, REPO_DIR, SEEDS_DIR, seedFiles, sharedPath } from '../support/shared.ts';

const REFERENCE_DATE = '2026-11-23';

/** The parts of the analysis export these tests read. */
interface Export {
  format: string;
  documents: {
    id: string;
    source: string;
    published: { value: string; inferred: boolean } | null;
    entities: { entity: string; name: string; mentions: { text: string }[] }[];
  }[];
  entities: { id: string; name: string; aliasSources: { alias: string; source: string }[]; documents: string[] }[];
  events: { id: string; documents: string[] }[];
  storylines: { id: string; events: string[] }[];
  claims: { figures: { text: string; document: string }[] }[];
}

const dir = mkdtempSync(join(tmpdir(), 'warta-export-'));
const db = join(dir, 'seeds.db');
// A table of this test's own: a user's .warta/aliases.tsv in the repository must not change the result.
const env = { WARTA_ALIASES: join(dir, 'aliases.tsv') };
after(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[]): string {
  const run = runCli(args, env);
  assert.equal(run.status, 0, `warta ${args.join(' ')}\n${run.stderr}`);
  return run.stdout;
}

/** The shared checker's verdict on an export file; fails the test when it finds a problem. */
function checkExportFile(file: string): string {
  const check = spawnSync(process.execPath, [sharedPath('tools', 'check-export.mjs'), file], { encoding: 'utf8' });
  assert.equal(check.status, 0, check.stdout);
  return check.stdout;
}

function checkExport(json: string, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, json);
  return checkExportFile(file);
}

function exportJson(): Export {
  return JSON.parse(cli(['export', '--db', db, '--format', 'json'])) as Export;
}

/** Each event as the sorted sources of its documents: ids aside, what belongs together. */
function membership(analysis: Export): string[] {
  const sourceOf = new Map(analysis.documents.map((doc) => [doc.id, doc.source.split('/').pop()!]));
  return analysis.events.map((event) => event.documents.map((id) => sourceOf.get(id)!).sort().join(' + ')).sort();
}

function bySeed(analysis: Export, prefix: string): Export['documents'][number] {
  const doc = analysis.documents.find((d) => d.source.split('/').pop()?.startsWith(prefix));
  assert.ok(doc, `seed ${prefix} exported`);
  return doc;
}

before(() => {
  assert.ok(hasShared(), `the seed articles are missing: expected them in ${SEEDS_DIR} (or set WARTA_SHARED_DIR)`);
  for (const file of seedFiles()) cli(['ingest', file, '--db', db, '--reference-date', REFERENCE_DATE]);
});

test('the export of seeds ingested one at a time passes the checker and matches analyze', () => {
  const json = cli(['export', '--db', db, '--format', 'json']);
  assert.match(checkExport(json, 'store.json'), /export ok: 5 documents/);
  const stored = JSON.parse(json) as Export;
  assert.equal(stored.format, 'warta-analysis/1');
  assert.equal(stored.documents.length, 5);
  for (const doc of stored.documents) {
    assert.equal(stored.events.filter((event) => event.documents.includes(doc.id)).length, 1, doc.source);
  }
  const analysed = JSON.parse(
    cli(['analyze', SEEDS_DIR, '--format', 'json', '--reference-date', REFERENCE_DATE]),
  ) as Export;
  // The store meets the articles one batch at a time and must still end where `analyze`, which sees
  // them all at once, does: the two reports of the Lavrov visit are one event (001 arrives before
  // its partner 002), the three troop figures one claim across outlets, and the undated 001 takes
  // its month from its event when 002 arrives after it has been stored.
  assert.deepEqual(membership(stored), membership(analysed));
  assert.equal(stored.events.length, 4);
  assert.equal(stored.storylines.length, 1);
  assert.equal(stored.storylines[0]?.events.length, 4);
  const troops = stored.claims.find((claim) => claim.figures.some((f) => f.text === 'sekitar 11.000 tentara'));
  assert.ok(troops, 'a claim holds "sekitar 11.000 tentara"');
  assert.deepEqual(
    troops.figures.map((f) => f.text).sort(),
    ['lebih dari 10.000 tentara', 'ribuan pasukan', 'sekitar 11.000 tentara'],
  );
  assert.equal(bySeed(stored, '001').published?.value, '2025-07');
  assert.equal(bySeed(stored, '001').published?.inferred, true);
});

test('the JSONL export holds the same records, one {"kind": …} object a line', () => {
  const whole = exportJson();
  const lines = cli(['export', '--db', db, '--format', 'jsonl']).trimEnd().split('\n');
  const records = lines.map((line) => JSON.parse(line) as { kind: string; id: string });
  const ids = (kind: string) => records.filter((r) => r.kind === kind).map((r) => r.id);
  assert.deepEqual(ids('document'), whole.documents.map((d) => d.id));
  assert.deepEqual(ids('entity'), whole.entities.map((e) => e.id));
  assert.deepEqual(ids('event'), whole.events.map((e) => e.id));
  assert.deepEqual(ids('storyline'), whole.storylines.map((s) => s.id));
  assert.equal(ids('claim').length, whole.claims.length);
  assert.equal(records.length, lines.length);
});

test('--out writes the export to a file and says what it wrote', () => {
  const out = join(dir, 'out.json');
  const said = cli(['export', '--db', db, '--out', out]);
  assert.match(said, /exported 5 document\(s\), \d+ entities, 4 event\(s\), 1 storyline\(s\), 1 claim\(s\)/);
  assert.match(checkExportFile(out), /export ok: 5 documents/);
});

test('an alias added after ingest reaches the stored documents through reprocess', () => {
  const before = exportJson();
  const soviet = before.documents.find((doc) => doc.entities.some((e) => e.name === 'Soviet'));
  assert.ok(soviet, 'a seed mentions "Soviet"');
  cli(['aliases', 'add', 'Soviet', 'Uni Soviet', '--type', 'LOC']);
  const said = cli(['reprocess', '--db', db, '--reference-date', REFERENCE_DATE, '--batch-size', '2']);
  assert.match(said, /reprocessed 5 document\(s\) in .*: 5 updated, 0 unchanged, 0 added, 0 rejected/);

  const json = cli(['export', '--db', db, '--format', 'json']);
  assert.match(checkExport(json, 'reprocessed.json'), /export ok: 5 documents/);
  const after = JSON.parse(json) as Export;
  assert.deepEqual(after.documents.map((d) => d.id).sort(), before.documents.map((d) => d.id).sort(), 'ids stay');
  const mention = after.documents.find((d) => d.id === soviet.id)?.entities.find((e) =>
    e.mentions.some((m) => m.text === 'Soviet'),
  );
  assert.equal(mention?.name, 'Uni Soviet', 'the stored document follows the table');
  const entity = after.entities.find((e) => e.id === mention?.entity);
  assert.ok(entity?.aliasSources.some((a) => a.alias === 'Soviet' && a.source === 'user'), JSON.stringify(entity));
  assert.ok(entity?.documents.includes(soviet.id), 'the entity lists the document');
  assert.deepEqual(membership(after), membership(before), 'the events stay as they were');
  assert.equal(after.storylines.length, 1);
  assert.equal(after.storylines[0]?.events.length, 4);
});

test('a bad --since or --batch-size is refused with the expected and the actual value', () => {
  const since = runCli(['reprocess', '--db', db, '--since', 'kemarin'], env);
  assert.equal(since.status, 2);
  assert.match(since.stderr, /--since: expected an ISO date, got "kemarin"/);
  const size = runCli(['reprocess', '--db', db, '--batch-size', '0'], env);
  assert.equal(size.status, 2);
  assert.match(size.stderr, /--batch-size: expected a positive integer, got "0"/);
  const format = runCli(['export', '--db', db, '--format', 'xml'], env);
  assert.notEqual(format.status, 0);
  assert.match(format.stderr, /--format: expected json or jsonl, got "xml"/);
});

test('reprocess --since a date after every ingest reads nothing and changes nothing', () => {
  const said = cli(['reprocess', '--db', db, '--since', '2999-01-01', '--reference-date', REFERENCE_DATE]);
  assert.match(said, /reprocessed 0 document\(s\)/);
});

test('a document stored before envelopes were kept is read again as it was first read', async () => {
  const store = new SqliteStore({ path: ':memory:' });
  const referenceDate = new Date('2025-03-12T00:00:00Z');
  await ingestIntoStore([join(REPO_DIR, 'samples')], store, { referenceDate, batchSize: 50 });
  const { rows } = await store.scanDocuments({ limit: 100, after: null });
  await store.close();
  assert.deepEqual(new Set(rows.map((row) => row.document.kind)), new Set(['text', 'html', 'jsonl', 'feed']));
  for (const row of rows) {
    assert.ok(row.raw.envelope, `${row.document.source} was stored with its envelope`);
    const legacy = rawDocumentOf({ ...row, raw: { ...row.raw, envelope: null } });
    assert.deepEqual(
      extractDocument(legacy, { referenceDate }),
      extractDocument(rawDocumentOf(row), { referenceDate }),
      row.document.source,
    );
  }
});

test('the export of 100k documents waits for a full output instead of buffering it', async () => {
  const total = 100_000;
  const sink = new SlowSink();
  const counts = await exportStore(syntheticStore(total), sink, 'jsonl');
  sink.end();
  await finished(sink);
  assert.equal(counts.documents, total);
  assert.equal(sink.lines, total + counts.events);
  // Without waiting for 'drain' the whole export would sit in the stream's buffer.
  assert.ok(sink.maxBuffered < sink.writableHighWaterMark + 64 * 1024, `buffered up to ${sink.maxBuffered} bytes`);
});

/** A store of `total` tiny documents, one event each, served page by page like a real one. */
function syntheticStore(total: number): ExportSource {
  const doc = (n: number): EnrichedDocument =>
    ({ id: `doc_${n}`, source: `mem#${n}`, text: `berita ${n}`, entities: [], contentHash: `h${n}` }) as unknown as EnrichedDocument;
  return {
    scanDocuments: async ({ limit, after }) => {
      const start = after === null ? 0 : Number(after);
      const end = Math.min(start + limit, total);
      const rows = [];
      for (let n = start; n < end; n++) {
        rows.push({ document: doc(n), raw: { content: '', format: 'text', envelope: null }, ingestedAt: '' });
      }
      return { rows, next: end < total ? String(end) : null };
    },
    listEntities: async () => ({ items: [], total: 0 }),
    getEntity: async () => null,
    events: async (page) => {
      const offset = page?.offset ?? 0;
      const limit = Math.min(page?.limit ?? 50, 10 - Math.min(offset, 10));
      return Array.from({ length: limit }, (_, i) => ({
        id: `evt_${offset + i}`,
        title: '',
        date: null,
        documents: [`doc_${offset + i}`],
        entities: [],
        evidence: [],
      }));
    },
    storylines: async () => [],
    claims: async () => [],
  };
}

/** A consumer slower than the export: it takes each chunk on a later turn of the event loop. */
class SlowSink extends Writable {
  lines = 0;
  maxBuffered = 0;

  constructor() {
    super({ highWaterMark: 64 * 1024, decodeStrings: false });
  }

  override _write(chunk: string, _encoding: string, done: () => void): void {
    this.maxBuffered = Math.max(this.maxBuffered, this.writableLength);
    this.lines += chunk.split('\n').length - 1;
    setImmediate(done);
  }
}
