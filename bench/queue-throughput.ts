import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bcubed } from './cluster-metrics.ts';
import { readIndosum } from './lib/indosum.ts';
import { type BenchPostgres, loadAverage, parseTime, startBenchPostgres } from './lib/pg-cluster.ts';

/**
 * The PostgreSQL job queue: `warta ingest --enqueue` of the first N IndoSum articles in date
 * order, drained by one `warta worker --once`, then (on a fresh database) by two started together;
 * documents/s and CPU seconds (the commands' from /usr/bin/time, the PostgreSQL server's from
 * /proc). Each run is checked for exactly-once (documents = articles, no duplicate ids, hashes or
 * sources, every document in exactly one exported event, `warta jobs` with nothing waiting,
 * running or failed), and its events are compared (B-cubed) with those of an SQLite `warta
 * ingest` of the same file in the same batch size. Last, a worker is killed with SIGKILL after a
 * few batches have committed, in the middle of the next, and another `worker --once` finishes
 * the queue: exactly-once is checked again.
 *
 *   node --import tsx bench/queue-throughput.ts [--articles 1000] [--batch-size 50] [--pgdir /tmp/warta-pg-queue]
 *     [--report bench/out/queue-throughput.md]
 */

const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1]! : fallback;
};
const ARTICLES = Number(arg('--articles', '1000'));
const BATCH = Number(arg('--batch-size', '50'));
const PGDIR = arg('--pgdir', '/tmp/warta-pg-queue');
const DIR = arg('--dir', join('bench', 'out', 'queue-throughput'));
const REPORT = arg('--report', join('bench', 'out', 'queue-throughput.md'));
const KILL_AFTER = Number(arg('--kill-after', '3'));
const REFERENCE_DATE = '2030-01-01';
const CLI = ['--import', 'tsx', 'src/serve/cli/main.ts'];

const log = (message: string) =>
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)} load ${loadAverage()}] ${message}\n`);

interface Run {
  seconds: number;
  cpu: number;
  peakMb: number;
  stdout: string;
  stderr: string;
}

/** A `warta` command under /usr/bin/time (so its CPU and peak RSS are measured). */
function timed(args: string[], env: Record<string, string> = {}): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn('/usr/bin/time', ['-f', '%e %M %U %S', process.execPath, ...CLI, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Run>((resolve, reject) =>
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`warta ${args.join(' ')} exited ${code}: ${stderr.slice(-3000)}`));
      resolve({ ...parseTime(stderr), stdout, stderr });
    }),
  );
  return { child, done };
}

/** A `warta` command without the time wrapper, for output only. */
function warta(args: string[]): Promise<string> {
  return timed(args).done.then((run) => run.stdout);
}

interface Export {
  documents: { id: string; source: string; url?: string | null; duplicateOf: string | null }[];
  events: { id: string; documents: string[] }[];
}

async function exported(db: string, name: string): Promise<Export> {
  const file = join(DIR, `${name}.export.json`);
  await warta(['export', '--db', db, '--format', 'json', '--out', file]);
  const data = JSON.parse(readFileSync(file, 'utf8')) as Export;
  rmSync(file);
  return data;
}

interface Check {
  documents: number;
  distinctIds: number;
  distinctHashes: number;
  distinctSources: number;
  exportedDocuments: number;
  events: number;
  inNoEvent: number;
  inSeveralEvents: number;
  jobs: { waiting: number; retrying: number; running: number; failed: number; orphaned: number };
  jobRows: number;
  failures: number;
  ok: boolean;
}

/** Exactly-once: one document per article, each in one event, nothing left on the queue. */
async function check(pg: BenchPostgres, database: string, name: string): Promise<{ check: Check; eventOf: Map<string, string> }> {
  const [counts] = await pg.sql<{ n: number; ids: number; hashes: number; sources: number }>(
    'SELECT COUNT(*)::int AS n, COUNT(DISTINCT id)::int AS ids, COUNT(DISTINCT content_hash)::int AS hashes, COUNT(DISTINCT source)::int AS sources FROM documents',
    database,
  );
  const [jobRows] = await pg.sql<{ n: number }>('SELECT COUNT(*)::int AS n FROM graphile_worker.jobs', database);
  const [failures] = await pg.sql<{ n: number }>('SELECT COUNT(*)::int AS n FROM failures', database);
  const stats = JSON.parse(await warta(['jobs', '--db', pg.url(database), '--format', 'json'])) as Check['jobs'];
  const data = await exported(pg.url(database), name);
  const seen = new Map<string, number>();
  const eventOf = new Map<string, string>();
  for (const event of data.events) {
    for (const id of event.documents) {
      seen.set(id, (seen.get(id) ?? 0) + 1);
      eventOf.set(id, event.id);
    }
  }
  const ids = data.documents.map((doc) => doc.id);
  const result: Check = {
    documents: counts!.n,
    distinctIds: counts!.ids,
    distinctHashes: counts!.hashes,
    distinctSources: counts!.sources,
    exportedDocuments: ids.length,
    events: data.events.length,
    inNoEvent: ids.filter((id) => !seen.has(id)).length,
    inSeveralEvents: [...seen.values()].filter((n) => n > 1).length,
    jobs: { waiting: stats.waiting, retrying: stats.retrying, running: stats.running, failed: stats.failed, orphaned: stats.orphaned },
    jobRows: jobRows!.n,
    failures: failures!.n,
    ok: false,
  };
  result.ok =
    result.documents === ARTICLES &&
    result.distinctIds === ARTICLES &&
    result.distinctHashes === ARTICLES &&
    result.distinctSources === ARTICLES &&
    result.exportedDocuments === ARTICLES &&
    result.inNoEvent === 0 &&
    result.inSeveralEvents === 0 &&
    stats.waiting + stats.retrying + stats.running + stats.failed === 0 &&
    result.failures === 0;
  log(`${name}: ${JSON.stringify(result)}`);
  return { check: result, eventOf };
}

function checkRow(name: string, c: Check): string {
  return `| ${name} | ${c.documents} | ${c.distinctIds} / ${c.distinctHashes} / ${c.distinctSources} | ${c.exportedDocuments} | ${c.events} | ${c.inNoEvent} | ${c.inSeveralEvents} | ${c.jobs.waiting} / ${c.jobs.retrying} / ${c.jobs.running} / ${c.jobs.failed} | ${c.jobRows} | ${c.failures} | ${c.ok ? 'yes' : '**NO**'} |`;
}

const pct = (value: number) => (value * 100).toFixed(2);
function agreementRow(name: string, eventOf: Map<string, string>, reference: Map<string, string>): string {
  const ids = [...reference.keys()];
  const missing = ids.filter((id) => !eventOf.has(id)).length;
  const predicted = ids.map((id) => eventOf.get(id) ?? `missing:${id}`);
  const scores = bcubed(predicted, ids.map((id) => reference.get(id)!));
  return `| ${name} | ${pct(scores.precision)} | ${pct(scores.recall)} | ${pct(scores.f1)} | ${new Set(predicted).size} | ${new Set(reference.values()).size} | ${missing} |`;
}

/** How many batches the worker's stderr reports, and their times. */
function batchesOf(stderr: string): number[] {
  return [...stderr.matchAll(/warta worker: (\d+) job\(s\):.*\((\d+) ms\)/g)].map((m) => Number(m[2]));
}
const batchSizesOf = (stderr: string) => [...stderr.matchAll(/warta worker: (\d+) job\(s\):/g)].map((m) => Number(m[1]));
const jobsOf = (stderr: string) =>
  [...stderr.matchAll(/warta worker: (\d+) job\(s\):/g)].reduce((sum, m) => sum + Number(m[1]), 0);

const throughput: string[] = [];
const checks: string[] = [];
const agreement: string[] = [];
const notes: string[] = [];
const commands: string[] = [];
const started = new Date();

function report(): string {
  return [
    `# Job queue throughput (bench/queue-throughput.ts), started ${started.toISOString()}\n`,
    `${ARTICLES} IndoSum articles (the first in date order), worker batch size ${BATCH} (concurrency ${2 * BATCH}, the default`,
    `twice the batch size); PostgreSQL 15 in ${PGDIR} with server defaults (fsync on). CPU s = user + system of the`,
    'command(s) (/usr/bin/time); server CPU s = the PostgreSQL server over the same interval (postmaster, its reaped and',
    'live children, from /proc). The machine has 2 cores and other benchmarks ran beside this one (load average in each',
    'row), so wall time is inflated; CPU seconds are the steadier figure.\n',
    '## Throughput\n',
    '| run | wall s | documents/s (wall) | command CPU s | PG server CPU s | documents per CPU-second (commands + server) | peak RSS MB | batches per worker (jobs; batch size min/median/max) | load avg |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...throughput,
    '\n## Exactly-once checks\n',
    '| run | documents | distinct ids / hashes / sources | exported documents | events | in no event | in several events | jobs waiting / retrying / running / failed | graphile_worker.jobs rows | failures rows | ok |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |',
    ...checks,
    `\n## Event agreement with an SQLite \`warta ingest\` of the same file (WARTA_BATCH_SIZE=${BATCH}), B-cubed, SQLite as reference\n`,
    '| run | B³ P | B³ R | B³ F1 | events | reference events | documents missing |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...agreement,
    ...(notes.length > 0 ? ['\n## Notes\n', ...notes.map((n) => `- ${n}`)] : []),
    '\n## Commands\n',
    '```',
    ...commands,
    '```',
    '',
  ].join('\n');
}
const save = () => writeFileSync(REPORT, report());

rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
const articles = readIndosum()
  .sort((a, b) => a.published.getTime() - b.published.getTime() || (a.id < b.id ? -1 : 1))
  .slice(0, ARTICLES);
const file = join(DIR, 'articles.jsonl');
writeFileSync(
  file,
  `${articles
    .map((a) =>
      JSON.stringify({ id: a.id, title: a.title, text: a.paragraphs.join('\n\n'), url: a.url, outlet: a.outlet, published: a.published.toISOString().slice(0, 10) }),
    )
    .join('\n')}\n`,
);
log(`${articles.length} articles, ${articles[0]!.published.toISOString().slice(0, 10)} – ${articles.at(-1)!.published.toISOString().slice(0, 10)}`);

const pg = await startBenchPostgres(PGDIR);
log(`PostgreSQL on port ${pg.port}`);
const cmd = (args: string[], env = '') => commands.push(`${env}node --import tsx src/serve/cli/main.ts ${args.join(' ')}`);

async function enqueue(database: string): Promise<Run> {
  await pg.sql(`CREATE DATABASE ${database}`);
  const args = ['ingest', file, '--db', pg.url(database), '--enqueue', '--reference-date', REFERENCE_DATE];
  cmd(args);
  const server = pg.cpuSeconds();
  const run = await timed(args).done;
  const serverCpu = pg.cpuSeconds() - server;
  throughput.push(
    `| \`ingest --enqueue\` (${database}) | ${run.seconds.toFixed(1)} | ${(ARTICLES / run.seconds).toFixed(0)} | ${run.cpu.toFixed(1)} | ${serverCpu.toFixed(1)} | ${(ARTICLES / (run.cpu + serverCpu)).toFixed(0)} | ${run.peakMb.toFixed(0)} | – | ${loadAverage()} |`,
  );
  log(`${run.stdout.trim()} | ${throughput.at(-1)}`);
  return run;
}

/** `workers` × `worker --once` started together on the queue of `database`. */
async function drain(database: string, workers: number): Promise<void> {
  const args = ['worker', '--db', pg.url(database), '--once', '--batch-size', String(BATCH)];
  cmd(args);
  const server = pg.cpuSeconds();
  const wallStarted = performance.now();
  const runs = await Promise.all(Array.from({ length: workers }, () => timed(args).done));
  const wall = (performance.now() - wallStarted) / 1000;
  const serverCpu = pg.cpuSeconds() - server;
  const cpu = runs.reduce((sum, run) => sum + run.cpu, 0);
  const perWorker = runs
    .map((run) => {
      const sizes = batchSizesOf(run.stderr).sort((a, b) => a - b);
      return `${sizes.length} (${jobsOf(run.stderr)}; ${sizes[0]}/${sizes[Math.floor(sizes.length / 2)]}/${sizes.at(-1)})`;
    })
    .join(', ');
  throughput.push(
    `| ${workers} × \`worker --once\` (${database}) | ${wall.toFixed(1)} | ${(ARTICLES / wall).toFixed(1)} | ${cpu.toFixed(1)} | ${serverCpu.toFixed(1)} | ${(ARTICLES / (cpu + serverCpu)).toFixed(1)} | ${Math.max(...runs.map((r) => r.peakMb)).toFixed(0)} | ${perWorker} | ${loadAverage()} |`,
  );
  for (const run of runs) log(run.stdout.trim());
  log(throughput.at(-1)!);
  for (const [index, run] of runs.entries()) {
    const warnings = run.stderr.split('\n').filter((line) => line && !/job\(s\):/.test(line) && !/^[\d.]+ \d+ [\d.]+ [\d.]+$/.test(line));
    if (warnings.length > 0) notes.push(`${database} worker ${index + 1} stderr: ${warnings.slice(0, 5).join(' / ')}`);
  }
}

try {
  // SQLite reference: the same file through `warta ingest` in batches of the worker's size.
  const sqlite = join(DIR, 'reference.db');
  cmd(['ingest', file, '--db', sqlite, '--reference-date', REFERENCE_DATE], `WARTA_BATCH_SIZE=${BATCH} `);
  const reference = await timed(['ingest', file, '--db', sqlite, '--reference-date', REFERENCE_DATE], {
    WARTA_BATCH_SIZE: String(BATCH),
  }).done;
  throughput.push(
    `| SQLite \`ingest\` (reference, batch ${BATCH}) | ${reference.seconds.toFixed(1)} | ${(ARTICLES / reference.seconds).toFixed(1)} | ${reference.cpu.toFixed(1)} | – | ${(ARTICLES / reference.cpu).toFixed(1)} | ${reference.peakMb.toFixed(0)} | – | ${loadAverage()} |`,
  );
  log(throughput.at(-1)!);
  const referenceExport = await exported(sqlite, 'reference');
  const referenceOf = new Map<string, string>();
  for (const event of referenceExport.events) for (const id of event.documents) referenceOf.set(id, event.id);
  log(`reference: ${referenceExport.documents.length} documents, ${referenceExport.events.length} events`);
  save();

  await enqueue('one');
  await drain('one', 1);
  const one = await check(pg, 'one', 'one');
  checks.push(checkRow('1 worker', one.check));
  agreement.push(agreementRow('PostgreSQL, 1 worker', one.eventOf, referenceOf));
  save();

  await enqueue('two');
  await drain('two', 2);
  const two = await check(pg, 'two', 'two');
  checks.push(checkRow('2 workers at once', two.check));
  agreement.push(agreementRow('PostgreSQL, 2 workers', two.eventOf, referenceOf));
  save();

  // kill -9: a worker (no time wrapper: the signal must reach node itself) is killed after
  // KILL_AFTER batches have committed, half a batch into the next; another worker finishes.
  await enqueue('killed');
  const workerArgs = ['worker', '--db', pg.url('killed'), '--once', '--batch-size', String(BATCH)];
  const victim = spawn(process.execPath, [...CLI, ...workerArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let victimErr = '';
  victim.stdout.resume();
  const exited = new Promise((resolve) => victim.on('exit', (code, signal) => resolve(signal ?? code)));
  await new Promise<void>((resolve) => {
    victim.stderr.on('data', (chunk: Buffer) => {
      victimErr += chunk.toString();
      const batches = batchesOf(victimErr);
      if (batches.length >= KILL_AFTER) {
        const half = batches.reduce((a, b) => a + b, 0) / batches.length / 2;
        setTimeout(resolve, half);
        victim.stderr.removeAllListeners('data');
        victim.stderr.resume();
      }
    });
  });
  const [before] = await pg.sql<{ n: number }>('SELECT COUNT(*)::int AS n FROM documents', 'killed');
  process.kill(victim.pid!, 'SIGKILL');
  const how = await exited;
  const [after] = await pg.sql<{ n: number }>('SELECT COUNT(*)::int AS n FROM documents', 'killed');
  const held = await pg.sql<{ locked: number; attempts: string }>(
    "SELECT COUNT(*) FILTER (WHERE locked_at IS NOT NULL)::int AS locked, string_agg(DISTINCT attempts::text, ',') AS attempts FROM graphile_worker.jobs",
    'killed',
  );
  const statsAfterKill = JSON.parse(await warta(['jobs', '--db', pg.url('killed'), '--format', 'json'])) as Check['jobs'];
  notes.push(
    `kill -9 test: the worker was killed (${String(how)}) after ${batchesOf(victimErr).length} committed batches (${before!.n} documents stored just before the kill, ${after!.n} just after), half a batch time into the next; ` +
      `then ${held[0]!.locked} job(s) were locked (attempts seen: ${held[0]!.attempts}); \`jobs\` said waiting ${statsAfterKill.waiting}, running ${statsAfterKill.running}, orphaned ${statsAfterKill.orphaned}, failed ${statsAfterKill.failed}.`,
  );
  log(notes.at(-1)!);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  cmd(workerArgs);
  const server = pg.cpuSeconds();
  const rescue = await timed(workerArgs).done;
  const serverCpu = pg.cpuSeconds() - server;
  const released = /released (\d+) job\(s\) held by (\d+) worker/.exec(rescue.stderr);
  notes.push(
    `kill -9 test: the second \`worker --once\` ${released ? `released ${released[1]} job(s) held by ${released[2]} gone worker(s) and` : 'released nothing (no "released" notice) and'} printed: ${rescue.stdout.trim()} ` +
      `(${rescue.seconds.toFixed(1)} s wall, ${rescue.cpu.toFixed(1)} CPU s, server ${serverCpu.toFixed(1)} CPU s).`,
  );
  log(notes.at(-1)!);
  const killed = await check(pg, 'killed', 'killed');
  checks.push(checkRow('kill -9 then a second worker', killed.check));
  agreement.push(agreementRow('PostgreSQL, killed worker + second worker', killed.eventOf, referenceOf));
  save();
  log('done');
} finally {
  save();
  pg.stop();
}
console.log(report());
