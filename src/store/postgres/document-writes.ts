import type { EnrichedDocument } from '../../model/document.ts';
import type { StoredEntity } from '../../model/entity.ts';
import { saveAction } from '../document-identity.ts';
import type { DocumentToSave, SaveResult, StoredFailure } from '../store.ts';
import { searchableText } from './search-text.ts';
import { lastByKey, type Queryable, run, runRows, select, withoutNul } from './sql.ts';

export type StemText = (text: string, language: string) => string;

/** The search vector of a row from its folded title, text and stems (see search-text.ts). */
export const SEARCH_VECTOR = `setweight(to_tsvector('simple', u.title_words), 'A')
  || setweight(to_tsvector('simple', u.text_words), 'B')
  || setweight(to_tsvector('simple', u.stems), 'C')`;

/** The columns a document's content gives, shared by inserts and in-place rewrites. */
const STORED_COLUMNS = [
  'id', 'source', 'kind', 'url', 'language', 'title', 'outlet', 'section', 'byline', 'published', 'text',
  'duplicate_of', 'body', 'removed_pieces', 'diagnostics', 'stems',
];
/** The content columns, then the folded title and text that only the search vector reads. */
const CONTENT_NAMES = [...STORED_COLUMNS, 'title_words', 'text_words'].join(', ');
const CONTENT_ARRAYS = [...STORED_COLUMNS, 'title_words', 'text_words']
  .map((name, i) => `$${i + 1}::${name === 'removed_pieces' || name === 'diagnostics' ? 'int' : 'text'}[]`)
  .join(', ');

function contentValues(stemText: StemText, doc: EnrichedDocument): unknown[] {
  const title = withoutNul(doc.title ?? '');
  const text = withoutNul(doc.text);
  return [
    doc.id,
    doc.source,
    doc.kind,
    doc.url,
    doc.language,
    doc.title === null ? null : title,
    doc.outlet,
    doc.section,
    doc.byline,
    doc.published?.value ?? null,
    text,
    doc.duplicateOf,
    JSON.stringify(doc),
    doc.removed.length,
    doc.diagnostics.length,
    searchableText(stemText(`${title}\n${text}`, doc.language)),
    searchableText(title),
    searchableText(text),
  ];
}

interface StoredRow extends Record<string, unknown> {
  id: string;
  content_hash: string;
}

/** What a batch does to the documents table, decided before anything is written. */
interface DocumentPlan {
  result: SaveResult;
  /** Stored documents whose id comes back with new content: deleted, then inserted anew. */
  deletions: string[];
  /** Stored content analysed again (`replace`): rewritten in place, keeping its row and ingest time. */
  rewrites: DocumentToSave[];
  inserts: DocumentToSave[];
}

/**
 * The decisions SQLite makes one document at a time (see saveAction), made over the whole batch
 * at once so that the writes can go in a few statements. Later items see what earlier ones of the
 * batch did.
 */
function planDocuments(batch: DocumentToSave[], stored: StoredRow[]): DocumentPlan {
  const result: SaveResult = { added: [], updated: [], unchanged: [] };
  const hashOfId = new Map(stored.map((row) => [row.id, row.content_hash]));
  /** Content hash → how many documents hold it, once the batch so far is applied. */
  const holders = new Map<string, number>();
  const hold = (hash: string, by: number): void => {
    holders.set(hash, (holders.get(hash) ?? 0) + by);
  };
  for (const row of stored) hold(row.content_hash, 1);
  const deletions = new Set<string>();
  const rewrites = new Map<string, DocumentToSave>();
  const inserts = new Map<string, DocumentToSave>();
  for (const item of batch) {
    const { id, contentHash } = item.document;
    const current = hashOfId.get(id);
    const action = saveAction(item, current, (holders.get(contentHash) ?? 0) > 0);
    if (action === 'unchanged') {
      result.unchanged.push(id);
      continue;
    }
    if (action === 'rewrite') {
      if (inserts.has(id)) inserts.set(id, item);
      else rewrites.set(id, item);
      result.updated.push(id);
      continue;
    }
    if (current !== undefined) {
      hold(current, -1);
      if (inserts.has(id)) inserts.delete(id);
      else {
        rewrites.delete(id);
        deletions.add(id);
      }
    }
    inserts.set(id, item);
    hashOfId.set(id, contentHash);
    hold(contentHash, 1);
    (current !== undefined ? result.updated : result.added).push(id);
  }
  return { result, deletions: [...deletions], rewrites: [...rewrites.values()], inserts: [...inserts.values()] };
}

/** Skips what is stored already; an id that comes back with new content replaces its old document. */
export async function saveDocuments(db: Queryable, stemText: StemText, batch: DocumentToSave[]): Promise<SaveResult> {
  if (batch.length === 0) return { added: [], updated: [], unchanged: [] };
  const stored = await select<StoredRow>(
    db,
    'SELECT id, content_hash FROM documents WHERE content_hash = ANY($1::text[]) OR id = ANY($2::text[])',
    [batch.map((item) => item.document.contentHash), batch.map((item) => item.document.id)],
  );
  const plan = planDocuments(batch, stored);
  if (plan.deletions.length > 0) {
    // raw_sources and entity_documents go with them (ON DELETE CASCADE).
    await run(db, 'DELETE FROM documents WHERE id = ANY($1::text[])', [plan.deletions]);
  }
  await rewriteContent(db, stemText, plan.rewrites);
  await insertDocuments(db, stemText, plan.inserts);
  await linkEntities(db, [...plan.rewrites, ...plan.inserts].map((item) => item.document));
  return plan.result;
}

async function insertDocuments(db: Queryable, stemText: StemText, items: DocumentToSave[]): Promise<void> {
  if (items.length === 0) return;
  const now = new Date().toISOString();
  await runRows(
    db,
    `INSERT INTO documents (${STORED_COLUMNS.join(', ')}, content_hash, ingested_at, search)
     SELECT ${STORED_COLUMNS.map((name) => `u.${name}`).join(', ')}, u.content_hash, $20::text, ${SEARCH_VECTOR}
     FROM unnest(${CONTENT_ARRAYS}, $19::text[]) WITH ORDINALITY AS u(${CONTENT_NAMES}, content_hash, ord)
     ORDER BY u.ord`,
    items,
    (item) => [...contentValues(stemText, item.document), item.document.contentHash],
    [now],
  );
  await runRows(
    db,
    `INSERT INTO raw_sources (document_id, format, content, envelope)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])`,
    items,
    (item) => [
      item.document.id,
      item.rawFormat,
      item.raw,
      item.envelope ? JSON.stringify(item.envelope) : null,
    ],
  );
}

/** A re-analysis of stored content: every derived field rewritten, the row and its ingest time kept. */
async function rewriteContent(db: Queryable, stemText: StemText, items: DocumentToSave[]): Promise<void> {
  if (items.length === 0) return;
  await runRows(
    db,
    `UPDATE documents d SET source = u.source, kind = u.kind, url = u.url, language = u.language,
       title = u.title, outlet = u.outlet, section = u.section, byline = u.byline, published = u.published,
       text = u.text, duplicate_of = u.duplicate_of, body = u.body, removed_pieces = u.removed_pieces,
       diagnostics = u.diagnostics, stems = u.stems, search = ${SEARCH_VECTOR}
     FROM unnest(${CONTENT_ARRAYS}) AS u(${CONTENT_NAMES})
     WHERE d.id = u.id`,
    items,
    (item) => contentValues(stemText, item.document),
  );
  const enveloped = items.filter((item) => item.envelope);
  await runRows(
    db,
    `UPDATE raw_sources r SET envelope = u.envelope
     FROM unnest($1::text[], $2::text[]) AS u(id, envelope) WHERE r.document_id = u.id`,
    enveloped,
    (item) => [item.document.id, JSON.stringify(item.envelope)],
  );
  await run(db, 'DELETE FROM entity_documents WHERE document_id = ANY($1::text[])', [
    items.map((item) => item.document.id),
  ]);
}

/** The entity timeline rows of documents: one per entity and document, dated by the document. */
async function linkEntities(db: Queryable, documents: EnrichedDocument[]): Promise<void> {
  const links = lastByKey(
    documents.flatMap((doc) =>
      doc.entities.map((entity) => ({
        entity: entity.entity,
        document: doc.id,
        mentions: entity.mentions.length,
        published: doc.published?.value ?? null,
      })),
    ),
    (link) => `${link.entity}\u0000${link.document}`,
  );
  await runRows(
    db,
    `INSERT INTO entity_documents (entity_id, document_id, mentions, published)
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[])
     ON CONFLICT (entity_id, document_id) DO UPDATE SET mentions = excluded.mentions, published = excluded.published`,
    links,
    (link) => [link.entity, link.document, link.mentions, link.published],
  );
}

/**
 * Rewrites the given documents and their timeline rows (dates inferred from events move them).
 * A document whose content changed since it was read is left alone: the update is about old text.
 */
export async function updateDocuments(db: Queryable, documents: EnrichedDocument[]): Promise<void> {
  const latest = lastByKey(documents, (doc) => doc.id);
  if (latest.length === 0) return;
  const updated = new Set<string>();
  for (let at = 0; at < latest.length; at += 1000) {
    const slice = latest.slice(at, at + 1000);
    const rows = await select<{ id: string }>(
      db,
      `UPDATE documents d SET published = u.published, duplicate_of = u.duplicate_of, body = u.body,
         removed_pieces = u.removed_pieces, diagnostics = u.diagnostics
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[])
         AS u(id, content_hash, published, duplicate_of, body, removed_pieces, diagnostics)
       WHERE d.id = u.id AND d.content_hash = u.content_hash
       RETURNING d.id`,
      [
        slice.map((doc) => doc.id),
        slice.map((doc) => doc.contentHash),
        slice.map((doc) => doc.published?.value ?? null),
        slice.map((doc) => doc.duplicateOf),
        slice.map((doc) => JSON.stringify(doc)),
        slice.map((doc) => doc.removed.length),
        slice.map((doc) => doc.diagnostics.length),
      ],
    );
    for (const row of rows) updated.add(row.id);
  }
  if (updated.size === 0) return;
  await run(db, 'DELETE FROM entity_documents WHERE document_id = ANY($1::text[])', [[...updated]]);
  await linkEntities(
    db,
    latest.filter((doc) => updated.has(doc.id)),
  );
}

/** The name and aliases an entity is found by, lower-cased. */
function searchNames(entity: StoredEntity): Set<string> {
  return new Set([entity.name, ...entity.aliases.map((a) => a.alias)].map((n) => n.toLowerCase()));
}

/** Inserts or replaces the given entities, their search names and, when given, their lookup words. */
export async function upsertEntities(db: Queryable, entities: StoredEntity[]): Promise<void> {
  if (entities.length === 0) return;
  const latest = lastByKey(entities, (entity) => entity.id);
  const ids = latest.map((entity) => entity.id);
  const stored = latest.map(({ lookupTokens: _tokens, ...entity }) => entity);
  await runRows(
    db,
    `INSERT INTO entities (id, name, type, body, document_count)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[])
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, body = excluded.body,
       document_count = excluded.document_count`,
    stored,
    (entity) => [entity.id, entity.name, entity.type, JSON.stringify(entity), entity.documentCount],
  );
  await run(db, 'DELETE FROM entity_names WHERE entity_id = ANY($1::text[])', [ids]);
  await runRows(
    db,
    'INSERT INTO entity_names (entity_id, name) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING',
    stored.flatMap((entity) => [...searchNames(entity)].map((name) => [entity.id, name])),
    (pair) => pair,
  );
  // An entity given without lookup words keeps the words it has (as SQLite's store does).
  const withTokens = lastByKey(
    entities.filter((entity) => entity.lookupTokens),
    (entity) => entity.id,
  );
  if (withTokens.length === 0) return;
  await run(db, 'DELETE FROM entity_tokens WHERE entity_id = ANY($1::text[])', [withTokens.map((e) => e.id)]);
  await runRows(
    db,
    'INSERT INTO entity_tokens (token, entity_id) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING',
    withTokens.flatMap((entity) => [...new Set(entity.lookupTokens)].map((token) => [token, entity.id])),
    (pair) => pair,
  );
}

/**
 * The outlet template lines a transaction records, counted in memory and written once before it
 * commits: a batch records one document at a time, and a statement each would cost more than the
 * counting. Nothing reads the counts inside a transaction, so writing them late changes nothing.
 */
export class OutletLineTally {
  readonly #documents = new Map<string, number>();
  /** Outlet NUL line → documents holding it. */
  readonly #lines = new Map<string, number>();

  /** Counts one more document of `outlet` holding each of the lines. */
  add(outlet: string, documentLines: string[]): void {
    this.#documents.set(outlet, (this.#documents.get(outlet) ?? 0) + 1);
    for (const line of new Set(documentLines)) {
      const key = `${outlet}\u0000${line}`;
      this.#lines.set(key, (this.#lines.get(key) ?? 0) + 1);
    }
  }

  async write(db: Queryable): Promise<void> {
    await runRows(
      db,
      `INSERT INTO outlet_documents (outlet, documents) SELECT * FROM unnest($1::text[], $2::int[])
       ON CONFLICT (outlet) DO UPDATE SET documents = outlet_documents.documents + excluded.documents`,
      [...this.#documents],
      (entry) => entry,
    );
    await runRows(
      db,
      `INSERT INTO outlet_lines (outlet, line, documents) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])
       ON CONFLICT (outlet, line) DO UPDATE SET documents = outlet_lines.documents + excluded.documents`,
      [...this.#lines],
      ([key, count]) => {
        const at = key.indexOf('\u0000');
        return [key.slice(0, at), key.slice(at + 1), count];
      },
    );
    this.#documents.clear();
    this.#lines.clear();
  }
}

export async function saveFailures(db: Queryable, failures: StoredFailure[]): Promise<void> {
  await runRows(
    db,
    `INSERT INTO failures (source, reason, message, at)
     SELECT u.source, u.reason, u.message, u.at
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS u(source, reason, message, at, ord)
     ORDER BY u.ord`,
    failures,
    (f) => [f.source, f.reason, f.message, f.at],
  );
}
