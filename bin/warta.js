#!/usr/bin/env node
// Launcher for the `warta` command: the compiled dist/ (what the package ships, built by
// `npm run build`). A development checkout without a build runs the TypeScript sources through
// tsx, a devDependency; `npm run warta` always runs the sources.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'serve', 'cli', 'main.js');
if (existsSync(built)) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/serve/cli/main.ts');
}
