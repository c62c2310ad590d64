// `npm run test:package`, run by CI after `npm test`: packs the package as it would be published
// (`npm pack` runs the build), installs the tarball without devDependencies in an empty folder
// and uses it as a user would: `npx warta --version`, `npx warta analyze` of a seed (its output
// must equal the sources'), the README library example through `import … from 'warta'`, and
// `warta serve` answering with the web UI. Checks what the tarball holds and reports its sizes.
// Exits 1 on the first failure. `--keep` leaves the temp folder for a look.
import { type ChildProcess, spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readmeExample } from '../test/support/readme-example.ts';
import { REPO_DIR, SEEDS_DIR, seedFiles } from '../test/support/shared.ts';

const REFERENCE_DATE = '2026-01-20';
/** What the package cannot work without: the CLI, the entry and its types, run-time assets, models, web UI. */
const REQUIRED = [
  'package.json',
  'README.md',
  'LICENSE',
  'NOTICE',
  'bin/warta.js',
  'dist/serve/cli/main.js',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/store/sqlite/migrations/001_init.sql',
  'dist/store/postgres/migrations/001_documents.sql',
  'dist/cluster/events/link-model.json',
  'models/ner-id.json.gz',
  'models/id-words.tsv',
  'models/cluster-df-id.tsv',
  'web/dist/index.html',
];
/** What must stay out: sources, tests, benchmarks, compiled tests. */
const FORBIDDEN = [/^src\//, /^test\//, /^bench\//, /^scripts\//, /^node_modules\//, /\.test\.(js|d\.ts)$/];
const DEV_ONLY = ['tsx', 'typescript', 'vite', 'eslint', 'react'];

const report: string[] = [];

function fail(message: string): never {
  throw new Error(message);
}

function run(command: string, args: string[], options: SpawnSyncOptions = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  if (result.status !== 0) {
    fail(`${command} ${args.join(' ')} exited ${result.status ?? result.signal}\n${String(result.stderr).slice(-4000)}`);
  }
  return String(result.stdout);
}

function timed<T>(label: string, work: () => T): T {
  const started = performance.now();
  const value = work();
  report.push(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return value;
}

function directorySize(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sum + directorySize(path);
    return entry.isFile() ? sum + statSync(path).size : sum;
  }, 0);
}

const megabytes = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;

function checkContents(tarball: string): void {
  const entries = run('tar', ['-tzf', tarball])
    .split('\n')
    .filter((line) => line && !line.endsWith('/'))
    .map((line) => line.replace(/^package\//, ''));
  const missing = REQUIRED.filter((path) => !entries.includes(path));
  if (missing.length > 0) fail(`the tarball lacks ${missing.join(', ')}`);
  if (!entries.some((path) => /^web\/dist\/assets\/.+\.js$/.test(path))) fail('the tarball holds no web UI script');
  const stray = entries.filter((path) => FORBIDDEN.some((pattern) => pattern.test(path)));
  if (stray.length > 0) fail(`the tarball holds what it should not: ${stray.slice(0, 10).join(', ')}`);
  report.push(`contents: ${entries.length} files, models and web UI included, no sources or tests`);
}

function install(app: string, tarball: string): void {
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'warta-package-test', private: true, type: 'module' })}\n`);
  timed('npm install --omit=dev of the tarball (better-sqlite3 built from source when no prebuilt binary is fetched)', () =>
    run('npm', ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: app }),
  );
  const present = DEV_ONLY.filter((name) => {
    try {
      return statSync(join(app, 'node_modules', name)).isDirectory();
    } catch {
      return false;
    }
  });
  if (present.length > 0) fail(`devDependencies were installed: ${present.join(', ')}`);
  report.push(
    `installed size: ${megabytes(directorySize(join(app, 'node_modules', 'warta')))} the package, ` +
      `${megabytes(directorySize(join(app, 'node_modules')))} with its dependencies`,
  );
}

function checkCli(app: string, seed: string): void {
  const version = (JSON.parse(readFileSync(join(REPO_DIR, 'package.json'), 'utf8')) as { version: string }).version;
  const printed = run('npx', ['--no', '--', 'warta', '--version'], { cwd: app }).trim();
  if (printed !== version) fail(`npx warta --version printed ${JSON.stringify(printed)}, expected ${version}`);
  const args = ['analyze', seed, '--format', 'json', '--reference-date', REFERENCE_DATE];
  const installed = run('npx', ['--no', '--', 'warta', ...args], { cwd: app });
  const sources = run(process.execPath, ['--import', 'tsx', join(REPO_DIR, 'src/serve/cli/main.ts'), ...args], { cwd: REPO_DIR });
  if (installed !== sources) fail('npx warta analyze printed another export than the sources do');
  const { documents } = JSON.parse(installed) as { documents: { entities: unknown[] }[] };
  if (documents.length !== 1 || documents[0]!.entities.length === 0) fail('npx warta analyze found no entities in the seed');
  report.push(`npx warta --version: ${printed}; npx warta analyze: the sources' export, byte for byte`);
}

function checkExample(app: string, seed: string, db: string): void {
  writeFileSync(join(app, 'example.mjs'), readmeExample());
  const lines = run(process.execPath, ['example.mjs', seed, db], { cwd: app }).trimEnd().split('\n');
  if (lines.at(-1) !== '1 added; the store holds 1 document(s)') fail(`the README example ended with ${JSON.stringify(lines.at(-1))}`);
  report.push(`README example (import from 'warta'): ran, stored the seed in ${db.split('/').pop()}`);
}

function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`warta serve did not listen within 30 s: ${err}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /at (http:\/\/\S+\/)/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    });
    child.on('exit', (code) => reject(new Error(`warta serve exited ${code}: ${err}`)));
  });
}

async function checkServe(app: string, db: string): Promise<void> {
  const child = spawn('npx', ['--no', '--', 'warta', 'serve', '--db', db, '--port', '0'], {
    cwd: app,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  try {
    const base = await listeningUrl(child);
    const page = await fetch(base);
    const html = await page.text();
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    if (page.status !== 200 || !script) fail(`GET / answered ${page.status} without the web UI`);
    const asset = await fetch(new URL(script, base));
    if (asset.status !== 200 || (await asset.text()).length < 1000) fail(`GET /${script} answered ${asset.status}`);
    const stats = (await (await fetch(new URL('api/stats', base))).json()) as { documents?: number };
    if (stats.documents !== 1) fail(`GET /api/stats counted ${stats.documents} documents, expected 1`);
    report.push('npx warta serve: the web UI at / with its script, /api/stats counts the stored seed');
  } finally {
    // npx runs warta as its child: signal the whole group.
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  }
}

async function main(): Promise<void> {
  const seed = seedFiles()[0] ?? fail(`no seed file in ${SEEDS_DIR}`);
  const work = mkdtempSync(join(tmpdir(), 'warta-package-'));
  try {
    timed('npm pack (runs the build: tsc, assets, web UI)', () =>
      run('npm', ['pack', '--pack-destination', work], { cwd: REPO_DIR }),
    );
    const name = readdirSync(work).find((file) => /^warta-.+\.tgz$/.test(file)) ?? fail('npm pack wrote no tarball');
    const tarball = join(work, name);
    report.push(`packed size: ${megabytes(statSync(tarball).size)} (${name})`);
    checkContents(tarball);
    const app = join(work, 'app');
    install(app, tarball);
    checkCli(app, seed);
    const db = join(work, 'news.db');
    checkExample(app, seed, db);
    await checkServe(app, db);
  } finally {
    if (process.argv.includes('--keep')) process.stderr.write(`kept ${work}\n`);
    else rmSync(work, { recursive: true, force: true });
  }
}

try {
  await main();
  console.log(`${report.join('\n')}\npackage test passed`);
} catch (error) {
  console.log(report.join('\n'));
  console.error(`package test FAILED: ${(error as Error).message}`);
  process.exitCode = 1;
}
