import { spawnSync } from 'node:child_process';

/**
 * The uncapped search export from the CLI (`warta search … --all --format csv`, the rows of
 * `GET /api/search?format=csv`): wall time, CPU and peak memory of the whole command, and the rows
 * written, for queries that match every article of the store and a common word.
 *
 *   node --import tsx bench/export-csv.ts --db bench/out/search-10k/store.db [--queries "lang:id,indonesia"]
 */
const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1]! : fallback;
};
const DB = arg('--db', 'bench/out/search-10k/store.db');
const QUERIES = arg('--queries', 'lang:id,indonesia').split(',');

console.log('| query | rows | bytes | wall s | CPU s | peak RSS MB |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const q of QUERIES) {
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %M %U %S', process.execPath, '--import', 'tsx', 'src/serve/cli/main.ts', 'search', q, '--db', DB, '--all', '--format', 'csv'],
    { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`export of ${q} failed: ${run.stderr.slice(-2000)}`);
  const [seconds, kb, user, system] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  // Records, not lines: a quoted field may hold line breaks.
  const rows = (run.stdout.match(/\r\n/g)?.length ?? 1) - 1;
  console.log(`| \`${q}\` | ${rows.toLocaleString('en')} | ${Buffer.byteLength(run.stdout).toLocaleString('en')} | ${seconds!.toFixed(2)} | ${(user! + system!).toFixed(2)} | ${(kb! / 1024).toFixed(0)} |`);
}
