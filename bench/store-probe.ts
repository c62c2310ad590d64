import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { readIndosum } from './lib/indosum.ts';
import { generator, jsonlRecord, streamOrder } from './lib/resampled-indosum.ts';

/**
 * Adding the next 10 articles of store-scale's stream to a copy of a store that holds its first N
 * (for a build that was stopped between the sizes store-scale probes, e.g. one too long for a session):
 * the same measurement as bench/store-scale.ts, three probes, whole command.
 *
 *   node --import tsx bench/store-probe.ts --db bench/out/store-scale/store.db [--profile]
 */
const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const source = arg('--db') ?? join('bench', 'out', 'store-scale', 'store.db');
const profile = process.argv.includes('--profile');
const dir = join('bench', 'out', 'store-probe');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const base = join(dir, 'base.db');
await new Database(source, { readonly: true }).backup(base);
// A store built by an older version is upgraded once (migrations, search index backfill) before
// the probes, so that they measure adding articles, not a one-time upgrade.
const upgraded = new SqliteStore({ path: base });
await upgraded.searchIndexed();
await upgraded.close();
const size = (new Database(base, { readonly: true }).prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
const articles = readIndosum();
// store-scale's stream has one line per slot, and ingests them in order: the store holds the first `size`.
const stream = streamOrder(articles, size + 10);
const random = generator(42);
const lines = stream.map((slot) => jsonlRecord(articles, slot, random));
const added = join(dir, 'add.jsonl');
writeFileSync(added, `${lines.slice(size, size + 10).join('\n')}\n`);
for (let probe = 0; probe < 3; probe++) {
  const copy = join(dir, 'probe.db');
  copyFileSync(base, copy);
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %M %U %S', process.execPath, ...(profile && probe === 0 ? ['--cpu-prof', '--cpu-prof-dir', dir] : []),
      '--import', 'tsx', 'src/serve/cli/main.ts', 'ingest', added, '--db', copy, '--reference-date', '2030-01-01'],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr.slice(-2000));
  const [seconds, kb, user, system] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  console.log(`| ${size.toLocaleString('en')} | probe ${probe + 1} | ${seconds!.toFixed(2)} s | ${(user! + system!).toFixed(2)} CPU s | ${(kb! / 1024).toFixed(0)} MB |`);
  rmSync(copy, { force: true });
}
