import type { Writable } from 'node:stream';
import type { DocumentCursor, Store } from '../store/store.ts';
import { EXPORT_FORMAT, exportDocument, exportEntity } from './export.ts';

export type StoreExportFormat = 'json' | 'jsonl';

/** What the export reads: full scans and paged lists only, never the whole store at once. */
export type ExportSource = Pick<
  Store,
  'scanDocuments' | 'listEntities' | 'getEntity' | 'events' | 'storylines' | 'claims'
>;

export interface StoreExportCounts {
  documents: number;
  entities: number;
  events: number;
  storylines: number;
  claims: number;
}

type Section = keyof StoreExportCounts;

/** The JSONL `kind` of each section's records. */
const KIND: Record<Section, string> = {
  documents: 'document',
  entities: 'entity',
  events: 'event',
  storylines: 'storyline',
  claims: 'claim',
};

const DOCUMENT_PAGE = 200;
/** The store serves entity pages of at most 500. */
const ENTITY_PAGE = 500;
const CLUSTER_PAGE = 200;

/**
 * Writes the analysis export of everything in the store (`../shared/spec/analysis-export.md`),
 * page by page, waiting whenever `out` is full: memory stays flat however large the store is.
 * `json` is the export object, one record a line; `jsonl` is one `{ "kind": …, … }` object a line.
 */
export async function exportStore(
  source: ExportSource,
  out: Writable,
  format: StoreExportFormat,
): Promise<StoreExportCounts> {
  const writer = new StreamWriter(out);
  const layout = format === 'json' ? jsonLayout(writer) : jsonlLayout(writer);
  const counts: StoreExportCounts = { documents: 0, entities: 0, events: 0, storylines: 0, claims: 0 };
  await layout.begin();
  const sections: [Section, AsyncIterable<object>][] = [
    ['documents', documentRecords(source)],
    ['entities', entityRecords(source)],
    ['events', pagedRecords((page) => source.events(page))],
    ['storylines', pagedRecords((page) => source.storylines(page))],
    ['claims', pagedRecords((page) => source.claims(page))],
  ];
  for (const [section, records] of sections) {
    await layout.open(section);
    for await (const record of records) {
      await layout.record(section, record, counts[section] === 0);
      counts[section] += 1;
    }
    await layout.close(section);
  }
  await layout.end();
  return counts;
}

interface Layout {
  begin(): Promise<void>;
  open(section: Section): Promise<void>;
  record(section: Section, record: object, first: boolean): Promise<void>;
  close(section: Section): Promise<void>;
  end(): Promise<void>;
}

/** `{"format":…,"documents":[…],"entities":[…],…}` written by hand, one record a line. */
function jsonLayout(writer: StreamWriter): Layout {
  return {
    begin: () => writer.write(`{"format":${JSON.stringify(EXPORT_FORMAT)}`),
    open: (section) => writer.write(`,\n${JSON.stringify(section)}:[`),
    record: (_section, record, first) => writer.write(`${first ? '' : ','}\n${JSON.stringify(record)}`),
    close: () => writer.write('\n]'),
    end: () => writer.write('\n}\n'),
  };
}

function jsonlLayout(writer: StreamWriter): Layout {
  const nothing = async (): Promise<void> => {};
  return {
    begin: nothing,
    open: nothing,
    record: (section, record) => writer.write(`${JSON.stringify({ kind: KIND[section], ...record })}\n`),
    close: nothing,
    end: nothing,
  };
}

async function* documentRecords(source: ExportSource): AsyncGenerator<object> {
  let after: DocumentCursor = null;
  do {
    const page = await source.scanDocuments({ limit: DOCUMENT_PAGE, after });
    for (const row of page.rows) yield exportDocument(row.document);
    after = page.next;
  } while (after !== null);
}

/** Entities are stored without their document lists: each is read back whole, one by one. */
async function* entityRecords(source: ExportSource): AsyncGenerator<object> {
  const pages = pagedRecords(async (page) => (await source.listEntities(page)).items, ENTITY_PAGE);
  for await (const item of pages) {
    const entity = await source.getEntity(item.id);
    if (entity) yield exportEntity(entity);
  }
}

/** Offset pages until an empty one: a backend that serves shorter pages than asked loses nothing. */
async function* pagedRecords<T>(
  read: (page: { limit: number; offset: number }) => Promise<T[]>,
  limit = CLUSTER_PAGE,
): AsyncGenerator<T> {
  for (let offset = 0; ; ) {
    const items = await read({ limit, offset });
    if (items.length === 0) return;
    yield* items;
    offset += items.length;
  }
}

/** Writes through a stream, waiting for 'drain' when it is full; a failed or closed stream stops the export. */
class StreamWriter {
  #failure: Error | null = null;

  constructor(private readonly out: Writable) {
    out.on('error', (error: Error) => {
      this.#failure ??= error;
    });
  }

  async write(text: string): Promise<void> {
    if (this.#failure) throw this.#failure;
    if (!this.out.write(text)) await this.#drained();
  }

  #drained(): Promise<void> {
    return new Promise((resolve, reject) => {
      const settle = (error: Error | null): void => {
        this.out.off('drain', onDrain);
        this.out.off('error', onError);
        this.out.off('close', onClose);
        if (error) reject(error);
        else resolve();
      };
      const onDrain = (): void => settle(null);
      const onError = (error: Error): void => settle(error);
      const onClose = (): void => settle(this.#failure ?? new Error('the output closed before the export ended'));
      this.out.on('drain', onDrain);
      this.out.on('error', onError);
      this.out.on('close', onClose);
    });
  }
}
