import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_DIR } from './shared.ts';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the `warta` CLI as a user would, in a child process. */
export function runCli(args: string[], env: Record<string, string> = {}): CliRun {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(REPO_DIR, 'src/serve/cli/main.ts'), ...args],
    {
      cwd: REPO_DIR,
      encoding: 'utf8',
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
