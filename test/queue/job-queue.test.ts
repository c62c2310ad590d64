// The ingest queue on a real PostgreSQL: items queued once per content, workers in child processes
// (as on other machines), concurrent workers, a worker killed mid-run, a poison job.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { quickAddJob } from 'graphile-worker';
import { analyzeInputs } from '../../src/pipeline/analyze.ts';
import { INGEST_TASK } from '../../src/queue/job-payload.ts';
import { PostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { runCli } from '../support/cli.ts';
import { postgresSkipReason, startPostgres, type TestPostgres } from '../support/postgres.ts';
import { seedFiles } from '../support/shared.ts';
import {
  eventsPerDocument,
  membership,
  processedJobs,
  startCli,
  statsOf,
  waitForQueue,
  writeIndosumJsonl,
} from './queue-support.ts';

const skip = postgresSkipReason();
const REFERENCE = '2026-11-23T00:00:00Z';
let pg: TestPostgres;
let tmp: string;

before(async () => {
  if (skip) return;
  pg = await startPostgres();
  tmp = mkdtempSync(join(tmpdir(), 'warta-queue-'));
});
after(async () => {
  if (skip) return;
  await pg.stop();
  rmSync(tmp, { recursive: true, force: true });
});

/** Reads what a database's store holds, then closes it. */
async function inStore<T>(url: string, read: (store: PostgresStore) => Promise<T>): Promise<T> {
  const store = new PostgresStore({ url });
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}

function enqueue(url: string, inputs: string[]): ReturnType<typeof runCli> {
  return runCli(['ingest', ...inputs, '--enqueue', '--reference-date', REFERENCE], { WARTA_DB: url });
}

test('the seeds queued twice are five jobs; one worker stores them clustered as analyze does', { skip }, async () => {
  const url = await pg.createDatabase('queue_seeds');
  const first = enqueue(url, seedFiles());
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /^queued 5 item\(s\) on postgres:\/\/.* \(0 already queued\), 0 rejected\n$/);
  const second = enqueue(url, seedFiles());
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stdout, /^queued 0 item\(s\) on .* \(5 already queued\), 0 rejected\n$/);
  const queued = await statsOf(url);
  assert.equal(queued.waiting, 5, 'the same content queued twice is one job');

  const worker = runCli(['worker', '--once'], { WARTA_DB: url });
  assert.equal(worker.status, 0, worker.stderr);
  assert.equal(processedJobs(worker), 5);
  assert.match(worker.stdout, /5 added, 0 updated, 0 unchanged, 0 rejected, 0 failed/);

  // The incremental store path is the same clustering as one in-memory analyze of all five
  // (test/store/incremental-seeds.test.ts): the Lavrov visit (001+002) is one event, the other
  // three stand alone, and all four are one storyline, however the worker batched them.
  const analysis = await analyzeInputs(seedFiles(), { referenceDate: new Date(REFERENCE) });
  await inStore(url, async (store) => {
    const stats = await store.stats();
    assert.equal(stats.documents, 5);
    const events = await store.events();
    assert.equal(events.length, 4);
    assert.deepEqual(membership(events), membership(analysis.events));
    assert.equal((await store.storylines()).length, 1);
  });
  const drained = await statsOf(url);
  assert.deepEqual([drained.waiting, drained.running, drained.failed], [0, 0, 0]);
  assert.equal(drained.throughput.lastHour, 5, 'the job log counts the completed jobs');

  const again = enqueue(url, seedFiles());
  assert.match(again.stdout, /^queued 5 item\(s\)/, 'completed jobs are gone: the items can be queued again');
  const rerun = runCli(['worker', '--once'], { WARTA_DB: url });
  assert.match(rerun.stdout, /0 added, 0 updated, 5 unchanged/, 'a job run again finds its content stored');
  assert.equal(await inStore(url, async (store) => (await store.stats()).documents), 5);
});

test('--enqueue with an SQLite database is a usage error', { skip }, () => {
  const run = runCli(['ingest', seedFiles()[0]!, '--enqueue', '--db', join(tmp, 'x.db')]);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /--enqueue: expected a PostgreSQL database/);
  const worker = runCli(['worker', '--db', join(tmp, 'x.db')]);
  assert.equal(worker.status, 2);
  assert.match(worker.stderr, /job queue lives in PostgreSQL/);
});

test('two workers at once store every document exactly once, each in exactly one event', { skip }, async () => {
  const url = await pg.createDatabase('queue_two_workers');
  const { path, ids } = writeIndosumJsonl(tmp, 60);
  assert.equal(enqueue(url, [path]).status, 0);
  // Small batches, so that neither worker can take the whole queue before the other starts.
  const args = ['worker', '--batch-size', '4', '--concurrency', '4'];
  const workers = [startCli(args, { WARTA_DB: url }), startCli(args, { WARTA_DB: url })];
  await waitForQueue(url, (stats) => stats.workers.length === 2 || stats.waiting === 0);
  await waitForQueue(url, (stats) => stats.waiting === 0 && stats.running === 0 && stats.retrying === 0);
  for (const { child } of workers) child.kill('SIGTERM');
  const runs = await Promise.all(workers.map((worker) => worker.done));
  for (const run of runs) assert.equal(run.status, 0, `a worker stops cleanly on SIGTERM: ${run.stderr}`);
  const counts = runs.map(processedJobs);
  assert.equal(counts[0]! + counts[1]!, 60, 'every job ran once');
  assert.ok(counts.every((n) => n > 0), `both workers took jobs (${counts.join(' + ')})`);

  await inStore(url, async (store) => {
    const stored = await store.listDocuments({ limit: 500 });
    assert.deepEqual(stored.map((doc) => doc.id).sort(), [...ids].sort());
    const perDocument = eventsPerDocument(await store.events());
    assert.equal(perDocument.size, 60);
    assert.ok([...perDocument.values()].every((n) => n === 1), 'no document is in two events');
  });
});

test('a worker killed mid-run loses nothing: the next one takes its jobs up at once', { skip }, async () => {
  const url = await pg.createDatabase('queue_killed');
  const { path, ids } = writeIndosumJsonl(tmp, 60);
  assert.equal(enqueue(url, [path]).status, 0);
  const doomed = startCli(['worker', '--batch-size', '5'], { WARTA_DB: url });
  await waitForQueue(url, (stats) => stats.throughput.lastHour >= 10 && stats.running > 0);
  doomed.child.kill('SIGKILL');
  await doomed.done;

  const survivor = runCli(['worker', '--once'], { WARTA_DB: url });
  assert.equal(survivor.status, 0, survivor.stderr);
  assert.match(survivor.stderr, /released \d+ job\(s\) held by 1 worker\(s\) that are gone/);
  const drained = await statsOf(url);
  assert.deepEqual([drained.waiting, drained.running, drained.failed], [0, 0, 0]);
  await inStore(url, async (store) => {
    const stored = await store.listDocuments({ limit: 500 });
    assert.deepEqual(stored.map((doc) => doc.id).sort(), [...ids].sort(), 'exactly the documents of the input');
    const perDocument = eventsPerDocument(await store.events());
    assert.equal(perDocument.size, 60);
    assert.ok([...perDocument.values()].every((n) => n === 1), 'a batch cut off wrote nothing half');
  });
});

test('a poison job fails with its error, shown by warta jobs, and the others go on', { skip }, async () => {
  const url = await pg.createDatabase('queue_poison');
  assert.equal(enqueue(url, seedFiles()).status, 0);
  // A payload no Warta enqueuer writes; one attempt, so that the test need not wait out the backoff.
  await quickAddJob({ connectionString: url }, INGEST_TASK, { text: 'not a raw document' }, { maxAttempts: 1 });
  const worker = runCli(['worker', '--once'], { WARTA_DB: url });
  assert.equal(worker.status, 0, worker.stderr);
  assert.match(worker.stdout, /processed 6 job\(s\).*5 added.*1 failed/);
  assert.equal(await inStore(url, async (store) => (await store.stats()).documents), 5);

  const json = runCli(['jobs', '--format', 'json'], { WARTA_DB: url });
  assert.equal(json.status, 0, json.stderr);
  const stats = JSON.parse(json.stdout) as Awaited<ReturnType<typeof statsOf>>;
  assert.equal(stats.failed, 1);
  assert.equal(stats.waiting, 0);
  assert.match(stats.failedJobs[0]?.lastError ?? '', /payload is not a raw document/);
  assert.equal(stats.throughput.failedAttemptsLastHour, 1);
  const text = runCli(['jobs'], { WARTA_DB: url });
  assert.match(text.stdout, /failed {5}1/);
  assert.match(text.stdout, /attempts 1\/1 .*\n {4}the job's payload is not a raw document/);
});
