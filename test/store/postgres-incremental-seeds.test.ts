// The PostgreSQL copy of incremental-seeds.test.ts: the five real seed articles arriving one
// ingest at a time, in several orders, must end in the clusters one `analyze` of them all finds,
// on PostgreSQL as on SQLite (the same incremental path over the other ClusterStatePort).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { NewsEvent } from '../../src/model/cluster.ts';
import { type AnalysisResult, analyzeInputs } from '../../src/pipeline/analyze.ts';
import { ingestIntoStore } from '../../src/pipeline/ingest-into-store.ts';
import { PostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { postgresSkipReason, startPostgres, type TestPostgres } from '../support/postgres.ts';
import { seedFiles } from '../support/shared.ts';

const referenceDate = new Date('2026-11-23T00:00:00Z');

/** Events as sets of document ids, order-free: what "the same clustering" means here. */
function membership(events: NewsEvent[]): string[] {
  return events.map((event) => [...event.documents].sort().join('+')).sort();
}

const skip = postgresSkipReason();
let server: TestPostgres;
let batch: AnalysisResult;
let databases = 0;
const openStore = async (): Promise<PostgresStore> =>
  PostgresStore.open({ url: await server.createDatabase(`seeds_${++databases}`) });
if (!skip) {
  before(async () => {
    server = await startPostgres();
    batch = await analyzeInputs(seedFiles(), { referenceDate });
  });
  after(() => server?.stop());
}

const ORDERS: [string, number[]][] = [
  ['file order', [0, 1, 2, 3, 4]],
  ['reverse order', [4, 3, 2, 1, 0]],
  // The undated article (001) before the July report it belongs with, after a January one.
  ['undated early', [1, 4, 0, 3, 2]],
];

for (const [name, order] of ORDERS) {
  test(`postgres: seeds ingested one at a time (${name}) cluster as one analyze of them all`, { skip }, async () => {
    const store = await openStore();
    try {
      const files = seedFiles();
      for (const at of order) {
        const summary = await ingestIntoStore([files[at]!], store, { referenceDate, batchSize: 50 });
        assert.equal(summary.added, 1);
      }
      const events = await store.events();
      assert.deepEqual(membership(events), membership(batch.events));
      assert.equal(events.length, 4, 'the Lavrov visit (001+002) is one event, the other three stand alone');
      const storylines = await store.storylines();
      assert.equal(storylines.length, 1, 'all four events are one storyline (Korea Utara and Russia)');
      assert.equal(storylines[0]!.evidence?.length, 4, 'every event says why it is in the storyline');
      const claims = await store.claims();
      const troops = claims.find((claim) => claim.figures.some((f) => f.text === 'sekitar 11.000 tentara'));
      assert.deepEqual(troops?.figures.map((f) => f.text).sort(), [
        'lebih dari 10.000 tentara',
        'ribuan pasukan',
        'sekitar 11.000 tentara',
      ]);
      const undated = batch.documents.find((doc) => doc.source.endsWith(files[1]!.split('/').pop()!))!;
      const stored = await store.getDocument(undated.id);
      assert.equal(stored?.published?.value, '2025-07', 'the undated article takes its month from its event');
      const times = Object.fromEntries((stored?.times ?? []).map((t) => [t.text, t.value]));
      assert.equal(times['April lalu'], '2025-04', 'and its relative times are read against it');
      const timeline = await store.entityTimeline(stored!.entities[0]!.entity);
      assert.ok(
        timeline.some((row) => row.period === '2025-07'),
        'the entity timeline follows the inferred date',
      );
    } finally {
      await store.close();
    }
  });
}

test('postgres: ingesting the same seeds again changes nothing', { skip }, async () => {
  const store = await openStore();
  try {
    await ingestIntoStore(seedFiles(), store, { referenceDate, batchSize: 2 });
    const before = JSON.stringify([await store.events(), await store.storylines(), await store.claims()]);
    const again = await ingestIntoStore(seedFiles(), store, { referenceDate, batchSize: 2 });
    assert.equal(again.added, 0);
    assert.equal(again.unchanged, 5);
    assert.equal(JSON.stringify([await store.events(), await store.storylines(), await store.claims()]), before);
  } finally {
    await store.close();
  }
});

test('postgres: two writers ingesting the seeds at once still cluster as one analyze', { skip }, async () => {
  const url = await server.createDatabase(`seeds_${++databases}`);
  const [first, second] = [await PostgresStore.open({ url }), await PostgresStore.open({ url })];
  try {
    const files = seedFiles();
    // Each writer stores one article per transaction; the writer lock lets one cluster at a time.
    const oneByOne = async (store: PostgresStore, picked: string[]) => {
      for (const file of picked) await ingestIntoStore([file], store, { referenceDate, batchSize: 1 });
    };
    await Promise.all([oneByOne(first, [files[0]!, files[2]!, files[4]!]), oneByOne(second, [files[1]!, files[3]!])]);
    assert.equal((await first.stats()).documents, 5);
    assert.deepEqual(membership(await second.events()), membership(batch.events));
    assert.equal((await first.storylines()).length, 1);
  } finally {
    await first.close();
    await second.close();
  }
});
