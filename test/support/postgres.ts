import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A throwaway PostgreSQL cluster for one test file. */
export interface TestPostgres {
  /** The test database, `postgres://postgres@127.0.0.1:PORT/warta_test`. */
  url: string;
  /** Creates another empty database on the same cluster and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /**
   * Creates a login role that must give its password over TCP (every other role is trusted) and
   * returns the URL of `database` with that user and password: for testing authentication errors.
   */
  createPasswordUser(name: string, password: string, database?: string): Promise<string>;
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';
const TEST_DATABASE = 'warta_test';
/** Members of this role authenticate with a password (pg_hba.conf); everyone else is trusted. */
const PASSWORD_GROUP = 'warta_password_users';

function hasServerBinaries(dir: string): boolean {
  return ['initdb', 'pg_ctl', 'postgres'].every((name) => existsSync(join(dir, name)));
}

function pgConfigBindir(): string | null {
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** The newest /usr/lib/postgresql/N/bin (Debian's layout). */
function debianBindir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  return versions.map((version) => join(root, version, 'bin')).find(hasServerBinaries) ?? null;
}

function pathBindir(): string | null {
  return (process.env.PATH ?? '').split(':').find((dir) => dir !== '' && hasServerBinaries(dir)) ?? null;
}

/** The folder holding initdb, pg_ctl and postgres, or null when PostgreSQL is not installed. */
export function findPostgresBindir(): string | null {
  for (const dir of [pgConfigBindir(), debianBindir(), pathBindir()]) {
    if (dir && hasServerBinaries(dir)) return dir;
  }
  return null;
}

const MISSING =
  'PostgreSQL server binaries (initdb, pg_ctl, postgres) not found via pg_config --bindir, ' +
  '/usr/lib/postgresql/*/bin or PATH';

/**
 * Why PostgreSQL tests cannot run here, for `test(name, { skip })`, or false when they can.
 * In CI (`CI` set) missing binaries are a failure, not a skip: this throws.
 */
export function postgresSkipReason(): string | false {
  if (findPostgresBindir()) return false;
  if (process.env.CI) throw new Error(`${MISSING}; CI must install postgresql`);
  return `${MISSING}; install postgresql to run these tests`;
}

/** A TCP port nothing listens on right now (on 127.0.0.1). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function postgresUid(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  try {
    const uid = Number(execFileSync('id', ['-u', SUPERUSER], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', SUPERUSER], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error('running as root, but there is no "postgres" user to run the PostgreSQL server as');
  }
}

/** Runs a server binary; as root, as the postgres user (the server refuses to run as root). */
function runServerTool(bindir: string, tool: string, args: string[], asPostgres: boolean): void {
  const [command, fullArgs] = asPostgres
    ? ['runuser', ['-u', SUPERUSER, '--', join(bindir, tool), ...args]]
    : [join(bindir, tool), args];
  const result = spawnSync(command, fullArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    throw new Error(`${tool} failed (${result.status ?? result.error?.message}): ${output}`);
  }
}

function checkName(kind: string, name: string): void {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid test ${kind} name: ${name}`);
}

async function asSuperuser(port: number, sql: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: SUPERUSER, database: 'postgres' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createDatabaseAt(port: number, name: string): Promise<string> {
  checkName('database', name);
  await asSuperuser(port, `CREATE DATABASE ${name}`);
  return `postgres://${SUPERUSER}@127.0.0.1:${port}/${name}`;
}

async function createPasswordUserAt(port: number, name: string, password: string, database: string): Promise<string> {
  checkName('user', name);
  checkName('database', database);
  if (!/^[A-Za-z0-9_-]+$/.test(password)) throw new Error('test passwords are letters, digits, - and _');
  await asSuperuser(port, `CREATE ROLE ${name} LOGIN PASSWORD '${password}' IN ROLE ${PASSWORD_GROUP}`);
  return `postgres://${name}:${password}@127.0.0.1:${port}/${database}`;
}

async function startCluster(): Promise<TestPostgres> {
  const bindir = findPostgresBindir();
  if (!bindir) throw new Error(MISSING);
  const owner = postgresUid();
  const asPostgres = owner !== null;
  const dir = mkdtempSync(join(tmpdir(), 'warta-pg-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  runServerTool(
    bindir,
    'initdb',
    ['-D', data, '-U', SUPERUSER, '--auth=trust', '--encoding=UTF8', '--no-locale', '--no-sync'],
    asPostgres,
  );
  const hba = join(data, 'pg_hba.conf');
  writeFileSync(hba, `host all +${PASSWORD_GROUP} 127.0.0.1/32 scram-sha-256\n${readFileSync(hba, 'utf8')}`);

  let stopped = false;
  const stopNow = (): void => {
    if (stopped) return;
    stopped = true;
    try {
      runServerTool(bindir, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'], asPostgres);
    } catch {
      // the server may be gone already; the folder is removed either way
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // A test run that is interrupted (or timed out by the runner) leaves no server behind either.
  const onSignal = (signal: NodeJS.Signals): void => {
    stopNow();
    process.kill(process.pid, signal);
  };
  process.once('exit', stopNow);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let port = 0;
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
    try {
      runServerTool(bindir, 'pg_ctl', ['-D', data, '-l', log, '-w', '-t', '60', '-o', options, 'start'], asPostgres);
      break;
    } catch (error) {
      // another process may have taken the port between freePort() and the server binding it
      if (attempt >= 3) {
        const serverLog = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '';
        stopNow();
        throw new Error(`could not start PostgreSQL: ${(error as Error).message}\n${serverLog}`);
      }
    }
  }

  await asSuperuser(port, `CREATE ROLE ${PASSWORD_GROUP} NOLOGIN`);
  const url = await createDatabaseAt(port, TEST_DATABASE);
  return {
    url,
    createDatabase: (name) => createDatabaseAt(port, name),
    createPasswordUser: (name, password, database = TEST_DATABASE) =>
      createPasswordUserAt(port, name, password, database),
    stop: () => {
      stopNow();
      process.removeListener('exit', stopNow);
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      started = null;
      return Promise.resolve();
    },
  };
}

let started: Promise<TestPostgres> | null = null;

/**
 * The test file's PostgreSQL cluster, started on first use and shared by later calls.
 * Throws a clear message when the binaries are missing; call `postgresSkipReason()` first to skip instead.
 * The cluster stops on `stop()` (call it from `after()`) or, at the latest, when the process exits.
 */
export function startPostgres(): Promise<TestPostgres> {
  started ??= startCluster().catch((error: unknown) => {
    started = null;
    throw error;
  });
  return started;
}
