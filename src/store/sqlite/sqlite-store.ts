import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { Claim, NewsEvent, Storyline } from '../../model/cluster.ts';
import type { EnrichedDocument } from '../../model/document.ts';
import type { GlobalEntity, StoredEntity } from '../../model/entity.ts';
import { runSearch } from '../../search/run-search.ts';
import { stemText as searchStems } from '../../search/stems.ts';
import type { AlertReads } from '../alert-port.ts';
import type { ClusterStatePort } from '../cluster-port.ts';
import { saveAction } from '../document-identity.ts';
import { StoreFaultError, StoreOpenError } from '../errors.ts';
import type {
  ClusterKind,
  DocumentCursor,
  DocumentQuery,
  DocumentScan,
  DocumentSummary,
  DocumentToSave,
  EntityQuery,
  FeedState,
  OutletLineCounts,
  Page,
  RawEnvelope,
  SaveResult,
  SearchRequest,
  SearchResult,
  Store,
  StoredDocumentRow,
  StoredFailure,
  StoredKeys,
  StoreStats,
  StoreTransaction,
} from '../store.ts';
import { sqliteAlertReads, sqliteAlertWrites } from './alert-tables.ts';
import { createSqliteClusterState } from './cluster-state.ts';
import { CODE_MIGRATIONS } from './code-migrations.ts';
import { guardStatement, storageFault } from './storage-faults.ts';
import { SqliteSearch } from './search.ts';
import { backfillSearchPage, hasSearchBackfill, writeEntityKeys } from './search-index.ts';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** How long a writer waits for the write lock that another connection (or process) holds. */
const WRITE_LOCK_TIMEOUT_MS = 15_000;
/** Ids bound to one statement: one query per chunk keeps every statement small. */
const CHUNK_SIZE = 500;
/** Cluster lists without a page: every API route passes one, reports and exports read them all. */
const ALL = 1_000_000;

export interface SqliteStoreOptions {
  /** Database file, or `:memory:`. */
  path: string;
  /** False: a missing file is an error instead of a new, empty database (commands that only read). */
  create?: boolean;
  /** How long a write waits for another writer's lock before failing with `StoreBusyError` (15 s). */
  lockTimeoutMs?: number;
  /** Turns a text into space-separated search stems; Warta's stemmers (src/search/stems.ts) by default. */
  stemText?: (text: string, language: string) => string;
}

type Row = Record<string, unknown>;
type StemText = (text: string, language: string) => string;
type TransactionWrites = Omit<StoreTransaction, keyof ClusterStatePort>;

export { StoreOpenError };

/** A connection and its statements, each compiled once. */
class Connection {
  readonly #statements = new Map<string, Database.Statement>();

  constructor(
    readonly db: Database.Database,
    private readonly path: string,
  ) {}

  /** A compiled statement whose storage faults name the database (see storage-faults.ts). */
  prepare(sql: string): Database.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = guardStatement(this.db.prepare(sql), this.path);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
}

/**
 * The embedded store. A file database has two connections: one writes, only inside write
 * transactions; the other serves every other read and, in WAL mode, never sees uncommitted data
 * and is never blocked by the writer. `:memory:` has a single connection.
 */
export class SqliteStore implements Store {
  readonly #writer: Connection;
  readonly #reader: Connection;
  readonly #stemText: StemText;
  readonly #path: string;
  readonly #lockTimeoutMs: number;
  /** The last write queued on this object: writes run one after another, never interleaved. */
  #writes: Promise<unknown> = Promise.resolve();
  /** Set in the async context of a running write, to refuse a nested one that would wait for itself. */
  readonly #writing = new AsyncLocalStorage<true>();

  get alerts(): AlertReads {
    return sqliteAlertReads(this.#reader);
  }
  /** The paged search upgrade of data stored before search had stems and entity keys; stops at close. */
  readonly #searchBackfill: Promise<void>;
  #closing = false;

  constructor(options: SqliteStoreOptions) {
    this.#path = options.path;
    this.#lockTimeoutMs = options.lockTimeoutMs ?? WRITE_LOCK_TIMEOUT_MS;
    this.#stemText = options.stemText ?? searchStems;
    const opened: Database.Database[] = [];
    try {
      const inFile = options.path !== ':memory:';
      if (inFile && options.create === false && !existsSync(options.path)) {
        throw new Error('no such file (a mistyped --db? `warta ingest` creates a database)');
      }
      if (inFile) mkdirSync(dirname(options.path), { recursive: true });
      const writer = openWriter(options.path);
      opened.push(writer);
      migrate(writer);
      this.#writer = new Connection(writer, options.path);
      if (inFile) {
        const reader = openReader(options.path);
        opened.push(reader);
        this.#reader = new Connection(reader, options.path);
      } else {
        this.#reader = this.#writer;
      }
    } catch (error) {
      for (const db of opened) db.close();
      const fault = storageFault(error, options.path);
      if (fault instanceof StoreFaultError) throw fault;
      throw new StoreOpenError(`cannot open database ${options.path}: ${(error as Error).message}`);
    }
    this.#searchBackfill = hasSearchBackfill(this.#writer.db) ? this.#backfillSearch() : Promise.resolve();
  }

  /** Resolves once stored data is fully searchable (at once, unless the store predates search's indexes). */
  searchIndexed(): Promise<void> {
    return this.#searchBackfill;
  }

  /** One page per write transaction, so ingests and API writes go on meanwhile; another process may share the work. */
  async #backfillSearch(): Promise<void> {
    try {
      while (!this.#closing && (await this.#locked(async () => backfillSearchPage(this.#writer.db, this.#stemText)))) {
        await sleep(0);
      }
    } catch (error) {
      if (!this.#closing) process.emitWarning(`search index upgrade stopped: ${(error as Error).message}`);
    }
  }

  async knownHashes(hashes: string[]): Promise<Set<string>> {
    return readKnownHashes(this.#reader, hashes);
  }

  async storedKeys(ids: string[], hashes: string[]): Promise<StoredKeys> {
    return readStoredKeys(this.#reader, ids, hashes);
  }

  transaction<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T> {
    return this.#locked(() => work(this.#transactionPort()));
  }

  async saveFailures(failures: StoredFailure[]): Promise<void> {
    if (failures.length === 0) return;
    await this.#locked(async () => writeFailures(this.#writer, failures));
  }

  async getDocument(id: string): Promise<EnrichedDocument | null> {
    const row = this.#reader.prepare('SELECT body FROM documents WHERE id = ?').get(id) as Row | undefined;
    return row ? parseBody<EnrichedDocument>(row) : null;
  }

  async getDocuments(ids: string[]): Promise<EnrichedDocument[]> {
    return readDocuments(this.#reader, ids);
  }

  async getRaw(id: string): Promise<{ content: string; format: string } | null> {
    const row = this.#reader
      .prepare('SELECT content, format FROM raw_sources WHERE document_id = ?')
      .get(id) as { content: string; format: string } | undefined;
    return row ?? null;
  }

  async scanDocuments(scan: DocumentScan): Promise<{ rows: StoredDocumentRow[]; next: DocumentCursor }> {
    const limit = Math.max(1, Math.floor(scan.limit));
    // One row more than asked says whether another page follows, without an empty last page.
    const rows = this.#reader
      .prepare(
        `SELECT d.rowid AS seq, d.body, d.ingested_at, r.content, r.format, r.envelope
         FROM documents d JOIN raw_sources r ON r.document_id = d.id
         WHERE d.rowid > @after AND d.ingested_at >= @since
         ORDER BY d.rowid LIMIT @take`,
      )
      .all({ after: cursorRowid(scan.after), since: scan.since ?? '', take: limit + 1 }) as Row[];
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
    const { where, params } = documentFilter(query, 'd');
    const sql = `SELECT d.id, d.title, d.outlet, d.language, d.published, d.source FROM documents d ${where}
      ORDER BY d.published DESC, d.id LIMIT @limit OFFSET @offset`;
    return this.#reader.prepare(sql).all({ ...params, ...page(query) }) as DocumentSummary[];
  }

  async countDocuments(query: DocumentQuery): Promise<number> {
    const { where, params } = documentFilter(query, 'd');
    return (this.#reader.prepare(`SELECT COUNT(*) AS n FROM documents d ${where}`).get(params) as Row).n as number;
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    return runSearch(new SqliteSearch(this.#reader.db), request);
  }

  async entityCatalog(): Promise<StoredEntity[]> {
    return (this.#reader.prepare('SELECT body FROM entities ORDER BY id').all() as Row[]).map((row) =>
      parseBody<StoredEntity>(row),
    );
  }

  async entitiesByTokens(tokens: string[]): Promise<StoredEntity[]> {
    return (
      this.#reader
        .prepare(
          `SELECT body FROM entities WHERE id IN
             (SELECT entity_id FROM entity_tokens WHERE token IN (SELECT value FROM json_each(?)))`,
        )
        .all(JSON.stringify(tokens)) as Row[]
    ).map((row) => parseBody<StoredEntity>(row));
  }

  async listEntities(query: EntityQuery): Promise<{ items: StoredEntity[]; total: number }> {
    const { where, params } = entityFilter(query);
    const total = this.#reader.prepare(`SELECT COUNT(*) AS n FROM entities ${where}`).get(params) as Row;
    const items = this.#reader
      .prepare(
        `SELECT body FROM entities ${where} ORDER BY document_count DESC, name, id LIMIT @limit OFFSET @offset`,
      )
      .all({ ...params, ...page(query) }) as Row[];
    return { items: items.map((row) => parseBody<StoredEntity>(row)), total: total.n as number };
  }

  async getEntity(id: string): Promise<GlobalEntity | null> {
    const row = this.#reader.prepare('SELECT body FROM entities WHERE id = ?').get(id) as Row | undefined;
    if (!row) return null;
    const stored = parseBody<StoredEntity>(row);
    const documents = this.#reader
      .prepare('SELECT document_id FROM entity_documents WHERE entity_id = ? ORDER BY published, document_id')
      .pluck()
      .all(id) as string[];
    return { id: stored.id, name: stored.name, type: stored.type, aliases: stored.aliases, documents };
  }

  async entityTimeline(id: string): Promise<{ period: string; documents: number; mentions: number }[]> {
    return this.#reader
      .prepare(
        `SELECT COALESCE(substr(published, 1, 7), 'undated') AS period, COUNT(*) AS documents, SUM(mentions) AS mentions
         FROM entity_documents WHERE entity_id = ? GROUP BY period ORDER BY period`,
      )
      .all(id) as { period: string; documents: number; mentions: number }[];
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
    return (this.#reader.prepare('SELECT COUNT(*) AS n FROM clusters WHERE kind = ?').get(kind) as Row).n as number;
  }

  async claimsOfDocuments(documentIds: string[]): Promise<Claim[]> {
    const statement = this.#reader.prepare(
      `SELECT DISTINCT c.id, c.sort_key, c.body FROM claim_documents cd
       JOIN clusters c ON c.kind = 'claim' AND c.id = cd.claim_id
       WHERE cd.document_id IN (SELECT value FROM json_each(?))`,
    );
    const found = new Map<string, Row>();
    for (const chunk of chunks(documentIds)) {
      for (const row of statement.all(JSON.stringify(chunk)) as Row[]) found.set(row.id as string, row);
    }
    return [...found.values()]
      .sort(
        (a, b) =>
          compareText(b.sort_key as string, a.sort_key as string) ||
          compareText(a.id as string, b.id as string),
      )
      .map((row) => parseBody<Claim>(row));
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
    return new Map([...new Set(outlets)].map((outlet) => [outlet, this.#outletLineCounts(outlet, lines?.get(outlet))]));
  }

  async failures(limit = 100): Promise<StoredFailure[]> {
    return this.#reader
      .prepare('SELECT source, reason, message, at FROM failures ORDER BY seq DESC LIMIT ?')
      .all(limit) as StoredFailure[];
  }

  addFeed(url: string): Promise<boolean> {
    return this.#locked(
      async () => this.#writer.prepare('INSERT OR IGNORE INTO feeds (url) VALUES (?)').run(url).changes > 0,
    );
  }

  async feeds(): Promise<FeedState[]> {
    return (this.#reader.prepare('SELECT * FROM feeds ORDER BY url').all() as Row[]).map(feedState);
  }

  saveFeedState(state: FeedState): Promise<void> {
    return this.#locked(async () => {
      this.#writer
        .prepare(
          `INSERT INTO feeds VALUES (@url, @etag, @lastModified, @lastPolledAt, @nextPollAt, @consecutiveFailures, @lastError)
           ON CONFLICT(url) DO UPDATE SET etag = @etag, last_modified = @lastModified, last_polled_at = @lastPolledAt,
             next_poll_at = @nextPollAt, consecutive_failures = @consecutiveFailures, last_error = @lastError`,
        )
        .run(state);
    });
  }

  async stats(): Promise<StoreStats> {
    const count = (sql: string): number => (this.#reader.prepare(sql).get() as Row).n as number;
    const pieces = this.#reader
      .prepare(
        `SELECT COALESCE(SUM(json_array_length(body, '$.removed')), 0) AS removed,
                COALESCE(SUM(json_array_length(body, '$.diagnostics')), 0) AS diagnostics FROM documents`,
      )
      .get() as Row;
    return {
      documents: count('SELECT COUNT(*) AS n FROM documents'),
      failures: count('SELECT COUNT(*) AS n FROM failures'),
      outlets: this.#reader
        .prepare('SELECT outlet, COUNT(*) AS documents FROM documents GROUP BY outlet ORDER BY documents DESC')
        .all() as StoreStats['outlets'],
      languages: this.#reader
        .prepare('SELECT language, COUNT(*) AS documents FROM documents GROUP BY language ORDER BY documents DESC')
        .all() as StoreStats['languages'],
      entities: count('SELECT COUNT(*) AS n FROM entities'),
      events: count("SELECT COUNT(*) AS n FROM clusters WHERE kind = 'event'"),
      storylines: count("SELECT COUNT(*) AS n FROM clusters WHERE kind = 'storyline'"),
      claims: count("SELECT COUNT(*) AS n FROM clusters WHERE kind = 'claim'"),
      removedPieces: pieces.removed as number,
      diagnostics: pieces.diagnostics as number,
    };
  }

  /** Closes both connections once the queued writes are done. */
  close(): Promise<void> {
    this.#closing = true;
    return this.#serialised(async () => {
      if (this.#reader !== this.#writer) this.#reader.db.close();
      this.#writer.db.close();
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

  /** Runs `work` in one write transaction on the write connection: all of it commits, or none. */
  #locked<T>(work: () => Promise<T>): Promise<T> {
    return this.#serialised(async () => {
      const db = this.#writer.db;
      try {
        await beginImmediate(db, this.#lockTimeoutMs);
      } catch (error) {
        throw storageFault(error, this.#path);
      }
      try {
        const value = await work();
        db.exec('COMMIT');
        return value;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw storageFault(error, this.#path);
      }
    });
  }

  /** What one transaction writes and reads through: the write connection, which sees its own writes. */
  #transactionPort(): StoreTransaction {
    const writer = this.#writer;
    const writes: TransactionWrites = {
      knownHashes: async (hashes) => readKnownHashes(writer, hashes),
      storedKeys: async (ids, hashes) => readStoredKeys(writer, ids, hashes),
      saveDocuments: async (batch) => writeDocuments(writer, this.#stemText, batch),
      updateDocuments: async (documents) => rewriteDocuments(writer, documents),
      getDocuments: async (ids) => readDocuments(writer, ids),
      upsertEntities: async (entities) => writeEntities(writer, entities),
      recordOutletLines: async (outlet, lines) => countOutletLines(writer, outlet, lines),
      saveFailures: async (failures) => writeFailures(writer, failures),
      alerts: sqliteAlertWrites(writer),
    };
    return Object.assign(createSqliteClusterState(writer.db), writes);
  }

  #clusters<T>(kind: string, order: string, query: Page = {}): T[] {
    return (
      this.#reader
        .prepare(`SELECT body FROM clusters WHERE kind = ? ORDER BY ${order} LIMIT ? OFFSET ?`)
        .all(kind, query.limit ?? ALL, query.offset ?? 0) as Row[]
    ).map((row) => parseBody<T>(row));
  }

  #cluster<T>(kind: string, id: string): T | null {
    const row = this.#reader.prepare('SELECT body FROM clusters WHERE kind = ? AND id = ?').get(kind, id) as
      | Row
      | undefined;
    return row ? parseBody<T>(row) : null;
  }

  #outletLineCounts(outlet: string, wanted: readonly string[] | undefined): OutletLineCounts {
    const documents = this.#reader
      .prepare('SELECT documents FROM outlet_documents WHERE outlet = ?')
      .pluck()
      .get(outlet) as number | undefined;
    const rows = (
      wanted
        ? this.#reader
            .prepare('SELECT line, documents FROM outlet_lines WHERE outlet = ? AND line IN (SELECT value FROM json_each(?))')
            .all(outlet, JSON.stringify(wanted))
        : this.#reader.prepare('SELECT line, documents FROM outlet_lines WHERE outlet = ?').all(outlet)
    ) as { line: string; documents: number }[];
    const lines = new Map(rows.map((row) => [row.line, row.documents]));
    return { outlet, lines, documents: documents ?? 0 };
  }
}

function openWriter(path: string): Database.Database {
  const db = new Database(path);
  db.pragma(`busy_timeout = ${WRITE_LOCK_TIMEOUT_MS}`);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  return db;
}

function openReader(path: string): Database.Database {
  const db = new Database(path);
  db.pragma(`busy_timeout = ${WRITE_LOCK_TIMEOUT_MS}`);
  db.pragma('query_only = ON');
  return db;
}

/**
 * Applies the migrations not applied yet (SQL files and code steps, in name order), each under the
 * write lock: another process may be opening the file too. Foreign keys are off meanwhile, so a
 * migration may rebuild a table others refer to; it must leave them consistent.
 */
function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const isApplied = db.prepare('SELECT 1 FROM migrations WHERE name = ?');
  const pending = [...readdirSync(MIGRATIONS_DIR).filter((name) => name.endsWith('.sql')), ...Object.keys(CODE_MIGRATIONS)]
    .sort()
    .filter((name) => !isApplied.get(name));
  if (pending.length === 0) return;
  db.pragma('foreign_keys = OFF');
  try {
    for (const name of pending) {
      db.exec('BEGIN IMMEDIATE');
      try {
        if (!isApplied.get(name)) {
          const step = CODE_MIGRATIONS[name];
          if (step) step(db);
          else db.exec(readFileSync(join(MIGRATIONS_DIR, name), 'utf8'));
          if ((db.pragma('foreign_key_check') as unknown[]).length > 0) throw new Error(`migration ${name} broke a foreign key`);
          db.prepare('INSERT INTO migrations VALUES (?, ?)').run(name, new Date().toISOString());
        }
        db.exec('COMMIT');
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    }
  } finally {
    db.pragma('foreign_keys = ON');
  }
}

/**
 * Takes the write lock at once (BEGIN IMMEDIATE: a deferred transaction that upgrades later fails
 * with SQLITE_BUSY instead of waiting). SQLite's own busy wait would block the event loop, and with
 * it a writer of this same process that holds the lock across an await: so the wait is done here,
 * asynchronously, for as long as busy_timeout would have waited.
 */
async function beginImmediate(db: Database.Database, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let pause = 1; !tryBeginImmediate(db); pause = Math.min(pause * 2, 50)) {
    if (Date.now() >= deadline) {
      throw Object.assign(
        new Error(`the database stayed locked by another writer for ${timeoutMs / 1000} s`),
        { code: 'SQLITE_BUSY' },
      );
    }
    await sleep(pause);
  }
}

function tryBeginImmediate(db: Database.Database): boolean {
  db.pragma('busy_timeout = 0');
  try {
    db.exec('BEGIN IMMEDIATE');
    return true;
  } catch (error) {
    if (String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY')) return false;
    throw error;
  } finally {
    db.pragma(`busy_timeout = ${WRITE_LOCK_TIMEOUT_MS}`);
  }
}

function readKnownHashes(c: Connection, hashes: string[]): Set<string> {
  const statement = c
    .prepare('SELECT content_hash FROM documents WHERE content_hash IN (SELECT value FROM json_each(?))')
    .pluck();
  const known = new Set<string>();
  for (const chunk of chunks(hashes)) {
    for (const hash of statement.all(JSON.stringify(chunk)) as string[]) known.add(hash);
  }
  return known;
}

function readStoredKeys(c: Connection, ids: string[], hashes: string[]): StoredKeys {
  const byId = c.prepare('SELECT id, content_hash FROM documents WHERE id IN (SELECT value FROM json_each(?))');
  const byHash = c.prepare(
    `SELECT content_hash, id FROM documents WHERE content_hash IN (SELECT value FROM json_each(?))
     ORDER BY rowid DESC`,
  );
  const keys: StoredKeys = { hashOfId: new Map(), idOfHash: new Map() };
  for (const chunk of chunks(ids)) {
    for (const row of byId.all(JSON.stringify(chunk)) as Row[]) keys.hashOfId.set(row.id as string, row.content_hash as string);
  }
  // Newest first, so the first document holding a hash is the one left in the map.
  for (const chunk of chunks(hashes)) {
    for (const row of byHash.all(JSON.stringify(chunk)) as Row[]) keys.idOfHash.set(row.content_hash as string, row.id as string);
  }
  return keys;
}

/** The documents with the given ids, in the order given; unknown ids are left out. */
function readDocuments(c: Connection, ids: string[]): EnrichedDocument[] {
  const statement = c.prepare('SELECT id, body FROM documents WHERE id IN (SELECT value FROM json_each(?))');
  const found = new Map<string, EnrichedDocument>();
  for (const chunk of chunks(ids)) {
    for (const row of statement.all(JSON.stringify(chunk)) as Row[]) {
      found.set(row.id as string, parseBody<EnrichedDocument>(row));
    }
  }
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** Skips what is stored already; an id that comes back with new content replaces its old document (see saveAction). */
function writeDocuments(c: Connection, stemText: StemText, batch: DocumentToSave[]): SaveResult {
  const result: SaveResult = { added: [], updated: [], unchanged: [] };
  const now = new Date().toISOString();
  const byId = c.prepare('SELECT rowid, content_hash FROM documents WHERE id = ?');
  const hashStored = c.prepare('SELECT 1 FROM documents WHERE content_hash = ? LIMIT 1').pluck();
  for (const item of batch) {
    const { id, contentHash } = item.document;
    const stored = byId.get(id) as { rowid: number; content_hash: string } | undefined;
    const contentStored = stored?.content_hash === contentHash || hashStored.get(contentHash) !== undefined;
    const action = saveAction(item, stored?.content_hash, contentStored);
    if (action === 'unchanged') result.unchanged.push(id);
    else if (action === 'rewrite') {
      replaceDocument(c, stemText, item, stored!.rowid);
      result.updated.push(id);
    } else {
      if (stored) deleteDocument(c, id, stored.rowid);
      insertDocument(c, stemText, item, now);
      (stored ? result.updated : result.added).push(id);
    }
  }
  return result;
}

/** A re-analysis of stored content: every derived field rewritten, the row and its ingest time kept. */
function replaceDocument(c: Connection, stemText: StemText, item: DocumentToSave, rowid: number): void {
  const doc = item.document;
  c.prepare(
    `UPDATE documents SET source = @source, kind = @kind, url = @url, language = @language, title = @title,
       outlet = @outlet, section = @section, byline = @byline, published = @published, text = @text,
       duplicate_of = @duplicateOf, body = @body WHERE id = @id`,
  ).run({
    id: doc.id,
    source: doc.source,
    kind: doc.kind,
    url: doc.url,
    language: doc.language,
    title: doc.title,
    outlet: doc.outlet,
    section: doc.section,
    byline: doc.byline,
    published: doc.published?.value ?? null,
    text: doc.text,
    duplicateOf: doc.duplicateOf,
    body: JSON.stringify(doc),
  });
  if (item.envelope)
    c.prepare('UPDATE raw_sources SET envelope = ? WHERE document_id = ?').run(JSON.stringify(item.envelope), doc.id);
  c.prepare('DELETE FROM documents_fts WHERE rowid = ?').run(rowid);
  c.prepare('INSERT INTO documents_fts (rowid, title, text, stems) VALUES (?, ?, ?, ?)').run(
    rowid,
    doc.title ?? '',
    doc.text,
    stemText(`${doc.title ?? ''}\n${doc.text}`, doc.language),
  );
  c.prepare('DELETE FROM entity_documents WHERE document_id = ?').run(doc.id);
  linkEntities(c, doc);
}

function deleteDocument(c: Connection, id: string, rowid: number): void {
  c.prepare('DELETE FROM documents_fts WHERE rowid = ?').run(rowid);
  // raw_sources and entity_documents go with it (ON DELETE CASCADE).
  c.prepare('DELETE FROM documents WHERE id = ?').run(id);
}

function insertDocument(c: Connection, stemText: StemText, item: DocumentToSave, now: string): void {
  const doc = item.document;
  const info = c
    .prepare(
      `INSERT INTO documents (id, content_hash, source, kind, url, language, title, outlet, section, byline,
         published, text, duplicate_of, body, ingested_at)
       VALUES (@id, @contentHash, @source, @kind, @url, @language, @title, @outlet, @section, @byline,
         @published, @text, @duplicateOf, @body, @now)`,
    )
    .run({
      id: doc.id,
      contentHash: doc.contentHash,
      source: doc.source,
      kind: doc.kind,
      url: doc.url,
      language: doc.language,
      title: doc.title,
      outlet: doc.outlet,
      section: doc.section,
      byline: doc.byline,
      published: doc.published?.value ?? null,
      text: doc.text,
      duplicateOf: doc.duplicateOf,
      body: JSON.stringify(doc),
      now,
    });
  c.prepare('INSERT INTO raw_sources (document_id, format, content, envelope) VALUES (?, ?, ?, ?)').run(
    doc.id,
    item.rawFormat,
    item.raw,
    item.envelope ? JSON.stringify(item.envelope) : null,
  );
  c.prepare('INSERT INTO documents_fts (rowid, title, text, stems) VALUES (?, ?, ?, ?)').run(
    info.lastInsertRowid,
    doc.title ?? '',
    doc.text,
    stemText(`${doc.title ?? ''}\n${doc.text}`, doc.language),
  );
  linkEntities(c, doc);
}

/** The entity timeline rows of a document: one per entity, dated by the document. */
function linkEntities(c: Connection, doc: EnrichedDocument): void {
  const link = c.prepare('INSERT OR REPLACE INTO entity_documents VALUES (?, ?, ?, ?)');
  for (const entity of doc.entities) {
    link.run(entity.entity, doc.id, entity.mentions.length, doc.published?.value ?? null);
  }
}

/**
 * Rewrites the given documents and their timeline rows (dates inferred from events move them).
 * A document whose content changed since it was read is left alone: the update is about old text.
 */
function rewriteDocuments(c: Connection, documents: EnrichedDocument[]): void {
  const update = c.prepare(
    'UPDATE documents SET published = ?, duplicate_of = ?, body = ? WHERE id = ? AND content_hash = ?',
  );
  const unlink = c.prepare('DELETE FROM entity_documents WHERE document_id = ?');
  for (const doc of documents) {
    const published = doc.published?.value ?? null;
    const body = JSON.stringify(doc);
    if (update.run(published, doc.duplicateOf, body, doc.id, doc.contentHash).changes === 0) continue;
    unlink.run(doc.id);
    linkEntities(c, doc);
  }
}

function writeEntities(c: Connection, entities: StoredEntity[]): void {
  const upsert = c.prepare(
    'INSERT OR REPLACE INTO entities (id, name, type, body, document_count) VALUES (?, ?, ?, ?, ?)',
  );
  const forget = c.prepare('DELETE FROM entity_names WHERE entity_id = ?');
  const name = c.prepare('INSERT OR IGNORE INTO entity_names (entity_id, name) VALUES (?, ?)');
  const forgetTokens = c.prepare('DELETE FROM entity_tokens WHERE entity_id = ?');
  const token = c.prepare('INSERT OR IGNORE INTO entity_tokens (token, entity_id) VALUES (?, ?)');
  for (const { lookupTokens, ...entity } of entities) {
    upsert.run(entity.id, entity.name, entity.type, JSON.stringify(entity), entity.documentCount);
    forget.run(entity.id);
    for (const searchName of searchNames(entity)) name.run(entity.id, searchName);
    if (!lookupTokens) continue;
    forgetTokens.run(entity.id);
    for (const word of lookupTokens) token.run(word, entity.id);
  }
  writeEntityKeys(c.db, entities);
}

/** The name and aliases an entity is found by, lower-cased. */
function searchNames(entity: StoredEntity): Set<string> {
  return new Set([entity.name, ...entity.aliases.map((a) => a.alias)].map((n) => n.toLowerCase()));
}

function countOutletLines(c: Connection, outlet: string, documentLines: string[]): void {
  c.prepare(
    'INSERT INTO outlet_documents VALUES (?, 1) ON CONFLICT(outlet) DO UPDATE SET documents = documents + 1',
  ).run(outlet);
  const bumpLine = c.prepare(
    'INSERT INTO outlet_lines VALUES (?, ?, 1) ON CONFLICT(outlet, line) DO UPDATE SET documents = documents + 1',
  );
  for (const line of new Set(documentLines)) bumpLine.run(outlet, line);
}

function writeFailures(c: Connection, failures: StoredFailure[]): void {
  const insert = c.prepare('INSERT INTO failures (source, reason, message, at) VALUES (?, ?, ?, ?)');
  for (const f of failures) insert.run(f.source, f.reason, f.message, f.at);
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

/** A scan cursor is the rowid of the last document of the previous page. */
function cursorRowid(cursor: DocumentCursor): number {
  if (cursor === null) return 0;
  const rowid = Number(cursor);
  if (!Number.isSafeInteger(rowid) || rowid < 0) {
    throw new Error(`not a document cursor: ${JSON.stringify(cursor)}`);
  }
  return rowid;
}

function chunks<T>(items: T[]): T[][] {
  const distinct = [...new Set(items)];
  const result: T[][] = [];
  for (let i = 0; i < distinct.length; i += CHUNK_SIZE) result.push(distinct.slice(i, i + CHUNK_SIZE));
  return result;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function page(query: Page): { limit: number; offset: number } {
  return { limit: Math.min(Math.max(query.limit ?? 50, 1), 500), offset: Math.max(query.offset ?? 0, 0) };
}

function entityFilter(query: EntityQuery): { where: string; params: Record<string, unknown> } {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.type) {
    conditions.push('type = @type');
    params.type = query.type;
  }
  const needle = query.q?.trim().toLowerCase();
  if (needle) {
    conditions.push('id IN (SELECT entity_id FROM entity_names WHERE instr(name, @q) > 0)');
    params.q = needle;
  }
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

function documentFilter(
  query: DocumentQuery,
  alias: string,
): { where: string; params: Record<string, unknown> } {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.outlet) {
    conditions.push(`${alias}.outlet = @outlet`);
    params.outlet = query.outlet;
  }
  if (query.language) {
    conditions.push(`${alias}.language = @language`);
    params.language = query.language;
  }
  if (query.from) {
    conditions.push(`${alias}.published >= @from`);
    params.from = query.from;
  }
  if (query.to) {
    conditions.push(`substr(${alias}.published, 1, length(@to)) <= @to`);
    params.to = query.to;
  }
  if (query.entity) {
    conditions.push(`${alias}.id IN (SELECT document_id FROM entity_documents WHERE entity_id = @entity)`);
    params.entity = query.entity;
  }
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}
