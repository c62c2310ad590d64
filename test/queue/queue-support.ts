import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { readIndosum } from '../../bench/lib/indosum.ts';
import type { NewsEvent } from '../../src/model/cluster.ts';
import { JobQueue } from '../../src/queue/job-queue.ts';
import { type QueueStats, queueStats } from '../../src/queue/queue-stats.ts';
import type { CliRun } from '../support/cli.ts';
import { REPO_DIR } from '../support/shared.ts';

/** The `warta` CLI in a child process that keeps running: for workers stopped by a signal. */
export function startCli(args: string[], env: Record<string, string>): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_DIR, 'src/serve/cli/main.ts'), ...args], {
    cwd: REPO_DIR,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliRun>((resolve) => {
    child.on('close', (status, signal) => resolve({ status: status ?? (signal ? -1 : null), stdout, stderr }));
  });
  return { child, done };
}

/** The first `count` IndoSum articles as one JSONL file (ids kept); returns its path and the ids. */
export function writeIndosumJsonl(dir: string, count: number): { path: string; ids: string[] } {
  const articles = readIndosum().slice(0, count);
  const path = join(dir, 'indosum.jsonl');
  writeFileSync(
    path,
    articles
      .map((article) =>
        JSON.stringify({
          id: article.id,
          title: article.title,
          url: article.url,
          outlet: article.outlet,
          text: article.paragraphs.join('\n\n'),
        }),
      )
      .join('\n') + '\n',
  );
  return { path, ids: articles.map((article) => article.id) };
}

export async function statsOf(url: string): Promise<QueueStats> {
  const queue = await JobQueue.open(url);
  try {
    return await queueStats(queue);
  } finally {
    await queue.close();
  }
}

/** Polls until `done` holds for the queue, or throws after `timeoutMs`. */
export async function waitForQueue(
  url: string,
  done: (stats: QueueStats) => boolean,
  timeoutMs = 120_000,
): Promise<QueueStats> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const stats = await statsOf(url);
    if (done(stats)) return stats;
    if (Date.now() > deadline) throw new Error(`queue did not settle: ${JSON.stringify(stats)}`);
    await sleep(250);
  }
}

/** How many events each document is in. */
export function eventsPerDocument(events: NewsEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) for (const id of event.documents) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** Events as sets of document ids, order-free: what "the same clustering" means. */
export function membership(events: NewsEvent[]): string[] {
  return events.map((event) => [...event.documents].sort().join('+')).sort();
}

/** The job count a worker printed on exit (`processed N job(s) …`). */
export function processedJobs(run: CliRun): number {
  const match = /processed (\d+) job\(s\)/.exec(run.stdout);
  if (!match) throw new Error(`no "processed" line in the worker's output:\n${run.stdout}\n${run.stderr}`);
  return Number(match[1]);
}
