import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { ConfigError, loadConfig } from '../../../config/config.ts';
import { deliverDueWebhooks, startWebhookDelivery } from '../../../alerts/deliver-webhooks.ts';
import { openStore } from '../../../store/open-store.ts';

/** "90s", "15m", "2h" → milliseconds. */
export function parseDuration(name: string, value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)$/.exec(value.trim());
  if (!match)
    throw new ConfigError(
      `${name}: expected a duration such as 90s, 15m or 2h, got ${JSON.stringify(value)}`,
    );
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] as 'ms' | 's' | 'm' | 'h'];
  return Number(match[1]) * unit;
}

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('poll RSS/Atom feeds politely and ingest what is new, continuously')
    .argument(
      '[feeds-file]',
      'a text file with one feed URL per line (feeds added through the API are polled too)',
    )
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .option('--interval <duration>', 'time between polls of one feed', '15m')
    .option('--host-gap <duration>', 'least time between two requests to one host', '10s')
    .option('--once', 'poll every due feed once and stop')
    .action(
      async (
        file: string | undefined,
        opts: { db?: string; interval: string; hostGap: string; once?: boolean },
      ) => {
        const config = loadConfig(opts.db ? { dbPath: opts.db } : {});
        const intervalMs = parseDuration('--interval', opts.interval);
        const [{ readFeedList, watchFeeds }, { openIngestSink }] = await Promise.all([
          import('../../watch/watch-feeds.ts'),
          import('../../../queue/ingest-sink.ts'),
        ]);
        const perHostGapMs = parseDuration('--host-gap', opts.hostGap);
        let urls: string[] = [];
        if (file) {
          try {
            const list = readFeedList(readFileSync(file, 'utf8'));
            urls = list.urls;
            for (const line of list.ignored) process.stderr.write(`warta: ${file}: ${line}\n`);
          } catch (error) {
            throw new ConfigError(`${file}: cannot read the feed list (${(error as Error).message})`);
          }
        }
        const store = await openStore(config.dbPath, { create: true });
        let ingest: Awaited<ReturnType<typeof openIngestSink>>;
        try {
          ingest = await openIngestSink(config.dbPath, store);
        } catch (error) {
          await store.close();
          throw error;
        }
        const webhooks = startWebhookDelivery(store, 15_000, (error) =>
          process.stderr.write(`warta: webhook delivery: ${error.message}\n`),
        );
        const controller = new AbortController();
        process.on('SIGINT', () => controller.abort());
        process.on('SIGTERM', () => controller.abort());
        try {
          await watchFeeds(urls, store, {
            intervalMs,
            perHostGapMs,
            maxBackoffMs: 24 * 3_600_000,
            once: opts.once ?? false,
            signal: controller.signal,
            referenceDate: () => new Date(),
            ingest: config.ingest,
            sink: ingest.sink,
            onOutcome: (o) => {
              const detail =
                o.status !== 'new'
                  ? (o.error ?? '')
                  : o.queued
                    ? `${o.queued.queued} queued, ${o.queued.alreadyQueued} already queued`
                    : `${o.summary?.added ?? 0} added, ${o.summary?.unchanged ?? 0} unchanged`;
              process.stdout.write(
                `${new Date().toISOString()} ${o.status.padEnd(12)} ${o.url} ${detail} (next ${o.nextPollAt})\n`,
              );
            },
          });
          if (opts.once) await deliverDueWebhooks(store);
        } finally {
          await webhooks.stop();
          await ingest.close();
          await store.close();
        }
      },
    );
}
