// API latency (median and 95th percentile of search, entity, event and list pages) and the web UI's
// first load, on a store of 10,000+ documents made from IndoSum articles resampled over a longer
// period (each article reused with its dates shifted by whole months).
// usage: node --import tsx bench/api-latency.ts [--documents 10000] [--db /tmp/warta-latency.db]
import { existsSync } from 'node:fs';
import { serve } from '@hono/node-server';
import type { IngestItem } from '../src/ingest/index.ts';
import type { RawDocument } from '../src/model/document.ts';
import { ingestItemsIntoStore } from '../src/pipeline/ingest-into-store.ts';
import { createApp } from '../src/serve/http/app.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../src/store/store.ts';
import { asScrapedText, readIndosum } from './lib/indosum.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const target = Number(option('--documents', '10000'));
const dbPath = option('--db', '/tmp/warta-latency.db');

function shifted(date: Date, months: number): string {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString();
}

function resampledArticles(): IngestItem[] {
  const articles = readIndosum();
  const items: IngestItem[] = [];
  for (let copy = 0; items.length < target; copy++) {
    for (const article of articles) {
      if (items.length >= target) break;
      const doc: RawDocument = {
        givenId: `${article.id}-r${copy}`,
        source: `indosum:${article.id}#${copy}`,
        kind: 'jsonl',
        format: 'text',
        content: copy === 0 ? asScrapedText(article) : `${asScrapedText(article)}\n(arsip ${copy})\n`,
        encoding: 'utf-8',
        hints: { outlet: article.outlet, published: shifted(article.published, copy * 7), url: article.url },
        diagnostics: [],
      };
      items.push({ ok: true, doc });
    }
  }
  return items;
}

async function buildStore(store: Store): Promise<void> {
  const items = resampledArticles();
  const started = performance.now();
  let stored = 0;
  await ingestItemsIntoStore(items, store, {
    referenceDate: new Date('2026-01-01T00:00:00Z'),
    batchSize: 500,
    onItem: () => {
      stored += 1;
      if (stored % 500 === 0 || stored === items.length) {
        process.stderr.write(`\rread ${stored}/${items.length}`);
      }
    },
  });
  process.stderr.write(`\nbuilt in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function timeRequests(
  base: string,
  paths: string[],
): Promise<{ median: number; p95: number; n: number }> {
  const times: number[] = [];
  for (const path of paths) {
    const started = performance.now();
    const response = await fetch(base + path);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95), n: times.length };
}

async function uiFirstLoad(url: string): Promise<number | null> {
  if (!existsSync('/usr/bin/chromium')) return null;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    const page = await browser.newPage();
    const started = performance.now();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForSelector('main');
    return performance.now() - started;
  } finally {
    await browser.close();
  }
}

const store = new SqliteStore({ path: dbPath });
if ((await store.stats()).documents < target) await buildStore(store);
const stats = await store.stats();
const app = createApp({ store, writeToken: null });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const queries = [
  'banjir',
  'presiden jokowi',
  'harga minyak',
  'sepak bola',
  'korupsi',
  'pemilihan gubernur',
  'timnas indonesia',
  'saham',
  'film',
  'gempa bumi',
];
const { items: entities } = await store.listEntities({ limit: 30 });
const events = await store.events({ limit: 30 });
const search = await timeRequests(
  base,
  [...queries, ...queries, ...queries].map((q) => `/api/search?q=${encodeURIComponent(q)}`),
);
const entity = await timeRequests(
  base,
  entities.map((e) => `/api/entities/${e.id}`),
);
const event = await timeRequests(
  base,
  events.map((e) => `/api/events/${e.id}`),
);
const entityList = await timeRequests(
  base,
  entities.map((e) => `/api/entities?q=${encodeURIComponent(e.name.slice(0, 4))}`),
);
const recentStorylines = await timeRequests(
  base,
  Array.from({ length: 30 }, (_, i) => `/api/storylines?sort=recent&limit=50&offset=${i * 50}`),
);
const ui = await uiFirstLoad(`${base}/`);
server.close();
await store.close();

console.log(
  `store: ${stats.documents} documents, ${stats.entities} entities, ${stats.events} events (${dbPath})\n`,
);
console.log('| request | n | median ms | p95 ms |');
console.log('|---|---|---|---|');
for (const [name, r] of [
  ['search', search],
  ['entity page', entity],
  ['event page', event],
  ['entity list (name search)', entityList],
  ['storylines, most recent first', recentStorylines],
] as const) {
  console.log(`| ${name} | ${r.n} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} |`);
}
console.log(
  `\nUI first load (headless Chromium, to network idle): ${ui === null ? 'chromium missing' : `${ui.toFixed(0)} ms`}`,
);
