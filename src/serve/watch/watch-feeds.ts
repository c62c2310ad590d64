import { setTimeout as sleep } from 'node:timers/promises';
import type { Store } from '../../store/store.ts';
import { type PollOptions, type PollOutcome, pollFeed } from './feed-poller.ts';

export interface WatchOptions extends PollOptions {
  /** Least time between two requests to one host. */
  perHostGapMs: number;
  /** Poll every due feed once and return (for cron and tests). */
  once: boolean;
  signal?: AbortSignal;
  onOutcome?: (outcome: PollOutcome) => void;
}

/** Feed URLs from a text file: one per line, `#` starts a comment. */
export function parseFeedList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => /^https?:\/\//i.test(line));
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * Polls the store's feeds (plus `urls`, added first) until stopped: each feed when it is due,
 * one host never more often than `perHostGapMs`, failures backed off by the poller.
 */
export async function watchFeeds(
  urls: string[],
  store: Store,
  options: WatchOptions,
): Promise<PollOutcome[]> {
  for (const url of urls) await store.addFeed(url);
  const lastRequestAt = new Map<string, number>();
  const outcomes: PollOutcome[] = [];
  while (!options.signal?.aborted) {
    const now = Date.now();
    const due = (await store.feeds()).filter((f) => !f.nextPollAt || Date.parse(f.nextPollAt) <= now);
    for (const feed of due) {
      if (options.signal?.aborted) break;
      const host = hostOf(feed.url);
      const wait = (lastRequestAt.get(host) ?? 0) + options.perHostGapMs - Date.now();
      if (wait > 0) await sleep(wait, undefined, { signal: options.signal }).catch(() => undefined);
      if (options.signal?.aborted) break;
      lastRequestAt.set(host, Date.now());
      const outcome = await pollFeed(feed, store, options);
      outcomes.push(outcome);
      options.onOutcome?.(outcome);
    }
    if (options.once) break;
    const next = Math.min(
      ...(await store.feeds()).map((f) => (f.nextPollAt ? Date.parse(f.nextPollAt) : Date.now())),
    );
    const pause = Math.max(1000, Math.min(Number.isFinite(next) ? next - Date.now() : 60_000, 60_000));
    await sleep(pause, undefined, { signal: options.signal }).catch(() => undefined);
  }
  return outcomes;
}
