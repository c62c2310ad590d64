// Ingest throughput and decoding outcomes on real pages: the WCXB dev HTML pages (gzipped, many
// charsets), the seed articles, and the IndoSum JSONL re-encoded as Warta JSONL records in a temp file.
// Run: node --import tsx bench/ingest.ts
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestSources } from '../src/ingest/index.ts';
import { SEEDS_DIR, sharedPath } from '../test/support/shared.ts';
import { asScrapedText, readIndosum } from './lib/indosum.ts';

interface Outcome {
  label: string;
  items: number;
  documents: number;
  megabytes: number;
  seconds: number;
  encodings: Map<string, number>;
  reasons: Map<string, number>;
  diagnostics: Map<string, number>;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

async function measure(label: string, inputs: string[]): Promise<Outcome> {
  const outcome: Outcome = {
    label,
    items: 0,
    documents: 0,
    megabytes: 0,
    seconds: 0,
    encodings: new Map(),
    reasons: new Map(),
    diagnostics: new Map(),
  };
  const started = performance.now();
  for await (const item of ingestSources(inputs)) {
    outcome.items++;
    if (!item.ok) {
      bump(outcome.reasons, item.reason);
      continue;
    }
    outcome.documents++;
    outcome.megabytes += Buffer.byteLength(item.doc.content) / 1e6;
    bump(outcome.encodings, item.doc.encoding);
    for (const d of item.doc.diagnostics) bump(outcome.diagnostics, d.rule);
  }
  outcome.seconds = (performance.now() - started) / 1000;
  return outcome;
}

const format = (map: Map<string, number>) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${key} ${n}`)
    .join(', ') || '–';

function writeIndosumJsonl(): string {
  const path = join(tmpdir(), `warta-bench-indosum-${process.pid}.jsonl`);
  const lines = readIndosum().map((a) =>
    JSON.stringify({
      id: a.id,
      text: asScrapedText(a),
      outlet: a.outlet,
      url: a.url,
      published: a.published.toISOString(),
    }),
  );
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const indosum = writeIndosumJsonl();
try {
  const outcomes = [
    await measure('WCXB dev pages (.html.gz)', [sharedPath('data', 'extraction', 'wcxb', 'dev', 'html')]),
    await measure('seed articles (.txt)', [SEEDS_DIR]),
    await measure('IndoSum as JSONL', [indosum]),
  ];
  console.log(
    '| input | items | documents | MB of text | seconds | docs/s | encodings | failures | diagnostics |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |');
  for (const o of outcomes) {
    const perSecond = Math.round(o.documents / o.seconds);
    console.log(
      `| ${o.label} | ${o.items} | ${o.documents} | ${o.megabytes.toFixed(1)} | ${o.seconds.toFixed(2)} | ${perSecond} | ` +
        `${format(o.encodings)} | ${format(o.reasons)} | ${format(o.diagnostics)} |`,
    );
  }
} finally {
  rmSync(indosum, { force: true });
}
