import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { analyzeDocuments, openStore, storeDocuments, toAnalysisExport } from '../../src/index.ts';
import { runCli } from '../support/cli.ts';
import { exampleImporting } from '../support/readme-example.ts';
import { hasShared, REPO_DIR, seedFiles } from '../support/shared.ts';

const REFERENCE = '2026-01-20';
const skip = hasShared() ? false : 'needs ../shared (WARTA_SHARED_DIR)';

async function apiExport(path: string): Promise<string> {
  const content = readFileSync(path, 'utf8');
  const result = await analyzeDocuments([{ content, source: path }], { referenceDate: new Date(REFERENCE) });
  return `${JSON.stringify(toAnalysisExport(result), null, 2)}\n`;
}

function cliExport(path: string): string {
  const run = runCli(['analyze', path, '--format', 'json', '--reference-date', REFERENCE]);
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

test('analyzeDocuments on a seed text in memory gives the export `warta analyze` gives for the file', { skip }, async () => {
  const seed = seedFiles()[0]!;
  assert.equal(await apiExport(seed), cliExport(seed));
});

test('analyzeDocuments recognises an HTML page and gives the export of the file', async () => {
  const page = join(REPO_DIR, 'samples', '07-harian-tanjung.html');
  const exported = await apiExport(page);
  assert.equal(exported, cliExport(page));
  assert.match(exported, /"rule": "tag-nav"/); // read as markup, not as text
});

test('storeDocuments stores through openStore, once per content', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'warta-api-'));
  try {
    const content = readFileSync(join(REPO_DIR, 'samples', '01-kabar-lembah-banjir.txt'), 'utf8');
    const store = await openStore(join(dir, 'news.db'), { create: true });
    try {
      assert.equal((await storeDocuments(store, [content])).added, 1);
      assert.equal((await storeDocuments(store, [content, { content, source: 'again' }])).added, 0);
      assert.equal((await store.stats()).documents, 1);
    } finally {
      await store.close();
    }
    await assert.rejects(openStore(join(dir, 'missing.db')), /missing\.db/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the README library example runs against the package entry and prints what the API found', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'warta-example-'));
  try {
    const script = join(dir, 'example.mjs');
    writeFileSync(script, exampleImporting(pathToFileURL(join(REPO_DIR, 'src', 'index.ts')).href));
    const seed = seedFiles()[0]!;
    const [doc] = (await analyzeDocuments([readFileSync(seed, 'utf8')], { referenceDate: new Date(REFERENCE) })).documents;
    const run = (): string[] => {
      const child = spawnSync(process.execPath, ['--import', 'tsx', script, seed, join(dir, 'news.db')], {
        cwd: REPO_DIR,
        encoding: 'utf8',
      });
      assert.equal(child.status, 0, child.stderr);
      return child.stdout.trimEnd().split('\n');
    };
    const first = run();
    assert.equal(first[0], `${doc!.title} (${doc!.published!.value})`);
    for (const entity of doc!.entities) assert.ok(first.includes(`  ${entity.type} ${entity.name}`), entity.name);
    assert.match(first.at(-2)!, /^warta-analysis\/1: \d+ entities$/);
    assert.equal(first.at(-1), '1 added; the store holds 1 document(s)');
    assert.equal(run().at(-1), '0 added; the store holds 1 document(s)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
