import type { Command } from 'commander';
import { loadConfig } from '../../../config/config.ts';
import type { EnrichedDocument } from '../../../model/document.ts';
import type { Store } from '../../../store/store.ts';
import { openStore } from '../open-store.ts';

type Report = (store: Store, label: (id: string) => string) => string[];

function withStore(
  opts: { db?: string; format: string },
  report: Report,
  asJson: (store: Store) => unknown,
): void {
  const config = loadConfig(opts.db ? { dbPath: opts.db } : {});
  const store = openStore(config.dbPath);
  try {
    if (opts.format === 'json') {
      process.stdout.write(`${JSON.stringify(asJson(store), null, 2)}\n`);
      return;
    }
    const cache = new Map<string, EnrichedDocument | null>();
    const label = (id: string): string => {
      if (!cache.has(id)) cache.set(id, store.getDocument(id));
      const doc = cache.get(id);
      if (!doc) return id;
      return `${doc.outlet ?? 'unknown outlet'} · ${doc.published?.value ?? 'undated'} · ${doc.title ?? doc.text.slice(0, 60)}`;
    };
    const lines = report(store, label);
    process.stdout.write(
      lines.length ? `${lines.join('\n')}\n` : 'nothing yet: ingest some documents first\n',
    );
  } finally {
    store.close();
  }
}

const eventsReport: Report = (store, label) =>
  store.events().flatMap((event) => [
    `◆ ${event.title || '(untitled)'}  [${event.date ?? 'undated'}]  ${event.documents.length} document(s)  ${event.id}`,
    ...event.evidence.map((e) => {
      const why = e.linkedTo
        ? `similarity ${e.similarity.toFixed(2)}, shared: ${e.sharedEntities.slice(0, 4).join(', ') || '—'}${e.timeGapDays === null ? '' : `, ${e.timeGapDays} day(s) apart`}`
        : 'first of the event';
      return `    ${label(e.document)}\n        ${why}`;
    }),
    '',
  ]);

const storylinesReport: Report = (store) =>
  store.storylines().flatMap((storyline) => [
    `▶ ${storyline.title || '(untitled)'}  ${storyline.events.length} event(s)  ${storyline.id}`,
    ...storyline.events
      .map((id) => store.getEvent(id))
      .filter((e) => e !== null)
      .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
      .map((e) => `    ${e.date ?? 'undated'}  ${e.title || '(untitled)'}  (${e.documents.length})`),
    '',
  ]);

const claimsReport: Report = (store, label) =>
  store
    .claims()
    .flatMap((claim) => [
      `${claim.consistent ? '✓ agree   ' : '✗ disagree'}  ${claim.subject}  [${claim.unit}]  ${claim.id}`,
      ...claim.figures.map(
        (f) =>
          `    ${f.text.padEnd(32)} ${String(f.value).padStart(10)} ${f.qualifier.padEnd(18)} ${label(f.document)}`,
      ),
      `    ${claim.reasoning}`,
      '',
    ]);

export function registerClusterReports(program: Command): void {
  const reports: [string, string, Report, (s: Store) => unknown][] = [
    [
      'events',
      'articles that report the same happening, with why they are one event',
      eventsReport,
      (s) => s.events(),
    ],
    ['storylines', 'events chained over time', storylinesReport, (s) => s.storylines()],
    ['claims', 'figures compared across outlets, and whether they agree', claimsReport, (s) => s.claims()],
  ];
  for (const [name, description, report, asJson] of reports) {
    program
      .command(name)
      .description(description)
      .option('--db <file>', 'SQLite database file')
      .option('--format <format>', 'json or text', 'text')
      .action((opts: { db?: string; format: string }) => withStore(opts, report, asJson));
  }
}
