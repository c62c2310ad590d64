#!/usr/bin/env node
// Launcher for the `warta` command: runs the TypeScript sources through tsx (no build step).
import { register } from 'tsx/esm/api';

register();
await import('../src/serve/cli/main.ts');
