import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readIndosum } from './lib/indosum.ts';
import { type BenchPostgres, loadAverage, parseTime, startBenchPostgres } from './lib/pg-cluster.ts';
import { generator, jsonlRecord, streamOrder } from './lib/resampled-indosum.ts';
import { type Latency, QUERIES, searchLatency } from './lib/serve-latency.ts';

/**
 * bench/store-scale.ts on PostgreSQL: builds one store through `warta ingest --db postgres://…`
 * (a subprocess per step) from the same resampled IndoSum stream (seed 42, reference date
 * 2030-01-01), and at each size N adds the next 10 articles three times, each time to a copy of
 * the database (`CREATE DATABASE probe TEMPLATE store`, dropped after). Wall, CPU (the ingest
 * command's, and the PostgreSQL server's from /proc) and peak RSS of the whole command. At the
 * final size, search latency through `warta serve` (and on an SQLite store given by --sqlite).
 * The report is rewritten after every step.
 *
 *   node --import tsx bench/pg-scale.ts [--sizes 10,1000,10000,100000] [--pgdir /tmp/warta-pg-scale]
 *     [--report bench/out/pg-scale.md] [--sqlite bench/out/sqlite-copy.db] [--requests 300] [--latency-from 10000] [--keep]
 *   node --import tsx bench/pg-scale.ts --latency-only --db postgres://…|file.db [--postmaster PID]
 */

const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1]! : fallback;
};
const flag = (name: string) => process.argv.includes(name);
const SIZES = arg('--sizes', '10,1000,10000,100000').split(',').map(Number);
const PGDIR = arg('--pgdir', '/tmp/warta-pg-scale');
const WORK = arg('--dir', join('bench', 'out', 'pg-scale'));
const REPORT = arg('--report', join('bench', 'out', 'pg-scale.md'));
const SQLITE = arg('--sqlite', '');
const REQUESTS = Number(arg('--requests', '300'));
const LATENCY_FROM = Number(arg('--latency-from', '10000'));
const ADDED = 10;
const PROBES = 3;
const REFERENCE_DATE = '2030-01-01';
const CLI = ['--import', 'tsx', 'src/serve/cli/main.ts'];

interface Measured {
  seconds: number;
  cpu: number;
  serverCpu: number;
  peakMb: number;
}

const log = (message: string) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)} load ${loadAverage()}] ${message}\n`);

if (flag('--latency-only')) {
  const db = arg('--db', '');
  const postmaster = arg('--postmaster', '');
  const result = await searchLatency(db, REQUESTS, postmaster ? Number(postmaster) : null);
  console.log(latencyRow(db, result));
  process.exit(0);
}

function latencyRow(name: string, r: Latency): string {
  return `| ${name} | ${r.n} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} | ${r.storeMedian.toFixed(0)} | ${r.hits} | ${r.serveCpu.toFixed(1)} | ${Number.isNaN(r.serverCpu) ? '–' : r.serverCpu.toFixed(1)} | ${loadAverage()} |`;
}

/** Runs `warta ingest FILE --db URL` under /usr/bin/time, printing the store's document count every minute. */
function ingest(pg: BenchPostgres, file: string, database: string, watch: boolean): Promise<Measured> {
  const serverBefore = pg.cpuSeconds();
  return new Promise((resolve, reject) => {
    const child = spawn(
      '/usr/bin/time',
      ['-f', '%e %M %U %S', process.execPath, ...CLI, 'ingest', file, '--db', pg.url(database), '--reference-date', REFERENCE_DATE],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.resume();
    const started = performance.now();
    const timer = watch
      ? setInterval(() => {
          pg.sql<{ n: number }>('SELECT COUNT(*)::int AS n FROM documents', database)
            .then(([row]) => log(`  ${row!.n} documents after ${((performance.now() - started) / 1000).toFixed(0)} s`))
            .catch(() => undefined);
        }, 120_000)
      : null;
    child.on('exit', (code) => {
      if (timer) clearInterval(timer);
      if (code !== 0) return reject(new Error(`ingest ${file} failed (${code}): ${stderr.slice(-2000)}`));
      const time = parseTime(stderr);
      resolve({ ...time, serverCpu: pg.cpuSeconds() - serverBefore });
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** CREATE DATABASE … TEMPLATE fails while a session on the template is still closing: try again. */
async function copyStore(pg: BenchPostgres): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await pg.sql('CREATE DATABASE probe TEMPLATE store');
      return;
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

const rows: string[] = [];
const builds: string[] = [];
const latency: string[] = [];
const sizes: string[] = [];
const started = new Date();

function report(): string {
  return [
    `# PostgreSQL store scale (bench/pg-scale.ts), started ${started.toISOString()}\n`,
    `Sizes ${SIZES.join(', ')}; PostgreSQL cluster in ${PGDIR} (server defaults, fsync on). CPU s = user + system of the`,
    '`warta ingest` command (/usr/bin/time); server CPU s = the PostgreSQL server over the same interval (postmaster,',
    'its reaped and live children, from /proc). Load average (1, 5, 15 min) at the end of each row: the machine has 2',
    'cores and other benchmarks ran beside this one, so wall time is inflated; CPU seconds are the steadier figure.\n',
    `## Adding ${ADDED} articles to a copy of a store of N (\`warta ingest --db postgres://…\`, whole command)\n`,
    '| store size N | median wall s | slowest wall s | median CPU s | median server CPU s | median peak RSS MB | load avg |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
    `\n## Building the store through \`warta ingest --db postgres://…\`\n`,
    '| step (documents) | wall s | CPU s | server CPU s | documents/s (wall) | documents per CPU-second (ingest) | documents per CPU-second (ingest + server) | peak RSS MB | load avg |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...builds,
    '\n## Database size\n',
    '| documents | pg_database_size MB |',
    '| ---: | ---: |',
    ...sizes,
    ...(latency.length > 0
      ? [
          `\n## Search latency through \`warta serve\` (${REQUESTS} sequential /api/search requests after one warm-up pass; queries: ${QUERIES.join(', ')})\n`,
          '| store | requests | median ms | p95 ms | max ms | store median ms (tookMs) | first-page hits, one pass | serve CPU s | PG server CPU s | load avg |',
          '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
          ...latency,
        ]
      : []),
    '',
  ].join('\n');
}

rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
const articles = readIndosum();
const max = Math.max(...SIZES);
const stream = streamOrder(articles, max + ADDED);
const random = generator(42);
const lines = stream.map((slot) => jsonlRecord(articles, slot, random));
log(`stream of ${lines.length} records ready; starting PostgreSQL in ${PGDIR}`);
const pg = await startBenchPostgres(PGDIR);
log(`PostgreSQL on port ${pg.port}, data ${pg.data}`);
await pg.sql('CREATE DATABASE store');
let built = 0;
try {
  for (const size of SIZES) {
    const chunk = join(WORK, `build-${size}.jsonl`);
    writeFileSync(chunk, `${lines.slice(built, size).join('\n')}\n`);
    log(`building ${built} → ${size}`);
    const build = await ingest(pg, chunk, 'store', true);
    const n = size - built;
    builds.push(
      `| ${built.toLocaleString('en')} → ${size.toLocaleString('en')} | ${build.seconds.toFixed(1)} | ${build.cpu.toFixed(1)} | ${build.serverCpu.toFixed(1)} | ${(n / build.seconds).toFixed(1)} | ${(n / build.cpu).toFixed(1)} | ${(n / (build.cpu + build.serverCpu)).toFixed(1)} | ${build.peakMb.toFixed(0)} | ${loadAverage()} |`,
    );
    log(builds.at(-1)!);
    rmSync(chunk);
    built = size;
    const [{ bytes }] = (await pg.sql<{ bytes: string }>("SELECT pg_database_size('store')::text AS bytes")) as [{ bytes: string }];
    const [{ docs }] = (await pg.sql<{ docs: number }>('SELECT COUNT(*)::int AS docs FROM documents', 'store')) as [{ docs: number }];
    sizes.push(`| ${docs.toLocaleString('en')} | ${(Number(bytes) / 1_048_576).toFixed(0)} |`);
    writeFileSync(REPORT, report());
    const added = join(WORK, `add-${size}.jsonl`);
    writeFileSync(added, `${lines.slice(size, size + ADDED).join('\n')}\n`);
    const probes: Measured[] = [];
    for (let probe = 0; probe < PROBES; probe++) {
      await copyStore(pg);
      probes.push(await ingest(pg, added, 'probe', false));
      await pg.sql('DROP DATABASE probe');
      log(`  probe ${probe + 1} at ${size}: ${probes.at(-1)!.seconds.toFixed(2)} s wall, ${probes.at(-1)!.cpu.toFixed(2)} CPU s`);
    }
    rows.push(
      `| ${size.toLocaleString('en')} | ${median(probes.map((p) => p.seconds)).toFixed(2)} | ${Math.max(...probes.map((p) => p.seconds)).toFixed(2)} | ${median(probes.map((p) => p.cpu)).toFixed(2)} | ${median(probes.map((p) => p.serverCpu)).toFixed(2)} | ${median(probes.map((p) => p.peakMb)).toFixed(0)} | ${loadAverage()} |`,
    );
    log(rows.at(-1)!);
    writeFileSync(REPORT, report());
    if (size >= LATENCY_FROM || size === max) {
      // Each size ≥ --latency-from, so that a run stopped early still has latency at its largest size.
      log(`search latency on the PostgreSQL store of ${size}`);
      const postmaster = Number(readFileSync(join(pg.data, 'postmaster.pid'), 'utf8').split('\n')[0]);
      latency.push(latencyRow(`PostgreSQL, ${size.toLocaleString('en')} documents`, await searchLatency(pg.url('store'), REQUESTS, postmaster)));
      log(latency.at(-1)!);
      writeFileSync(REPORT, report());
    }
  }
  if (SQLITE && existsSync(SQLITE)) {
    log(`search latency on the SQLite store ${SQLITE}`);
    latency.push(latencyRow(`SQLite ${SQLITE}`, await searchLatency(SQLITE, REQUESTS, null)));
    writeFileSync(REPORT, report());
  }
  log('done');
} finally {
  if (flag('--keep')) log(`left running: ${pg.url('store')} (stop: runuser -u postgres -- pg_ctl -D ${pg.data} stop)`);
  else pg.stop();
}
console.log(report());
