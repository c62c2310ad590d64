import { setTimeout as sleep } from 'node:timers/promises';
import type { FeedState, Store } from '../../store/store.ts';
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
  return readFeedList(text).urls;
}

/** The same, with what was left out and why (a local path, a line that is no URL), line by line. */
export function readFeedList(text: string): { urls: string[]; ignored: string[] } {
  const urls: string[] = [];
  const ignored: string[] = [];
  text.split('\n').forEach((raw, at) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return;
    if (/^https?:\/\//i.test(line)) urls.push(line);
    else if (/^(file:|\/|\.{1,2}\/|~\/|[A-Za-z]:\\)/.test(line)) {
      ignored.push(`line ${at + 1}: ${JSON.stringify(line)} is a local path, not watched (only http(s) feeds are; use warta ingest for files)`);
    } else ignored.push(`line ${at + 1}: ${JSON.stringify(line)} is not an http(s) URL, ignored`);
  });
  return { urls, ignored };
}

/**
 * When a feed is next due. A feed in good standing is due one interval after its last poll even
 * if it was scheduled later under a longer interval: a new `--interval` applies at once. A
 * failing feed keeps its backoff.
 */
export function dueAt(feed: FeedState, intervalMs: number): number {
  const scheduled = feed.nextPollAt ? Date.parse(feed.nextPollAt) : Number.NEGATIVE_INFINITY;
  if (feed.consecutiveFailures > 0 || !feed.lastPolledAt) return scheduled;
  return Math.min(scheduled, Date.parse(feed.lastPolledAt) + intervalMs);
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
    const due = (await store.feeds()).filter((f) => dueAt(f, options.intervalMs) <= now);
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
    const next = Math.min(...(await store.feeds()).map((f) => Math.max(dueAt(f, options.intervalMs), Date.now())));
    const pause = Math.max(1000, Math.min(Number.isFinite(next) ? next - Date.now() : 60_000, 60_000));
    await sleep(pause, undefined, { signal: options.signal }).catch(() => undefined);
  }
  return outcomes;
}
