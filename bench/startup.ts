// `npm run bench:startup`: how long `warta` takes to start, as the median wall time of repeated runs
// (each a fresh process): `--version`, `--help` and `analyze` of one seed file, from the compiled
// dist/ (what the package runs; `npm run build` first) and from the sources through tsx (what
// `npm run warta` runs), against bare node (`node -e 0`). Prints a Markdown table.
//   npm run bench:startup -- [--runs 10]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { REPO_DIR, seedFiles } from '../test/support/shared.ts';

const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 10;
const DIST_MAIN = join(REPO_DIR, 'dist', 'serve', 'cli', 'main.js');
const SOURCE_MAIN = join(REPO_DIR, 'src', 'serve', 'cli', 'main.ts');
if (!existsSync(DIST_MAIN)) throw new Error(`${DIST_MAIN} is missing: run \`npm run build\` first`);

function wallMs(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: REPO_DIR, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${String(result.stderr)}`);
  return ms;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One warm-up run (file cache), then RUNS measured ones. */
function measure(args: string[]): number {
  wallMs(args);
  return median(Array.from({ length: RUNS }, () => wallMs(args)));
}

const seed = seedFiles()[0]!;
const commands: [string, string[]][] = [
  ['--version', ['--version']],
  ['--help', ['--help']],
  ['analyze <one seed>', ['analyze', seed, '--format', 'json']],
];
const bare = measure(['-e', '0']);
const rows = commands.map(([label, args]) => {
  const dist = measure([DIST_MAIN, ...args]);
  const sources = measure(['--import', 'tsx', SOURCE_MAIN, ...args]);
  return `| \`warta ${label}\` | ${sources.toFixed(0)} ms (${(sources / bare).toFixed(1)}×) | ${dist.toFixed(0)} ms (${(dist / bare).toFixed(1)}×) |`;
});
console.log(
  [
    `Median wall time of ${RUNS} runs each (after one warm-up), node ${process.version}, ` +
      `load average ${loadavg()[0]!.toFixed(2)} at the end; bare node (\`node -e 0\`): ${bare.toFixed(0)} ms.`,
    '',
    '| command | sources (tsx) | dist/ (the package) |',
    '|---|---|---|',
    ...rows,
  ].join('\n'),
);
