import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { serverCpuSeconds } from './pg-cluster.ts';

/**
 * Search latency of `warta serve` on a store: the queries of bench/latency-during-ingest.ts and
 * bench/api-latency.ts (ordinary Indonesian news words), one pass as warm-up, then `count`
 * sequential /api/search requests from this process.
 */
export const QUERIES = [
  ...new Set([
    'banjir', 'presiden jokowi', 'harga beras', 'sepak bola', 'korupsi', 'pemilu', 'gempa', 'ekonomi',
    'harga minyak', 'pemilihan gubernur', 'timnas indonesia', 'saham', 'film', 'gempa bumi',
  ]),
];

const CLI = ['--import', 'tsx', 'src/serve/cli/main.ts'];

export interface Latency {
  median: number;
  p95: number;
  max: number;
  n: number;
  /** Hits of the first page, summed over one pass of the queries (search finds things). */
  hits: number;
  /** Median of the store's own timing (`tookMs` in the response). */
  storeMedian: number;
  /** CPU seconds of the serve process over the measured requests. */
  serveCpu: number;
  /** CPU seconds of the PostgreSQL server over the measured requests (NaN for SQLite). */
  serverCpu: number;
}

function serve(db: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI, 'serve', '--db', db, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /http:\/\/[^\s]+/.exec(chunk.toString());
      if (match) resolve({ child, url: match[0].replace(/\/$/, '') });
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
}

/** utime + stime of a live process, seconds (clock ticks of 1/100 s). */
function processCpu(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export async function searchLatency(db: string, count: number, postmaster: number | null): Promise<Latency> {
  const { child, url } = await serve(db);
  try {
    let hits = 0;
    for (const q of QUERIES) {
      const response = await fetch(`${url}/api/search?q=${encodeURIComponent(q)}`);
      if (!response.ok) throw new Error(`search ${q}: ${response.status} ${await response.text()}`);
      const body = (await response.json()) as { hits?: unknown[] };
      hits += body.hits?.length ?? 0;
    }
    const serveBefore = processCpu(child.pid!);
    const serverBefore = postmaster ? serverCpuSeconds(postmaster) : Number.NaN;
    const times: number[] = [];
    const took: number[] = [];
    for (let i = 0; i < count; i++) {
      const started = performance.now();
      const response = await fetch(`${url}/api/search?q=${encodeURIComponent(QUERIES[i % QUERIES.length]!)}`);
      const body = (await response.json()) as { tookMs?: number };
      if (!response.ok) throw new Error(`search: ${response.status}`);
      times.push(performance.now() - started);
      took.push(body.tookMs ?? Number.NaN);
    }
    const serveCpu = processCpu(child.pid!) - serveBefore;
    const serverCpu = postmaster ? serverCpuSeconds(postmaster) - serverBefore : Number.NaN;
    const quantile = (values: number[], q: number) => {
      const sorted = [...values].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    };
    return {
      median: quantile(times, 0.5),
      p95: quantile(times, 0.95),
      max: Math.max(...times),
      n: times.length,
      hits,
      storeMedian: quantile(took, 0.5),
      serveCpu,
      serverCpu,
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
  }
}
