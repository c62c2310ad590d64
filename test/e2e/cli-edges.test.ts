import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { runCli } from '../support/cli.ts';
import { SEEDS_DIR } from '../support/shared.ts';

const dir = mkdtempSync(join(tmpdir(), 'warta-cli-edges-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const env = { WARTA_SHARED_DIR: join(SEEDS_DIR, '..', '..') };

/** One line on stderr, naming `what`, exit 2, no stack trace. */
function assertOneLineError(run: ReturnType<typeof runCli>, what: string | RegExp): void {
  assert.equal(run.status, 2, run.stderr);
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines.length, 1, run.stderr);
  if (typeof what === 'string') assert.ok(lines[0]!.includes(what), run.stderr);
  else assert.match(lines[0]!, what);
  assert.doesNotMatch(run.stderr, /\n\s+at /);
}

test('a read command on a mistyped --db is an error naming it, and creates nothing', () => {
  const missing = join(dir, 'typo', 'wrta.db');
  for (const args of [['stats'], ['show', 'doc_x'], ['export', '--out', join(dir, 'x.jsonl')], ['events']]) {
    const run = runCli([...args, '--db', missing], env);
    assertOneLineError(run, missing);
    assert.ok(!existsSync(missing), `${args[0]} created the database`);
  }
});

test('serve on a busy port says so in one line and exits 2', async () => {
  const db = join(dir, 'serve.db');
  assert.equal(runCli(['ingest', join(SEEDS_DIR, '000_75aa186616058dd0.txt'), '--db', db], env).status, 0);
  const busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  try {
    const port = (busy.address() as AddressInfo).port;
    const run = runCli(['serve', '--db', db, '--port', String(port), '--host', '127.0.0.1'], env);
    assertOneLineError(run, /cannot listen on 127\.0\.0\.1:\d+: the port is in use/);
  } finally {
    busy.close();
  }
});

test('escape sequences in a stored title never reach the terminal through show', () => {
  const db = join(dir, 'hostile.db');
  const jsonl = join(dir, 'hostile.jsonl');
  const title = 'Banjir\u001b[2J\u001b]0;pwned\u0007 melanda Lembah\u009b31m';
  writeFileSync(jsonl, `${JSON.stringify({ id: 'h-1', title, text: 'Banjir melanda Lembah Sari.\u001b[31m Warga mengungsi ke balai desa pada Senin pagi.' })}\n`);
  assert.equal(runCli(['ingest', jsonl, '--db', db], env).status, 0);
  const shown = runCli(['show', 'h-1', '--db', db], env);
  assert.equal(shown.status, 0, shown.stderr);
  assert.ok(shown.stdout.includes('Banjir melanda Lembah'), shown.stdout);
  assert.doesNotMatch(shown.stdout, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  const json = runCli(['show', 'h-1', '--db', db, '--format', 'json'], env);
  assert.equal(JSON.parse(json.stdout).title, title, 'the JSON keeps the data as stored');
  const analyzed = runCli(['analyze', jsonl, '--format', 'text'], env);
  assert.doesNotMatch(analyzed.stdout, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
});

test('a damaged database file is one line naming it, exit 2', () => {
  const db = join(dir, 'corrupt.db');
  assert.equal(runCli(['ingest', SEEDS_DIR, '--db', db], env).status, 0);
  const fd = openSync(db, 'r+');
  // Page 2 onwards: the schema page stays readable, the tables are garbage.
  for (let at = 4096; at < 4096 * 40; at += 4096) writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, at);
  closeSync(fd);
  assertOneLineError(runCli(['stats', '--db', db], env), db);
});

/** A small file system of its own, when this machine lets the tests mount one (root, not in a jail). */
function tinyDisk(name: string, size: string): string | null {
  const mount = join(dir, name);
  mkdirSync(mount);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mount], { stdio: 'ignore' });
    after(() => execFileSync('umount', [mount], { stdio: 'ignore' }));
    return mount;
  } catch {
    return null;
  }
}

test('a full disk and a read-only database are one line naming the database; nothing half-written', (t) => {
  const mount = tinyDisk('disk', '2m');
  if (!mount) {
    t.skip('cannot mount a tmpfs here');
    return;
  }
  const db = join(mount, 'full.db');
  assert.equal(runCli(['ingest', join(SEEDS_DIR, '000_75aa186616058dd0.txt'), '--db', db], env).status, 0);
  const filler = join(mount, 'filler');
  try {
    execFileSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=4k'], { stdio: 'ignore' });
  } catch {
    // dd stops at "no space left": exactly what is wanted.
  }
  const full = runCli(['ingest', SEEDS_DIR, '--db', db], env);
  assertOneLineError(full, new RegExp(`database ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the disk is full`));
  rmSync(filler);
  const check = new Database(db, { readonly: true });
  assert.equal(check.pragma('integrity_check', { simple: true }), 'ok');
  assert.equal((check.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n, 1, 'the batch left nothing');
  check.close();
  const rerun = runCli(['ingest', SEEDS_DIR, '--db', db], env);
  assert.equal(rerun.status, 0, rerun.stderr);
  execFileSync('mount', ['-o', 'remount,ro', mount]);
  const readOnly = runCli(['ingest', join(dir, 'hostile.jsonl'), '--db', db], env);
  assert.equal(readOnly.status, 2, readOnly.stderr);
  assert.ok(readOnly.stderr.trim().split('\n').length === 1 && readOnly.stderr.includes(db), readOnly.stderr);
  assert.match(readOnly.stderr, /read-only|readonly|cannot be read or written/);
});
