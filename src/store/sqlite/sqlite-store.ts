import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { Claim, NewsEvent, Storyline } from '../../model/cluster.ts';
import type { EnrichedDocument } from '../../model/document.ts';
import type { GlobalEntity } from '../../model/entity.ts';
import type {
  DocumentQuery,
  DocumentSummary,
  FeedState,
  OutletLineCounts,
  Page,
  SaveResult,
  SearchHit,
  Store,
  StoredFailure,
  StoreStats,
} from '../store.ts';
import { buildFtsQuery } from './fts-query.ts';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface SqliteStoreOptions {
  /** Database file, or `:memory:`. */
  path: string;
  /** Turns a text into space-separated search stems (language-aware); the store itself knows no language. */
  stemText?: (text: string, language: string) => string;
}

type Row = Record<string, unknown>;

/** Thrown when the database cannot be opened or written: names the path. */
export class StoreOpenError extends Error {}

export class SqliteStore implements Store {
  readonly #db: Database.Database;
  readonly #stemText: (text: string, language: string) => string;

  constructor(options: SqliteStoreOptions) {
    this.#stemText = options.stemText ?? ((text) => text.toLowerCase());
    try {
      if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
      this.#db = new Database(options.path);
      this.#db.pragma('journal_mode = WAL');
      this.#db.pragma('foreign_keys = ON');
      this.#db.pragma('busy_timeout = 5000');
      this.#migrate();
    } catch (error) {
      throw new StoreOpenError(`cannot open database ${options.path}: ${(error as Error).message}`);
    }
  }

  #migrate(): void {
    this.#db.exec('CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
    const applied = new Set(
      this.#db
        .prepare('SELECT name FROM migrations')
        .all()
        .map((r) => (r as Row).name as string),
    );
    for (const name of readdirSync(MIGRATIONS_DIR).sort()) {
      if (!name.endsWith('.sql') || applied.has(name)) continue;
      const sql = readFileSync(join(MIGRATIONS_DIR, name), 'utf8');
      this.#db.transaction(() => {
        this.#db.exec(sql);
        this.#db.prepare('INSERT INTO migrations VALUES (?, ?)').run(name, new Date().toISOString());
      })();
    }
  }

  knownHashes(hashes: string[]): Set<string> {
    const known = new Set<string>();
    const stmt = this.#db.prepare('SELECT 1 FROM documents WHERE content_hash = ?');
    for (const hash of hashes) if (stmt.get(hash)) known.add(hash);
    return known;
  }

  saveDocuments(batch: { document: EnrichedDocument; raw: string; rawFormat: string }[]): SaveResult {
    const result: SaveResult = { added: [], updated: [], unchanged: [] };
    const byHash = this.#db.prepare('SELECT id FROM documents WHERE content_hash = ?');
    const byId = this.#db.prepare('SELECT rowid, content_hash FROM documents WHERE id = ?');
    const now = new Date().toISOString();
    this.#db.transaction(() => {
      for (const { document, raw, rawFormat } of batch) {
        if (byHash.get(document.contentHash)) {
          result.unchanged.push(document.id);
          continue;
        }
        const existing = byId.get(document.id) as Row | undefined;
        if (existing) this.#deleteDocument(document.id, existing.rowid as number);
        this.#insertDocument(document, raw, rawFormat, now);
        (existing ? result.updated : result.added).push(document.id);
      }
    })();
    return result;
  }

  #deleteDocument(id: string, rowid: number): void {
    this.#db.prepare('DELETE FROM documents_fts WHERE rowid = ?').run(rowid);
    this.#db.prepare('DELETE FROM documents WHERE id = ?').run(id);
  }

  #insertDocument(doc: EnrichedDocument, raw: string, rawFormat: string, now: string): void {
    const info = this.#db
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
    this.#db.prepare('INSERT INTO raw_sources VALUES (?, ?, ?)').run(doc.id, rawFormat, raw);
    const stems = this.#stemText(`${doc.title ?? ''}\n${doc.text}`, doc.language);
    this.#db
      .prepare('INSERT INTO documents_fts (rowid, title, text, stems) VALUES (?, ?, ?, ?)')
      .run(info.lastInsertRowid, doc.title ?? '', doc.text, stems);
    const link = this.#db.prepare('INSERT OR REPLACE INTO entity_documents VALUES (?, ?, ?, ?)');
    for (const entity of doc.entities) {
      link.run(entity.entity, doc.id, entity.mentions.length, doc.published?.value ?? null);
    }
  }

  updateDocuments(documents: EnrichedDocument[]): void {
    const update = this.#db.prepare(
      'UPDATE documents SET published = ?, duplicate_of = ?, body = ? WHERE id = ? AND content_hash = ?',
    );
    this.#db.transaction(() => {
      for (const doc of documents) {
        update.run(
          doc.published?.value ?? null,
          doc.duplicateOf,
          JSON.stringify(doc),
          doc.id,
          doc.contentHash,
        );
      }
    })();
  }

  saveFailures(failures: StoredFailure[]): void {
    const stmt = this.#db.prepare('INSERT INTO failures (source, reason, message, at) VALUES (?, ?, ?, ?)');
    this.#db.transaction(() => {
      for (const f of failures) stmt.run(f.source, f.reason, f.message, f.at);
    })();
  }

  getDocument(id: string): EnrichedDocument | null {
    const row = this.#db.prepare('SELECT body FROM documents WHERE id = ?').get(id) as Row | undefined;
    return row ? (JSON.parse(row.body as string) as EnrichedDocument) : null;
  }

  getRaw(id: string): { content: string; format: string } | null {
    const row = this.#db.prepare('SELECT content, format FROM raw_sources WHERE document_id = ?').get(id) as
      | { content: string; format: string }
      | undefined;
    return row ?? null;
  }

  allDocuments(): EnrichedDocument[] {
    return this.#db
      .prepare('SELECT body FROM documents ORDER BY published, id')
      .all()
      .map((row) => JSON.parse((row as Row).body as string) as EnrichedDocument);
  }

  listDocuments(query: DocumentQuery): DocumentSummary[] {
    const { where, params } = filterClause(query, 'd');
    const sql = `SELECT d.id, d.title, d.outlet, d.language, d.published, d.source FROM documents d ${where}
      ORDER BY d.published DESC, d.id LIMIT @limit OFFSET @offset`;
    return this.#db.prepare(sql).all({ ...params, ...page(query) }) as DocumentSummary[];
  }

  search(text: string, query: DocumentQuery = {}): SearchHit[] {
    const match = buildFtsQuery(text, (t) => this.#stemText(t, query.language ?? 'id'));
    if (!match) return [];
    const { where, params } = filterClause(query, 'd');
    const sql = `SELECT d.id, d.title, d.outlet, d.language, d.published, d.source,
        bm25(documents_fts, 4.0, 1.0, 1.0) AS score,
        snippet(documents_fts, 1, '[', ']', '…', 24) AS snippet
      FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
      WHERE documents_fts MATCH @match ${where ? `AND ${where.slice('WHERE '.length)}` : ''}
      ORDER BY score LIMIT @limit OFFSET @offset`;
    return this.#db.prepare(sql).all({ ...params, ...page(query), match }) as SearchHit[];
  }

  saveEntities(entities: GlobalEntity[]): void {
    const insert = this.#db.prepare('INSERT INTO entities VALUES (?, ?, ?, ?)');
    this.#db.transaction(() => {
      this.#db.exec('DELETE FROM entities');
      for (const e of entities) insert.run(e.id, e.name, e.type, JSON.stringify(e));
    })();
  }

  entities(): GlobalEntity[] {
    return this.#db
      .prepare('SELECT body FROM entities ORDER BY name')
      .all()
      .map((row) => JSON.parse((row as Row).body as string) as GlobalEntity);
  }

  saveClusters(clusters: { events: NewsEvent[]; storylines: Storyline[]; claims: Claim[] }): void {
    const insert = this.#db.prepare('INSERT INTO clusters (kind, id, body, sort_key) VALUES (?, ?, ?, ?)');
    this.#db.transaction(() => {
      this.#db.exec('DELETE FROM clusters');
      for (const e of clusters.events) insert.run('event', e.id, JSON.stringify(e), e.date ?? '');
      for (const s of clusters.storylines)
        insert.run('storyline', s.id, JSON.stringify(s), String(s.events.length).padStart(8, '0'));
      for (const c of clusters.claims)
        insert.run('claim', c.id, JSON.stringify(c), String(c.figures.length).padStart(8, '0'));
    })();
  }

  #clusters<T>(kind: string, query: Page = { limit: 1_000_000 }): T[] {
    return this.#db
      .prepare('SELECT body FROM clusters WHERE kind = ? ORDER BY sort_key DESC, id LIMIT ? OFFSET ?')
      .all(kind, query.limit ?? 1_000_000, query.offset ?? 0)
      .map((row) => JSON.parse((row as Row).body as string) as T);
  }

  #cluster<T>(kind: string, id: string): T | null {
    const row = this.#db.prepare('SELECT body FROM clusters WHERE kind = ? AND id = ?').get(kind, id) as
      | Row
      | undefined;
    return row ? (JSON.parse(row.body as string) as T) : null;
  }

  events(page?: Page): NewsEvent[] {
    return this.#clusters<NewsEvent>('event', page);
  }

  storylines(page?: Page): Storyline[] {
    return this.#clusters<Storyline>('storyline', page);
  }

  claims(page?: Page): Claim[] {
    return this.#clusters<Claim>('claim', page);
  }

  getEvent(id: string): NewsEvent | null {
    return this.#cluster<NewsEvent>('event', id);
  }

  getStoryline(id: string): Storyline | null {
    return this.#cluster<Storyline>('storyline', id);
  }

  getEntity(id: string): GlobalEntity | null {
    const row = this.#db.prepare('SELECT body FROM entities WHERE id = ?').get(id) as Row | undefined;
    return row ? (JSON.parse(row.body as string) as GlobalEntity) : null;
  }

  entityTimeline(id: string): { period: string; documents: number; mentions: number }[] {
    return this.#db
      .prepare(
        `SELECT COALESCE(substr(published, 1, 7), 'undated') AS period, COUNT(*) AS documents, SUM(mentions) AS mentions
         FROM entity_documents WHERE entity_id = ? GROUP BY period ORDER BY period`,
      )
      .all(id) as { period: string; documents: number; mentions: number }[];
  }

  outletLineCounts(outlet: string): OutletLineCounts {
    const docs = this.#db.prepare('SELECT documents FROM outlet_documents WHERE outlet = ?').get(outlet) as
      | Row
      | undefined;
    const lines = new Map<string, number>();
    for (const row of this.#db
      .prepare('SELECT line, documents FROM outlet_lines WHERE outlet = ?')
      .all(outlet) as Row[]) {
      lines.set(row.line as string, row.documents as number);
    }
    return { outlet, lines, documents: (docs?.documents as number | undefined) ?? 0 };
  }

  recordOutletLines(outlet: string, documentLines: string[]): void {
    const bumpDoc = this.#db.prepare(
      `INSERT INTO outlet_documents VALUES (?, 1) ON CONFLICT(outlet) DO UPDATE SET documents = documents + 1`,
    );
    const bumpLine = this.#db.prepare(
      `INSERT INTO outlet_lines VALUES (?, ?, 1) ON CONFLICT(outlet, line) DO UPDATE SET documents = documents + 1`,
    );
    this.#db.transaction(() => {
      bumpDoc.run(outlet);
      for (const line of new Set(documentLines)) bumpLine.run(outlet, line);
    })();
  }

  failures(limit = 100): StoredFailure[] {
    return this.#db
      .prepare('SELECT source, reason, message, at FROM failures ORDER BY seq DESC LIMIT ?')
      .all(limit) as StoredFailure[];
  }

  addFeed(url: string): boolean {
    return this.#db.prepare('INSERT OR IGNORE INTO feeds (url) VALUES (?)').run(url).changes > 0;
  }

  feeds(): FeedState[] {
    return (this.#db.prepare('SELECT * FROM feeds ORDER BY url').all() as Row[]).map((row) => ({
      url: row.url as string,
      etag: (row.etag as string | null) ?? null,
      lastModified: (row.last_modified as string | null) ?? null,
      lastPolledAt: (row.last_polled_at as string | null) ?? null,
      nextPollAt: (row.next_poll_at as string | null) ?? null,
      consecutiveFailures: row.consecutive_failures as number,
      lastError: (row.last_error as string | null) ?? null,
    }));
  }

  saveFeedState(state: FeedState): void {
    this.#db
      .prepare(
        `INSERT INTO feeds VALUES (@url, @etag, @lastModified, @lastPolledAt, @nextPollAt, @consecutiveFailures, @lastError)
         ON CONFLICT(url) DO UPDATE SET etag = @etag, last_modified = @lastModified, last_polled_at = @lastPolledAt,
           next_poll_at = @nextPollAt, consecutive_failures = @consecutiveFailures, last_error = @lastError`,
      )
      .run(state);
  }

  stats(): StoreStats {
    const count = (sql: string, ...args: unknown[]): number =>
      ((this.#db.prepare(sql).get(...args) as Row).n as number) ?? 0;
    const docs = this.allBodiesSummary();
    return {
      documents: count('SELECT COUNT(*) AS n FROM documents'),
      failures: count('SELECT COUNT(*) AS n FROM failures'),
      outlets: this.#db
        .prepare(
          'SELECT outlet, COUNT(*) AS documents FROM documents GROUP BY outlet ORDER BY documents DESC',
        )
        .all() as StoreStats['outlets'],
      languages: this.#db
        .prepare(
          'SELECT language, COUNT(*) AS documents FROM documents GROUP BY language ORDER BY documents DESC',
        )
        .all() as StoreStats['languages'],
      entities: count('SELECT COUNT(*) AS n FROM entities'),
      events: count("SELECT COUNT(*) AS n FROM clusters WHERE kind = 'event'"),
      storylines: count("SELECT COUNT(*) AS n FROM clusters WHERE kind = 'storyline'"),
      claims: count("SELECT COUNT(*) AS n FROM clusters WHERE kind = 'claim'"),
      removedPieces: docs.removed,
      diagnostics: docs.diagnostics,
    };
  }

  private allBodiesSummary(): { removed: number; diagnostics: number } {
    const row = this.#db
      .prepare(
        `SELECT COALESCE(SUM(json_array_length(body, '$.removed')), 0) AS removed,
                COALESCE(SUM(json_array_length(body, '$.diagnostics')), 0) AS diagnostics FROM documents`,
      )
      .get() as Row;
    return { removed: row.removed as number, diagnostics: row.diagnostics as number };
  }

  close(): void {
    this.#db.close();
  }
}

function page(query: DocumentQuery): { limit: number; offset: number } {
  return { limit: Math.min(Math.max(query.limit ?? 50, 1), 500), offset: Math.max(query.offset ?? 0, 0) };
}

function filterClause(
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
