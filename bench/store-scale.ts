import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readIndosum } from './lib/indosum.ts';
import { generator, jsonlRecord, streamOrder } from './lib/resampled-indosum.ts';

/**
 * Does adding articles cost the same whatever the size of the store? Builds one store through
 * `warta ingest` (the product's path, a subprocess per step) from a stream resampled from IndoSum
 * (bench/lib/resampled-indosum.ts), and at each size S adds the next 10 articles of the stream to
 * a copy of the store, three times, measuring wall time and peak memory of the whole command
 * (start-up included). The build steps themselves are measured too.
 *
 *   node --import tsx bench/store-scale.ts [--sizes 10,1000,3463,10000,100000] [--dir bench/out/store-scale]
 */

const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1]! : fallback;
};
const SIZES = arg('--sizes', '10,1000,3463,10000,100000').split(',').map(Number);
const DIR = arg('--dir', join('bench', 'out', 'store-scale'));
const ADDED = 10;
const PROBES = 3;
const REFERENCE_DATE = '2030-01-01';

interface Measured {
  seconds: number;
  /** User + system CPU seconds: steadier than wall time on a shared machine. */
  cpu: number;
  peakMb: number;
}

/** Runs `warta ingest` under /usr/bin/time: wall seconds and peak resident memory. */
function ingest(file: string, db: string): Measured {
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %M %U %S', process.execPath, '--import', 'tsx', 'src/serve/cli/main.ts', 'ingest', file, '--db', db,
      '--reference-date', REFERENCE_DATE],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`ingest ${file} failed: ${run.stderr.slice(-2000)}`);
  const [seconds, kb, user, system] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds: seconds!, cpu: user! + system!, peakMb: kb! / 1024 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
const articles = readIndosum();
const max = Math.max(...SIZES);
const stream = streamOrder(articles, max + ADDED);
const random = generator(42);
const lines = stream.map((slot) => jsonlRecord(articles, slot, random));
const store = join(DIR, 'store.db');
const rows: string[] = [];
const builds: string[] = [];
let built = 0;
for (const size of SIZES) {
  const chunk = join(DIR, `build-${size}.jsonl`);
  writeFileSync(chunk, `${lines.slice(built, size).join('\n')}\n`);
  const build = ingest(chunk, store);
  builds.push(
    `| ${built.toLocaleString('en')} → ${size.toLocaleString('en')} | ${build.seconds.toFixed(1)} | ${build.cpu.toFixed(1)} | ${((size - built) / build.seconds).toFixed(0)} | ${((size - built) / build.cpu).toFixed(0)} | ${build.peakMb.toFixed(0)} |`,
  );
  console.error(builds.at(-1));
  rmSync(chunk);
  built = size;
  const added = join(DIR, `add-${size}.jsonl`);
  writeFileSync(added, `${lines.slice(size, size + ADDED).join('\n')}\n`);
  const probes: Measured[] = [];
  for (let probe = 0; probe < PROBES; probe++) {
    const copy = join(DIR, 'probe.db');
    copyFileSync(store, copy);
    probes.push(ingest(added, copy));
    rmSync(copy, { force: true });
  }
  rows.push(
    `| ${size.toLocaleString('en')} | ${median(probes.map((p) => p.seconds)).toFixed(2)} | ${Math.max(...probes.map((p) => p.seconds)).toFixed(2)} | ${median(probes.map((p) => p.cpu)).toFixed(2)} | ${median(probes.map((p) => p.peakMb)).toFixed(0)} |`,
  );
  console.error(rows.at(-1));
  writeFileSync(join(DIR, 'report.md'), report(size));
}
console.log(report(max));
/** The tables so far: rewritten after every size, so a long run can be read while it goes. */
function report(size: number): string {
  const bytes = Number(execFileSync('stat', ['-c', '%s', store], { encoding: 'utf8' }));
  return [
    `## Adding ${ADDED} articles to a store of N (\`warta ingest\`, whole command)\n`,
    '| store size N | median wall s | slowest wall s | median CPU s | median peak RSS MB |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    `\n## Building the store through \`warta ingest\`\n`,
    '| step (documents) | wall s | CPU s | documents/s (wall) | documents per CPU-second | peak RSS MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...builds,
    `\nStore file at ${size.toLocaleString('en')} documents: ${(bytes / 1_048_576).toFixed(0)} MB.\n`,
  ].join('\n');
}
