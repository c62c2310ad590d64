// The CLI's store checks of cli.test.ts once more with `--db postgres://…`: the same commands over
// the PostgreSQL store, then a search through the HTTP API over what they stored.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createApp } from '../../src/serve/http/app.ts';
import { PostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { runCli } from '../support/cli.ts';
import { freePort, postgresSkipReason, startPostgres } from '../support/postgres.ts';
import { REPO_DIR } from '../support/shared.ts';

const skip = postgresSkipReason();

if (skip) {
  test('the CLI over PostgreSQL', { skip }, () => undefined);
} else {
  const server = await startPostgres();
  after(() => server.stop());

  test('postgres: ingest twice changes nothing the second time; stats, show, reports and search read it', async () => {
    const db = await server.createDatabase('cli_samples');
    const ingest = () => runCli(['ingest', join(REPO_DIR, 'samples'), '--db', db, '--reference-date', '2025-03-12']);
    const first = ingest();
    assert.equal(first.status, 0, first.stderr);
    const added = Number(/(\d+) added/.exec(first.stdout)?.[1]);
    assert.ok(added >= 8, first.stdout);
    const second = ingest();
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, / 0 added, 0 updated, \d+ unchanged/);
    // WARTA_DB names the database as --db does.
    const stats = JSON.parse(runCli(['stats', '--format', 'json'], { WARTA_DB: db }).stdout);
    assert.equal(stats.documents, added);
    const show = runCli(['show', 'arsip-2025-0001', '--db', db]);
    assert.equal(show.status, 0, show.stderr);
    assert.match(show.stdout, /Pasar Terapung/);
    const events = JSON.parse(runCli(['events', '--db', db, '--format', 'json']).stdout) as unknown[];
    assert.equal(events.length, stats.events, 'the events report lists every stored event');
    const storylines = runCli(['storylines', '--db', db]);
    assert.equal(storylines.status, 0, storylines.stderr);
    assert.equal(storylines.stdout.match(/^▶ /gm)?.length, stats.storylines);
    const claims = runCli(['claims', '--db', db]);
    assert.equal(claims.status, 0, claims.stderr);
    assert.equal(claims.stdout.match(/^[✓✗] /gm)?.length, stats.claims);

    const store = await PostgresStore.open({ url: db });
    try {
      const app = createApp({ store, writeToken: null, webDir: '/nonexistent' });
      const response = await app.request('/api/search?q=pasar%20terapung');
      assert.equal(response.status, 200);
      const found = (await response.json()) as { hits: { id: string; snippet: string }[] };
      assert.ok(
        found.hits.some((hit) => hit.id === 'arsip-2025-0001'),
        JSON.stringify(found.hits.map((hit) => hit.id)),
      );
      assert.ok(found.hits.every((hit) => /\[[^\]]+\]/.test(hit.snippet)), 'every snippet marks its match');
      // tsquery syntax never reaches PostgreSQL: Warta's parser reads it, or refuses it saying where.
      const odd = await app.request(`/api/search?q=${encodeURIComponent("'a':* & !(b | \\")}`);
      assert.notEqual(odd.status, 500);
      if (odd.status === 400) assert.equal(typeof ((await odd.json()) as { position?: unknown }).position, 'number');
      else assert.equal(odd.status, 200);
    } finally {
      await store.close();
    }
  });

  test('postgres: an unreachable server is exit 2 and one line naming the URL without its password', async () => {
    const port = await freePort();
    const run = runCli([
      'ingest',
      join(REPO_DIR, 'samples', '01-kabar-lembah-banjir.txt'),
      '--db',
      `postgres://warta:secret@127.0.0.1:${port}/warta`,
    ]);
    assert.equal(run.status, 2, run.stderr);
    assert.equal(
      run.stderr.trim(),
      `warta: cannot open database postgres://warta@127.0.0.1:${port}/warta: connection refused`,
    );
  });
}
