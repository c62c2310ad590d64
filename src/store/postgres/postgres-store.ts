import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import type { Claim, NewsEvent, Storyline } from '../../model/cluster.ts';
import type { EnrichedDocument } from '../../model/document.ts';
import type { GlobalEntity, StoredEntity } from '../../model/entity.ts';
import { runSearch } from '../../search/run-search.ts';
import { stemText as searchStems } from '../../search/stems.ts';
import type { AlertReads } from '../alert-port.ts';
import { StoreBusyError, StoreOpenError } from '../errors.ts';
import type {
  ClusterKind,
  DocumentCursor,
  DocumentQuery,
  DocumentScan,
  DocumentSummary,
  EntityQuery,
  FeedState,
  OutletLineCounts,
  Page,
  RawEnvelope,
  SearchRequest,
  SearchResult,
  Store,
  StoredDocumentRow,
  StoredFailure,
  StoredKeys,
  StoreStats,
  StoreTransaction,
} from '../store.ts';
import { postgresAlertReads, postgresAlertWrites } from './alert-tables.ts';
import { createPostgresClusterState } from './cluster-state.ts';
import { createPool, openError } from './connection.ts';
import {
  OutletLineTally,
  saveDocuments,
  saveFailures,
  type StemText,
  updateDocuments,
  upsertEntities,
} from './document-writes.ts';
import { migrate } from './migrate.ts';
import { PostgresSearch } from './search.ts';
import { backfillSearchPage, hasSearchBackfill, writeEntityKeys } from './search-index.ts';
import { lastByKey, Params, type Queryable, run, select } from './sql.ts';

/** Cluster lists without a page: every API route passes one, reports and exports read them all. */
const ALL = 1_000_000;
/** How long a writer waits for the writer lock another process holds before giving up. */
const WRITE_LOCK_TIMEOUT_MS = 120_000;
/**
 * The writer lock (a transaction-level advisory lock): one write transaction at a time over the
 * whole database, whichever process runs it. Clustering reads its candidates and writes state that
 * depends on them, so two batches clustered at once could each found the same event, or both
 * bump statistics read before the other's write; one writer at a time is the simple correct
 * choice. The CPU-heavy work (extraction, enrichment) runs before a batch's transaction, so
 * several workers still scale; only the cluster step and the writes are serialised.
 */
const WRITER_LOCK = 7_716_150_002;
/** A search runs under this statement timeout: the query language bounds the work, this bounds the rest. */
const SEARCH_TIMEOUT_MS = 10_000;

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database` (or `postgresql://`). */
  url: string;
  /** Turns a text into space-separated search stems; Warta's stemmers (src/search/stems.ts) by default. */
  stemText?: StemText;
}

type Row = Record<string, unknown>;

/**
 * The store on a PostgreSQL server, for several processes over one database. Reads go through
 * the pool and never see uncommitted writes; each write transaction holds one pooled connection
 * and the writer lock. Opening (connecting, migrating) starts at construction; every method waits
 * for it, and the first to use the store gets the `StoreOpenError` if it failed.
 */
export class PostgresStore implements Store {
  readonly #pool: pg.Pool;
  readonly #url: string;
  readonly #stemText: StemText;
  readonly #ready: Promise<void>;
  /** The last write queued on this object: writes run one after another, never interleaved. */
  #writes: Promise<unknown> = Promise.resolve();
  /** Set in the async context of a running write, to refuse a nested one that would wait for itself. */
  readonly #writing = new AsyncLocalStorage<true>();
  /** The paged search upgrade of data stored before search had stems and entity keys; stops at close. */
  readonly #searchBackfill: Promise<void>;
  #closing = false;

  get alerts(): AlertReads {
    return postgresAlertReads(() => this.#db());
  }

  constructor(options: PostgresStoreOptions) {
    this.#url = options.url;
    this.#stemText = options.stemText ?? searchStems;
    this.#pool = createPool(options.url);
    this.#ready = this.#open();
    // Reported to whoever uses the store first; never an unhandled rejection meanwhile.
    this.#ready.catch(() => undefined);
    this.#searchBackfill = this.#backfillSearch();
  }

  /** Resolves once stored data is fully searchable (at once, unless the store predates search's indexes). */
  searchIndexed(): Promise<void> {
    return this.#searchBackfill;
  }

  /** One page per write transaction, so ingests and workers go on meanwhile; other processes share the work. */
  async #backfillSearch(): Promise<void> {
    try {
      if (!(await hasSearchBackfill(await this.#db()))) return;
      while (!this.#closing && (await this.#locked((client) => backfillSearchPage(client, this.#stemText)))) {
        await new Promise((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      // A store that failed to open reports that to its first user; a closing one just stops.
      if (!this.#closing && !(error instanceof StoreOpenError)) {
        process.emitWarning(`search index upgrade stopped: ${(error as Error).message}`);
      }
    }
  }

  /** Opens a store and waits until it is usable: throws `StoreOpenError` at once when it is not. */
  static async open(options: PostgresStoreOptions): Promise<PostgresStore> {
    const store = new PostgresStore(options);
    try {
      await store.#ready;
    } catch (error) {
      await store.#pool.end();
      throw error;
    }
    return store;
  }

  async #open(): Promise<void> {
    try {
      const client = await this.#pool.connect();
      try {
        await migrate(client);
      } finally {
        client.release();
      }
    } catch (error) {
      throw openError(this.#url, error);
    }
  }

  /** The pool, once the database is open. */
  async #db(): Promise<Queryable> {
    await this.#ready;
    return this.#pool;
  }

  async #rows<R extends Row = Row>(text: string, values: unknown[] = []): Promise<R[]> {
    return select<R>(await this.#db(), text, values);
  }

  async knownHashes(hashes: string[]): Promise<Set<string>> {
    return readKnownHashes(await this.#db(), hashes);
  }

  async storedKeys(ids: string[], hashes: string[]): Promise<StoredKeys> {
    return readStoredKeys(await this.#db(), ids, hashes);
  }

  transaction<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T> {
    return this.#locked(async (client) => {
      const outletLines = new OutletLineTally();
      const value = await work(this.#transactionPort(client, outletLines));
      await outletLines.write(client);
      return value;
    });
  }

  async saveFailures(failures: StoredFailure[]): Promise<void> {
    if (failures.length === 0) return;
    await this.#locked((client) => saveFailures(client, failures));
  }

  async getDocument(id: string): Promise<EnrichedDocument | null> {
    const [row] = await this.#rows('SELECT body FROM documents WHERE id = $1', [id]);
    return row ? parseBody<EnrichedDocument>(row) : null;
  }

  async getDocuments(ids: string[]): Promise<EnrichedDocument[]> {
    return readDocuments(await this.#db(), ids);
  }

  async getRaw(id: string): Promise<{ content: string; format: string } | null> {
    const [row] = await this.#rows<{ content: string; format: string }>(
      'SELECT content, format FROM raw_sources WHERE document_id = $1',
      [id],
    );
    return row ? { content: row.content, format: row.format } : null;
  }

  async scanDocuments(scan: DocumentScan): Promise<{ rows: StoredDocumentRow[]; next: DocumentCursor }> {
    const limit = Math.max(1, Math.floor(scan.limit));
    // One row more than asked says whether another page follows, without an empty last page.
    const rows = await this.#rows(
      `SELECT d.seq, d.body, d.ingested_at, r.content, r.format, r.envelope
       FROM documents d JOIN raw_sources r ON r.document_id = d.id
       WHERE d.seq > $1 AND d.ingested_at >= $2
       ORDER BY d.seq LIMIT $3`,
      [cursorSeq(scan.after), scan.since ?? '', limit + 1],
    );
    const page = rows.slice(0, limit);
    return {
      rows: page.map((row) => ({
        document: parseBody<EnrichedDocument>(row),
        raw: {
          content: row.content as string,
          format: row.format as string,
          envelope: row.envelope === null ? null : (JSON.parse(row.envelope as string) as RawEnvelope),
        },
        ingestedAt: row.ingested_at as string,
      })),
      next: rows.length > limit ? String(page.at(-1)?.seq) : null,
    };
  }

  async listDocuments(query: DocumentQuery): Promise<DocumentSummary[]> {
    const params = new Params();
    const where = documentFilter(query, params);
    const { limit, offset } = page(query);
    return this.#rows<DocumentSummary & Row>(
      `SELECT d.id, d.title, d.outlet, d.language, d.published, d.source FROM documents d
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY d.published DESC NULLS LAST, d.id LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
      params.values,
    );
  }

  async countDocuments(query: DocumentQuery): Promise<number> {
    const params = new Params();
    const where = documentFilter(query, params);
    const [row] = await this.#rows<{ n: number }>(
      `SELECT COUNT(*)::int AS n FROM documents d ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params.values,
    );
    return row?.n ?? 0;
  }

  /** One read-only snapshot for the lookups, the page and its count, under a statement timeout. */
  async search(request: SearchRequest): Promise<SearchResult> {
    await this.#ready;
    const client = await this.#pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await client.query(`SET LOCAL statement_timeout = ${SEARCH_TIMEOUT_MS}`);
      const result = await runSearch(new PostgresSearch(client), request);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async entityCatalog(): Promise<StoredEntity[]> {
    return (await this.#rows('SELECT body FROM entities ORDER BY id')).map((row) => parseBody<StoredEntity>(row));
  }

  async entitiesByTokens(tokens: string[]): Promise<StoredEntity[]> {
    const rows = await this.#rows(
      `SELECT body FROM entities WHERE id IN
         (SELECT entity_id FROM entity_tokens WHERE token = ANY($1::text[])) ORDER BY id`,
      [tokens],
    );
    return rows.map((row) => parseBody<StoredEntity>(row));
  }

  async listEntities(query: EntityQuery): Promise<{ items: StoredEntity[]; total: number }> {
    const params = new Params();
    const where = entityFilter(query, params);
    const [total] = await this.#rows<{ n: number }>(`SELECT COUNT(*)::int AS n FROM entities ${where}`, params.values);
    const { limit, offset } = page(query);
    const items = await this.#rows(
      `SELECT body FROM entities ${where} ORDER BY document_count DESC, name, id
       LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
      params.values,
    );
    return { items: items.map((row) => parseBody<StoredEntity>(row)), total: total?.n ?? 0 };
  }

  async getEntity(id: string): Promise<GlobalEntity | null> {
    const [row] = await this.#rows('SELECT body FROM entities WHERE id = $1', [id]);
    if (!row) return null;
    const stored = parseBody<StoredEntity>(row);
    const documents = await this.#rows<{ document_id: string }>(
      'SELECT document_id FROM entity_documents WHERE entity_id = $1 ORDER BY published NULLS FIRST, document_id',
      [id],
    );
    return {
      id: stored.id,
      name: stored.name,
      type: stored.type,
      aliases: stored.aliases,
      documents: documents.map((d) => d.document_id),
    };
  }

  async entityTimeline(id: string): Promise<{ period: string; documents: number; mentions: number }[]> {
    return this.#rows(
      `SELECT COALESCE(left(published, 7), 'undated') AS period, COUNT(*)::int AS documents,
         SUM(mentions)::int AS mentions
       FROM entity_documents WHERE entity_id = $1 GROUP BY 1 ORDER BY 1`,
      [id],
    );
  }

  async events(page?: Page): Promise<NewsEvent[]> {
    return this.#clusters<NewsEvent>('event', 'sort_key DESC, id', page);
  }

  async storylines(query: Page & { sort?: 'size' | 'recent' } = {}): Promise<Storyline[]> {
    const order = query.sort === 'recent' ? 'latest DESC, id' : 'sort_key DESC, id';
    return this.#clusters<Storyline>('storyline', order, query);
  }

  async claims(page?: Page): Promise<Claim[]> {
    return this.#clusters<Claim>('claim', 'sort_key DESC, id', page);
  }

  async countClusters(kind: ClusterKind): Promise<number> {
    const [row] = await this.#rows<{ n: number }>('SELECT COUNT(*)::int AS n FROM clusters WHERE kind = $1', [kind]);
    return row?.n ?? 0;
  }

  async claimsOfDocuments(documentIds: string[]): Promise<Claim[]> {
    const rows = await this.#rows(
      `SELECT body FROM clusters WHERE kind = 'claim' AND id IN
         (SELECT claim_id FROM claim_documents WHERE document_id = ANY($1::text[]))
       ORDER BY sort_key DESC, id`,
      [documentIds],
    );
    return rows.map((row) => parseBody<Claim>(row));
  }

  async getEvent(id: string): Promise<NewsEvent | null> {
    return this.#cluster<NewsEvent>('event', id);
  }

  async getStoryline(id: string): Promise<Storyline | null> {
    return this.#cluster<Storyline>('storyline', id);
  }

  async outletLineCounts(
    outlets: string[],
    lines?: ReadonlyMap<string, readonly string[]>,
  ): Promise<Map<string, OutletLineCounts>> {
    const distinct = [...new Set(outlets)];
    const counts = new Map<string, OutletLineCounts>(
      distinct.map((outlet) => [outlet, { outlet, lines: new Map(), documents: 0 }]),
    );
    if (distinct.length === 0) return counts;
    for (const row of await this.#rows<{ outlet: string; documents: number }>(
      'SELECT outlet, documents FROM outlet_documents WHERE outlet = ANY($1::text[])',
      [distinct],
    )) {
      counts.get(row.outlet)!.documents = row.documents;
    }
    const everything = distinct.filter((outlet) => !lines?.get(outlet));
    const wanted = distinct.flatMap((outlet) => (lines?.get(outlet) ?? []).map((line) => [outlet, line]));
    const found = [
      ...(everything.length > 0
        ? await this.#rows<{ outlet: string; line: string; documents: number }>(
            'SELECT outlet, line, documents FROM outlet_lines WHERE outlet = ANY($1::text[])',
            [everything],
          )
        : []),
      ...(wanted.length > 0
        ? await this.#rows<{ outlet: string; line: string; documents: number }>(
            `SELECT l.outlet, l.line, l.documents FROM outlet_lines l
             JOIN unnest($1::text[], $2::text[]) AS w(outlet, line) ON l.outlet = w.outlet AND l.line = w.line`,
            [wanted.map(([outlet]) => outlet), wanted.map(([, line]) => line)],
          )
        : []),
    ];
    for (const row of found) counts.get(row.outlet)!.lines.set(row.line, row.documents);
    return counts;
  }

  async failures(limit = 100): Promise<StoredFailure[]> {
    return this.#rows<StoredFailure & Row>(
      'SELECT source, reason, message, at FROM failures ORDER BY seq DESC LIMIT $1',
      [limit],
    );
  }

  addFeed(url: string): Promise<boolean> {
    return this.#locked(
      async (client) =>
        (await run(client, 'INSERT INTO feeds (url) VALUES ($1) ON CONFLICT (url) DO NOTHING', [url])) > 0,
    );
  }

  async feeds(): Promise<FeedState[]> {
    return (
      await this.#rows(
        `SELECT url, etag, last_modified, last_polled_at, next_poll_at, consecutive_failures, last_error
         FROM feeds ORDER BY url`,
      )
    ).map(feedState);
  }

  saveFeedState(state: FeedState): Promise<void> {
    return this.#locked(async (client) => {
      await run(
        client,
        `INSERT INTO feeds (url, etag, last_modified, last_polled_at, next_poll_at, consecutive_failures, last_error)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
           last_polled_at = excluded.last_polled_at, next_poll_at = excluded.next_poll_at,
           consecutive_failures = excluded.consecutive_failures, last_error = excluded.last_error`,
        [
          state.url,
          state.etag,
          state.lastModified,
          state.lastPolledAt,
          state.nextPollAt,
          state.consecutiveFailures,
          state.lastError,
        ],
      );
    });
  }

  async stats(): Promise<StoreStats> {
    const db = await this.#db();
    const count = async (sql: string, values: unknown[] = []): Promise<number> =>
      ((await select<{ n: number }>(db, sql, values))[0]?.n ?? 0);
    const clusterCount = (kind: string) =>
      count('SELECT COUNT(*)::int AS n FROM clusters WHERE kind = $1', [kind]);
    const [documents, failures, outlets, languages, entities, events, storylines, claims, pieces] =
      await Promise.all([
        count('SELECT COUNT(*)::int AS n FROM documents'),
        count('SELECT COUNT(*)::int AS n FROM failures'),
        select<StoreStats['outlets'][number] & Row>(
          db,
          'SELECT outlet, COUNT(*)::int AS documents FROM documents GROUP BY outlet ORDER BY documents DESC, outlet NULLS FIRST',
        ),
        select<StoreStats['languages'][number] & Row>(
          db,
          'SELECT language, COUNT(*)::int AS documents FROM documents GROUP BY language ORDER BY documents DESC, language',
        ),
        count('SELECT COUNT(*)::int AS n FROM entities'),
        clusterCount('event'),
        clusterCount('storyline'),
        clusterCount('claim'),
        select<{ removed: number; diagnostics: number }>(
          db,
          `SELECT COALESCE(SUM(removed_pieces), 0)::int AS removed,
             COALESCE(SUM(diagnostics), 0)::int AS diagnostics FROM documents`,
        ),
      ]);
    return {
      documents,
      failures,
      outlets,
      languages,
      entities,
      events,
      storylines,
      claims,
      removedPieces: pieces[0]?.removed ?? 0,
      diagnostics: pieces[0]?.diagnostics ?? 0,
    };
  }

  /** Closes the pool once the queued writes are done. */
  close(): Promise<void> {
    this.#closing = true;
    return this.#serialised(async () => {
      await this.#ready.catch(() => undefined);
      await this.#pool.end();
    });
  }

  /** Runs `work` after every write queued before it. */
  #serialised<T>(work: () => Promise<T>): Promise<T> {
    if (this.#writing.getStore()) {
      return Promise.reject(
        new Error('a store write was started inside a transaction of the same store: use the transaction'),
      );
    }
    const result = this.#writes.then(() => this.#writing.run(true, work));
    this.#writes = result.catch(() => undefined);
    return result;
  }

  /** Runs `work` in one write transaction on one pooled connection, holding the writer lock. */
  #locked<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return this.#serialised(async () => {
      await this.#ready;
      const client = await this.#pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        await takeWriterLock(client);
        const value = await work(client);
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => {
          broken = rollbackError;
        });
        throw error;
      } finally {
        // A connection that could not roll back is closed rather than handed to the next user.
        client.release(broken);
      }
    });
  }

  /** What one transaction writes and reads through: its connection, which sees its own writes. */
  #transactionPort(client: pg.PoolClient, outletLines: OutletLineTally): StoreTransaction {
    return {
      ...createPostgresClusterState(client),
      knownHashes: (hashes) => readKnownHashes(client, hashes),
      storedKeys: (ids, hashes) => readStoredKeys(client, ids, hashes),
      saveDocuments: (batch) => saveDocuments(client, this.#stemText, batch),
      updateDocuments: (documents) => updateDocuments(client, documents),
      getDocuments: (ids) => readDocuments(client, ids),
      upsertEntities: async (entities) => {
        await upsertEntities(client, entities);
        await writeEntityKeys(client, lastByKey(entities, (entity) => entity.id));
      },
      recordOutletLines: async (outlet, lines) => outletLines.add(outlet, lines),
      saveFailures: (failures) => saveFailures(client, failures),
      alerts: postgresAlertWrites(client),
    };
  }

  async #clusters<T>(kind: string, order: string, query: Page = {}): Promise<T[]> {
    const rows = await this.#rows(
      `SELECT body FROM clusters WHERE kind = $1 ORDER BY ${order} LIMIT $2 OFFSET $3`,
      [kind, query.limit ?? ALL, query.offset ?? 0],
    );
    return rows.map((row) => parseBody<T>(row));
  }

  async #cluster<T>(kind: string, id: string): Promise<T | null> {
    const [row] = await this.#rows('SELECT body FROM clusters WHERE kind = $1 AND id = $2', [kind, id]);
    return row ? parseBody<T>(row) : null;
  }
}

/** Waits for the writer lock, longer than a statement may otherwise run, then restores the limit. */
async function takeWriterLock(client: pg.PoolClient): Promise<void> {
  await client.query(`SET LOCAL statement_timeout = ${WRITE_LOCK_TIMEOUT_MS}`);
  try {
    await client.query(`SELECT pg_advisory_xact_lock(${WRITER_LOCK})`);
  } catch (error) {
    if ((error as { code?: string }).code === '57014') {
      throw new StoreBusyError(`the database stayed locked by another writer for ${WRITE_LOCK_TIMEOUT_MS / 1000} s`);
    }
    throw error;
  }
  await client.query('SET LOCAL statement_timeout TO DEFAULT');
}

async function readKnownHashes(db: Queryable, hashes: string[]): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const rows = await select<{ content_hash: string }>(
    db,
    'SELECT content_hash FROM documents WHERE content_hash = ANY($1::text[])',
    [hashes],
  );
  return new Set(rows.map((row) => row.content_hash));
}

async function readStoredKeys(db: Queryable, ids: string[], hashes: string[]): Promise<StoredKeys> {
  const keys: StoredKeys = { hashOfId: new Map(), idOfHash: new Map() };
  if (ids.length === 0 && hashes.length === 0) return keys;
  const rows = await select<{ id: string; content_hash: string; by_id: boolean }>(
    db,
    `SELECT id, content_hash, id = ANY($1::text[]) AS by_id FROM documents
     WHERE id = ANY($1::text[]) OR content_hash = ANY($2::text[])
     ORDER BY seq DESC`,
    [ids, hashes],
  );
  const wanted = new Set(hashes);
  for (const row of rows) {
    if (row.by_id) keys.hashOfId.set(row.id, row.content_hash);
    // Newest first, so the first document holding a hash is the one left in the map.
    if (wanted.has(row.content_hash)) keys.idOfHash.set(row.content_hash, row.id);
  }
  return keys;
}

/** The documents with the given ids, in the order given; unknown ids are left out. */
async function readDocuments(db: Queryable, ids: string[]): Promise<EnrichedDocument[]> {
  if (ids.length === 0) return [];
  const rows = await select(db, 'SELECT id, body FROM documents WHERE id = ANY($1::text[])', [[...new Set(ids)]]);
  const found = new Map(rows.map((row) => [row.id as string, parseBody<EnrichedDocument>(row)]));
  return ids.flatMap((id) => found.get(id) ?? []);
}

function feedState(row: Row): FeedState {
  return {
    url: row.url as string,
    etag: (row.etag as string | null) ?? null,
    lastModified: (row.last_modified as string | null) ?? null,
    lastPolledAt: (row.last_polled_at as string | null) ?? null,
    nextPollAt: (row.next_poll_at as string | null) ?? null,
    consecutiveFailures: row.consecutive_failures as number,
    lastError: (row.last_error as string | null) ?? null,
  };
}

function parseBody<T>(row: Row): T {
  return JSON.parse(row.body as string) as T;
}

/** A scan cursor is the storage sequence number of the last document of the previous page. */
function cursorSeq(cursor: DocumentCursor): number {
  if (cursor === null) return 0;
  const seq = Number(cursor);
  if (!Number.isSafeInteger(seq) || seq < 0) throw new Error(`not a document cursor: ${JSON.stringify(cursor)}`);
  return seq;
}

function page(query: Page): { limit: number; offset: number } {
  return { limit: Math.min(Math.max(query.limit ?? 50, 1), 500), offset: Math.max(query.offset ?? 0, 0) };
}

/** `%`, `_` and `\` in a person's text match themselves in a LIKE pattern. */
function likeSubstring(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function entityFilter(query: EntityQuery, params: Params): string {
  const conditions: string[] = [];
  if (query.type) conditions.push(`type = ${params.add(query.type)}`);
  const needle = query.q?.trim().toLowerCase();
  // LIKE rather than strpos: the trigram index on entity_names serves it.
  if (needle) {
    conditions.push(`id IN (SELECT entity_id FROM entity_names WHERE name LIKE ${params.add(likeSubstring(needle))})`);
  }
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

function documentFilter(query: DocumentQuery, params: Params): string[] {
  const conditions: string[] = [];
  if (query.outlet) conditions.push(`d.outlet = ${params.add(query.outlet)}`);
  if (query.language) conditions.push(`d.language = ${params.add(query.language)}`);
  if (query.from) conditions.push(`d.published >= ${params.add(query.from)}`);
  if (query.to) {
    const to = params.add(query.to);
    conditions.push(`left(d.published, length(${to}::text)) <= ${to}::text`);
  }
  if (query.entity) {
    conditions.push(`d.id IN (SELECT document_id FROM entity_documents WHERE entity_id = ${params.add(query.entity)})`);
  }
  return conditions;
}
