#!/usr/bin/env node
// `npm run build`: compiles src/ to dist/ (JavaScript and .d.ts, tests left out) and copies beside
// the compiled files the assets the code reads at run time by a path relative to its own module
// (the SQL migrations), so every such path resolves in dist/ as it does in src/. The models and the
// web UI stay at the package root, which is the same number of levels above dist/ as above src/.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');
const ASSET = /\.sql$/;

function assets(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return assets(path);
    return ASSET.test(name) ? [path] : [];
  });
}

rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
const copied = assets(src);
for (const file of copied) cpSync(file, join(dist, relative(src, file)));
console.log(`build: dist/ compiled, ${copied.length} assets copied`);
