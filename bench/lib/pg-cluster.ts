import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { findPostgresBindir, freePort } from '../../test/support/postgres.ts';

/**
 * A PostgreSQL cluster for a benchmark, in a folder of the caller's choosing (under /tmp), with the
 * server's default durability settings (fsync on), left running until `stop()`: unlike the test
 * helper it does not stop at process exit, so a long build can be served afterwards.
 */
export interface BenchPostgres {
  dir: string;
  data: string;
  port: number;
  url(database: string): string;
  sql<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, database?: string): Promise<R[]>;
  /** CPU seconds (user + system) of the server: the postmaster, its reaped children and its live ones. */
  cpuSeconds(): number;
  stop(): void;
}

const SUPERUSER = 'postgres';

function asPostgres(bindir: string, tool: string, args: string[]): string {
  const root = process.getuid?.() === 0;
  const [command, full] = root
    ? ['runuser', ['-u', SUPERUSER, '--', join(bindir, tool), ...args]]
    : [join(bindir, tool), args];
  const result = spawnSync(command, full, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stdout}${result.stderr}`);
  return result.stdout;
}

const TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** utime, stime, cutime, cstime of a process (seconds), and its parent pid; null when it is gone. */
function procTimes(pid: number): { ppid: number; self: number; children: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is the state (field 3); utime is field 14 → index 11.
    const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number) as [number, number, number, number];
    return { ppid: Number(fields[1]), self: (utime + stime) / TICKS, children: (cutime + cstime) / TICKS };
  } catch {
    return null;
  }
}

export function serverCpuSeconds(postmaster: number): number {
  const main = procTimes(postmaster);
  if (!main) return Number.NaN;
  let total = main.self + main.children;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const child = procTimes(Number(name));
    if (child && child.ppid === postmaster) total += child.self + child.children;
  }
  return total;
}

export async function startBenchPostgres(dir: string, settings: string[] = []): Promise<BenchPostgres> {
  const bindir = findPostgresBindir();
  if (!bindir) throw new Error('PostgreSQL server binaries not found');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', SUPERUSER], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', SUPERUSER], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  asPostgres(bindir, 'initdb', ['-D', data, '-U', SUPERUSER, '--auth=trust', '--encoding=UTF8', '--no-locale']);
  const port = await freePort();
  const options = [`-p ${port}`, `-k ${dir}`, '-c listen_addresses=127.0.0.1', ...settings.map((s) => `-c ${s}`)].join(' ');
  asPostgres(bindir, 'pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', options, 'start']);
  const postmaster = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const url = (database: string) => `postgres://${SUPERUSER}@127.0.0.1:${port}/${database}`;
  return {
    dir,
    data,
    port,
    url,
    async sql(text, database = 'postgres') {
      const client = new pg.Client({ connectionString: url(database) });
      await client.connect();
      try {
        return (await client.query(text)).rows;
      } finally {
        await client.end();
      }
    },
    cpuSeconds: () => serverCpuSeconds(postmaster),
    stop() {
      if (existsSync(join(data, 'postmaster.pid'))) asPostgres(bindir, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    },
  };
}

/** `/usr/bin/time -f '%e %M %U %S'`'s last line: wall s, peak RSS MB, CPU s (user + system). */
export function parseTime(stderr: string): { seconds: number; peakMb: number; cpu: number } {
  const [seconds, kb, user, system] = stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds: seconds!, peakMb: kb! / 1024, cpu: user! + system! };
}

export function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}
