import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readIndosum } from './lib/indosum.ts';
import { generator, jsonlRecord, streamOrder } from './lib/resampled-indosum.ts';

/**
 * Do reads stay fast while a large ingest writes? Builds a store of `--base` articles (resampled
 * IndoSum, through `warta ingest`), serves it with `warta serve`, and measures search and event
 * page latency from a client in this process: first idle, then while `warta ingest` adds
 * `--add` more articles to the same database (WAL: readers use their own connection and are
 * never blocked by the writer; the write lock is held for one batch's clustering and commit).
 *
 *   node --import tsx bench/latency-during-ingest.ts [--base 3000] [--add 1000]
 */

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const BASE = arg('--base', 3000);
const ADD = arg('--add', 1000);
const DIR = join('bench', 'out', 'latency');
const CLI = ['--import', 'tsx', 'src/serve/cli/main.ts'];
const QUERIES = ['banjir', 'presiden jokowi', 'harga beras', 'sepak bola', 'korupsi', 'pemilu', 'gempa', 'ekonomi'];

rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
const db = join(DIR, 'store.db');
const articles = readIndosum();
const random = generator(42);
const lines = streamOrder(articles, BASE + ADD).map((slot) => jsonlRecord(articles, slot, random));
writeFileSync(join(DIR, 'base.jsonl'), `${lines.slice(0, BASE).join('\n')}\n`);
writeFileSync(join(DIR, 'add.jsonl'), `${lines.slice(BASE).join('\n')}\n`);
const built = spawnSync(process.execPath, [...CLI, 'ingest', join(DIR, 'base.jsonl'), '--db', db], { encoding: 'utf8' });
if (built.status !== 0) throw new Error(built.stderr);

function serve(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /http:\/\/[^\s]+/.exec(chunk.toString());
      if (match) resolve({ child, url: match[0].replace(/\/$/, '') });
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
}

async function timed(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return performance.now() - started;
}

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `${at(0.5).toFixed(1)} | ${at(0.95).toFixed(1)} | ${sorted.at(-1)!.toFixed(1)} | ${values.length}`;
}

/** Alternating search and event-page requests until `until` resolves (or `count` pairs are done). */
async function sample(base: string, eventIds: string[], until: Promise<unknown> | null, count = 200) {
  const search: number[] = [];
  const event: number[] = [];
  let done = false;
  void until?.then(() => {
    done = true;
  });
  for (let i = 0; until ? !done : i < count; i++) {
    search.push(await timed(`${base}/api/search?q=${encodeURIComponent(QUERIES[i % QUERIES.length]!)}`));
    event.push(await timed(`${base}/api/events/${eventIds[i % eventIds.length]}`));
  }
  return { search, event };
}

const { child, url } = await serve();
try {
  const events = (await (await fetch(`${url}/api/events?limit=200`)).json()) as { items: { id: string }[] };
  const ids = events.items.map((item) => item.id);
  const idle = await sample(url, ids, null);
  const ingestStarted = performance.now();
  const writer = spawn(process.execPath, [...CLI, 'ingest', join(DIR, 'add.jsonl'), '--db', db], { stdio: 'ignore' });
  const finished = new Promise((resolve) => writer.on('exit', resolve));
  const busy = await sample(url, ids, finished);
  const ingestSeconds = (performance.now() - ingestStarted) / 1000;
  console.log(`## Reads while \`warta ingest\` adds ${ADD.toLocaleString('en')} articles to a store of ${BASE.toLocaleString('en')}\n`);
  console.log('| request | while | median ms | p95 ms | max ms | requests |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: |');
  console.log(`| search | idle | ${summary(idle.search)} |`);
  console.log(`| search | ingest running | ${summary(busy.search)} |`);
  console.log(`| event page | idle | ${summary(idle.event)} |`);
  console.log(`| event page | ingest running | ${summary(busy.event)} |`);
  console.log(`\nThe ingest took ${ingestSeconds.toFixed(0)} s.`);
} finally {
  child.kill('SIGTERM');
}
