import type { Command } from 'commander';
import { loadConfig } from '../../../config/config.ts';
import type {
  Claim,
  EventMembershipEvidence,
  NewsEvent,
  Storyline,
  StorylineMembershipEvidence,
} from '../../../model/cluster.ts';
import type { EnrichedDocument } from '../../../model/document.ts';
import type { Store } from '../../../store/store.ts';
import { openStore } from '../../../store/open-store.ts';
import { terminalSafe } from '../terminal-text.ts';

type Label = (id: string) => Promise<string>;
type Report = (store: Store, label: Label) => Promise<string[]>;

async function withStore(
  opts: { db?: string; format: string },
  report: Report,
  asJson: (store: Store) => Promise<unknown>,
): Promise<void> {
  const config = loadConfig(opts.db ? { dbPath: opts.db } : {});
  const store = await openStore(config.dbPath);
  try {
    if (opts.format === 'json') {
      process.stdout.write(`${JSON.stringify(await asJson(store), null, 2)}\n`);
      return;
    }
    const lines = await report(store, documentLabeller(store));
    process.stdout.write(
      lines.length ? terminalSafe(`${lines.join('\n')}\n`) : 'nothing yet: ingest some documents first\n',
    );
  } finally {
    await store.close();
  }
}

/** Outlet, date and title of a document, read once however often it is named. */
function documentLabeller(store: Store): Label {
  const cache = new Map<string, Promise<EnrichedDocument | null>>();
  return async (id) => {
    if (!cache.has(id)) cache.set(id, store.getDocument(id));
    const doc = await cache.get(id);
    if (!doc) return id;
    return `${doc.outlet ?? 'unknown outlet'} · ${doc.published?.value ?? 'undated'} · ${doc.title ?? doc.text.slice(0, 60)}`;
  };
}

function evidenceLine(e: EventMembershipEvidence): string {
  if (!e.linkedTo) return 'first of the event';
  const shared = e.sharedEntities.slice(0, 4).join(', ') || '—';
  const gap = e.timeGapDays === null ? '' : `, ${e.timeGapDays} day(s) apart`;
  return `similarity ${e.similarity.toFixed(2)}, shared: ${shared}${gap}`;
}

async function eventLines(event: NewsEvent, label: Label): Promise<string[]> {
  const members = await Promise.all(
    event.evidence.map(async (e) => `    ${await label(e.document)}\n        ${evidenceLine(e)}`),
  );
  return [
    `◆ ${event.title || '(untitled)'}  [${event.date ?? 'undated'}]  ${event.documents.length} document(s)  ${event.id}`,
    ...members,
    '',
  ];
}

/** Why an event sits in its storyline, when the storyline says. */
function storylineEvidenceLine(
  evidence: StorylineMembershipEvidence | undefined,
  titleOf: (eventId: string) => string,
): string[] {
  if (!evidence) return [];
  if (!evidence.linkedTo) return ['        opened the storyline'];
  const shared = evidence.sharedEntities.join(', ') || '—';
  return [
    `        linked to ${titleOf(evidence.linkedTo)}, shared: ${shared}, topic similarity ${evidence.topicSimilarity.toFixed(2)}`,
  ];
}

async function storylineLines(store: Store, storyline: Storyline): Promise<string[]> {
  const events = (await Promise.all(storyline.events.map((id) => store.getEvent(id))))
    .filter((e) => e !== null)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const titles = new Map(events.map((e) => [e.id, e.title || '(untitled)']));
  const evidence = new Map((storyline.evidence ?? []).map((e) => [e.event, e]));
  return [
    `▶ ${storyline.title || '(untitled)'}  ${storyline.events.length} event(s)  ${storyline.id}`,
    ...events.flatMap((e) => [
      `    ${e.date ?? 'undated'}  ${e.title || '(untitled)'}  (${e.documents.length})`,
      ...storylineEvidenceLine(evidence.get(e.id), (id) => titles.get(id) ?? id),
    ]),
    '',
  ];
}

async function claimLines(claim: Claim, label: Label): Promise<string[]> {
  const figures = await Promise.all(
    claim.figures.map(
      async (f) =>
        `    ${f.text.padEnd(32)} ${String(f.value).padStart(10)} ${f.qualifier.padEnd(18)} ${await label(f.document)}`,
    ),
  );
  return [
    `${claim.consistent ? '✓ agree   ' : '✗ disagree'}  ${claim.subject}  [${claim.unit}]  ${claim.id}`,
    ...figures,
    `    ${claim.reasoning}`,
    '',
  ];
}

async function concatenated<T>(items: T[], lines: (item: T) => Promise<string[]>): Promise<string[]> {
  return (await Promise.all(items.map(lines))).flat();
}

const eventsReport: Report = async (store, label) =>
  concatenated(await store.events(), (event) => eventLines(event, label));

const storylinesReport: Report = async (store) =>
  concatenated(await store.storylines(), (storyline) => storylineLines(store, storyline));

const claimsReport: Report = async (store, label) =>
  concatenated(await store.claims(), (claim) => claimLines(claim, label));

export function registerClusterReports(program: Command): void {
  const reports: [string, string, Report, (s: Store) => Promise<unknown>][] = [
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
      .option('--db <file|url>', 'SQLite file or postgres:// URL')
      .option('--format <format>', 'json or text', 'text')
      .action((opts: { db?: string; format: string }) => withStore(opts, report, asJson));
  }
}
