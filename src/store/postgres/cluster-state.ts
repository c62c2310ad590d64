import type { DayRange } from '../../cluster/calendar-days.ts';
import type { Claim } from '../../model/cluster.ts';
import {
  type ClaimItemRecord,
  type ClusterChanges,
  type ClusterDocRecord,
  type ClusterEventRecord,
  type ClusterStatePort,
  type EventMemberRecord,
  type NewClusterDoc,
  type PostingLookup,
  type PostingRecord,
  splitTermKey,
  type StorylineRecord,
  type TermKey,
  termKey,
} from '../cluster-port.ts';
import { lastByKey, type Queryable, run, runRows, select } from './sql.ts';

type Row = Record<string, unknown>;

/** The parts of a document record kept as JSON (the rest has columns). */
type DocBody = Pick<ClusterDocRecord, 'language' | 'outlet' | 'terms' | 'titleTerms' | 'entities'>;

const PAD = 8;
/** The longest span a publication date may cover (a year): bounds the window's index range. */
const LONGEST_DATE_DAYS = 366;
/** Lookups bound to one posting query. */
const LOOKUPS_PER_QUERY = 2_000;

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function toBytes(values: Uint32Array): Buffer {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength);
}

function fromBytes(bytes: unknown): Uint32Array {
  const buffer = bytes as Buffer;
  const copy = new Uint8Array(buffer.byteLength);
  copy.set(buffer);
  return new Uint32Array(copy.buffer);
}

function dayRange(row: Row): DayRange | null {
  return row.day_first === null || row.day_first === undefined
    ? null
    : { first: row.day_first as number, last: row.day_last as number };
}

function padded(count: number): string {
  return String(count).padStart(PAD, '0');
}

function parse<T>(text: unknown): T {
  return JSON.parse(text as string) as T;
}

function toPosting(row: Row): PostingRecord {
  return { seq: row.seq as number, id: row.id as string, event: row.event_id as string, date: dayRange(row) };
}

function docRecord(row: Row): ClusterDocRecord {
  return {
    ...parse<DocBody>(row.body),
    seq: row.seq as number,
    id: row.id as string,
    title: row.title as string,
    lead: row.lead as string,
    ownPublished: (row.own_published as string | null) ?? null,
    evidence: parse(row.evidence),
    date: dayRange(row),
    signature: fromBytes(row.signature),
    shingles: row.shingles ? fromBytes(row.shingles) : null,
    event: row.event_id as string,
    duplicateOf: (row.duplicate_of as string | null) ?? null,
  };
}

/** Groups rows under a key, each group in row order; groups in the order their key first comes. */
function groupBy<V>(rows: Row[], key: (row: Row) => string, value: (row: Row) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(value(row));
    else groups.set(k, [value(row)]);
  }
  return groups;
}

/**
 * The posting tables, each read the same way: per lookup, the newest `limit` entries of its key
 * dated within its window plus the newest `limit` undated ones, or the newest `limit` at any time.
 * All lookups of a call go in one statement (a LATERAL join over the lookups): a batch makes
 * thousands of lookups, and a round trip each would cost more than the reads.
 */
interface PostingTable {
  table: string;
  /** The key columns with the SQL types of their arrays. */
  keys: { column: string; type: string }[];
}

const TERM_POSTINGS: PostingTable = {
  table: 'cluster_term_postings',
  keys: [
    { column: 'language', type: 'text' },
    { column: 'term', type: 'text' },
  ],
};
const ENTITY_POSTINGS: PostingTable = {
  table: 'cluster_entity_postings',
  keys: [{ column: 'entity_id', type: 'text' }],
};

interface PostingQueries {
  /** Per lookup: the newest entries dated within its window. */
  inWindow: string;
  /** Per key: the newest undated entries (an undated document is within every window). */
  undated: string;
  /** Per key: the newest entries at any time. */
  any: string;
}

function postingQueries(posting: PostingTable): PostingQueries {
  const n = posting.keys.length;
  const arrays = posting.keys.map((key, i) => `$${i + 1}::${key.type}[]`).join(', ');
  const names = posting.keys.map((key) => key.column).join(', ');
  const match = posting.keys.map((key) => `p.${key.column} = l.${key.column}`).join(' AND ');
  const newest = (condition: string, limit: string) => `CROSS JOIN LATERAL (
      SELECT p.seq, d.id, d.event_id, d.day_first, d.day_last
      FROM ${posting.table} p JOIN cluster_documents d ON d.seq = p.seq
      WHERE ${match} AND ${condition}
      ORDER BY p.seq DESC LIMIT ${limit}) x`;
  return {
    inWindow: `SELECT l.at, x.* FROM unnest(${arrays}, $${n + 1}::int[], $${n + 2}::int[])
        WITH ORDINALITY AS l(${names}, day_from, day_to, at)
      ${newest(`p.day_first BETWEEN l.day_from - ${LONGEST_DATE_DAYS} AND l.day_to AND p.day_last >= l.day_from`, `$${n + 3}`)}`,
    undated: `SELECT l.at, x.* FROM unnest(${arrays}) WITH ORDINALITY AS l(${names}, at)
      ${newest('p.day_first IS NULL', `$${n + 1}`)}`,
    any: `SELECT l.at, x.* FROM unnest(${arrays}) WITH ORDINALITY AS l(${names}, at)
      ${newest('TRUE', `$${n + 1}`)}`,
  };
}

const QUERIES = {
  termPostings: postingQueries(TERM_POSTINGS),
  entityPostings: postingQueries(ENTITY_POSTINGS),
};

/**
 * The clustering state in PostgreSQL (tables of migration 003), read and written on the
 * transaction's connection. It answers as the SQLite state does (src/store/sqlite/cluster-state.ts),
 * rows in the same orders; lookups go through primary keys and indexes, never a scan of the store.
 */
export function createPostgresClusterState(db: Queryable): ClusterStatePort {
  /**
   * Runs a lateral posting query over many lookups, a slice per statement; `values` gives a
   * lookup's array values. Returns each lookup's rows (by position in `lookups`).
   */
  const lateral = async <L>(
    text: string,
    lookups: readonly L[],
    values: (lookup: L) => unknown[],
    limit: number,
  ): Promise<Row[][]> => {
    const found: Row[][] = lookups.map(() => []);
    for (let start = 0; start < lookups.length; start += LOOKUPS_PER_QUERY) {
      const slice = lookups.slice(start, start + LOOKUPS_PER_QUERY);
      const arrays: unknown[][] = values(slice[0]!).map(() => []);
      for (const lookup of slice) values(lookup).forEach((value, i) => arrays[i]!.push(value));
      for (const row of await select(db, text, [...arrays, limit])) found[start + Number(row.at) - 1]!.push(row);
    }
    return found;
  };

  /**
   * Per key, the entries of every lookup of it merged newest first, keys in the order first looked
   * up: the windows' dated entries, the key's undated ones (read once, whatever the windows), or
   * for a lookup without a window, the newest entries at any time.
   */
  const postings = async <K extends string>(
    queries: PostingQueries,
    lookups: readonly PostingLookup<K>[],
    keyValues: (key: K) => unknown[],
    limit: number,
  ): Promise<Map<K, PostingRecord[]>> => {
    const found = new Map<K, Map<number, PostingRecord>>();
    for (const { key } of lookups) if (!found.has(key)) found.set(key, new Map());
    const add = (key: K, rows: Row[]) => {
      const entries = found.get(key)!;
      for (const row of rows) entries.set(row.seq as number, toPosting(row));
    };
    const windowed = lookups.filter((lookup) => lookup.window);
    const undatedKeys = [...new Set(windowed.map((lookup) => lookup.key))];
    const timeless = lookups.filter((lookup) => !lookup.window);
    const inWindow = await lateral(
      queries.inWindow,
      windowed,
      ({ key, window }) => [...keyValues(key), window!.from, window!.to],
      limit,
    );
    windowed.forEach((lookup, at) => add(lookup.key, inWindow[at]!));
    const undated = await lateral(queries.undated, undatedKeys, keyValues, limit);
    undatedKeys.forEach((key, at) => add(key, undated[at]!));
    const any = await lateral(queries.any, timeless, ({ key }) => keyValues(key), limit);
    timeless.forEach((lookup, at) => add(lookup.key, any[at]!));
    const merged = new Map<K, PostingRecord[]>();
    for (const [key, entries] of found) {
      if (entries.size > 0) merged.set(key, [...entries.values()].sort((a, b) => b.seq - a.seq));
    }
    return merged;
  };

  return {
    async documentCounts() {
      const rows = await select(db, 'SELECT language, documents FROM cluster_language_stats');
      return new Map(rows.map((row) => [row.language as string, row.documents as number]));
    },
    async termFrequencies(keys) {
      const split = keys.map(splitTermKey);
      const rows = await select(
        db,
        `SELECT s.language, s.term, s.documents FROM cluster_term_stats s
         JOIN unnest($1::text[], $2::text[]) AS k(language, term) ON s.language = k.language AND s.term = k.term`,
        [split.map((k) => k.language), split.map((k) => k.term)],
      );
      return new Map(
        rows.map((row) => [termKey(row.language as string, row.term as string), row.documents as number]),
      );
    },
    async entityFrequencies(ids) {
      const rows = await select(
        db,
        'SELECT entity_id, documents FROM cluster_entity_stats WHERE entity_id = ANY($1::text[])',
        [ids],
      );
      return new Map(rows.map((row) => [row.entity_id as string, row.documents as number]));
    },
    async termPostings(lookups, limit) {
      return postings<TermKey>(QUERIES.termPostings, lookups, (key) => {
        const { language, term } = splitTermKey(key);
        return [language, term];
      }, limit);
    },
    async entityPostings(lookups, limit) {
      return postings(QUERIES.entityPostings, lookups, (key) => [key], limit);
    },
    async bandPostings(keys, limit) {
      const rows = await select(
        db,
        `SELECT l.at, x.* FROM unnest($1::bigint[]) WITH ORDINALITY AS l(band, at)
         CROSS JOIN LATERAL (
           SELECT p.seq, d.id, d.event_id, d.day_first, d.day_last
           FROM cluster_bands p JOIN cluster_documents d ON d.seq = p.seq
           WHERE p.band = l.band ORDER BY p.seq DESC LIMIT $2
         ) x
         ORDER BY l.at, x.seq DESC`,
        [keys, limit],
      );
      const found = new Map<number, PostingRecord[]>();
      for (const [at, list] of groupBy(rows, (row) => String(row.at), toPosting)) {
        const key = keys[Number(at) - 1]!;
        if (!found.has(key)) found.set(key, list);
      }
      return found;
    },
    async clusterDocuments(ids) {
      const rows = await select(
        db,
        `SELECT seq, id, event_id, day_first, day_last, duplicate_of, title, lead, own_published, evidence, body,
           signature, shingles
         FROM cluster_documents WHERE id = ANY($1::text[]) ORDER BY id`,
        [ids],
      );
      return rows.map(docRecord);
    },
    async clusterEvents(ids) {
      const rows = await select(db, 'SELECT body FROM cluster_events WHERE id = ANY($1::text[]) ORDER BY id', [
        ids,
      ]);
      return rows.map((row) => parse<ClusterEventRecord>(row.body));
    },
    async eventMembers(ids) {
      const rows = await select(
        db,
        `SELECT seq, id, event_id, day_first, day_last, duplicate_of, title, lead, own_published, evidence
         FROM cluster_documents WHERE event_id = ANY($1::text[]) ORDER BY event_id, seq`,
        [ids],
      );
      return groupBy(
        rows,
        (row) => row.event_id as string,
        (row): EventMemberRecord => ({
          seq: row.seq as number,
          id: row.id as string,
          title: row.title as string,
          lead: row.lead as string,
          date: dayRange(row),
          ownPublished: (row.own_published as string | null) ?? null,
          evidence: parse(row.evidence),
          duplicateOf: (row.duplicate_of as string | null) ?? null,
        }),
      );
    },
    async copiesOf(roots) {
      const rows = await select(
        db,
        `SELECT id, duplicate_of FROM cluster_documents
         WHERE duplicate_of = ANY($1::text[]) ORDER BY duplicate_of, seq`,
        [roots],
      );
      return groupBy(
        rows,
        (row) => row.duplicate_of as string,
        (row) => row.id as string,
      );
    },
    async storylinesOfEntities(ids, limit) {
      // Newest first; among equals the larger storyline id first, as SQLite's index reads them.
      const rows = await select(
        db,
        `SELECT l.entity_id, x.storyline_id FROM unnest($1::text[]) WITH ORDINALITY AS l(entity_id, at)
         CROSS JOIN LATERAL (
           SELECT s.storyline_id, s.seq FROM cluster_storyline_entities s
           WHERE s.entity_id = l.entity_id ORDER BY s.seq DESC, s.storyline_id DESC LIMIT $2
         ) x
         ORDER BY l.at, x.seq DESC, x.storyline_id DESC`,
        [ids, limit],
      );
      return groupBy(
        rows,
        (row) => row.entity_id as string,
        (row) => row.storyline_id as string,
      );
    },
    async storylineRecords(ids) {
      const rows = await select(
        db,
        'SELECT body FROM cluster_storylines WHERE id = ANY($1::text[]) ORDER BY id',
        [ids],
      );
      return rows.map((row) => parse<StorylineRecord>(row.body));
    },
    async storylineDocuments(id, limit) {
      const rows = await select(
        db,
        `SELECT d.id FROM cluster_events e JOIN cluster_documents d ON d.event_id = e.id
         WHERE e.storyline_id = $1 AND d.duplicate_of IS NULL ORDER BY d.seq DESC LIMIT $2`,
        [id, limit],
      );
      return rows.map((row) => row.id as string);
    },
    async claimItems(documentIds) {
      const rows = await select(
        db,
        'SELECT claim_items FROM cluster_documents WHERE id = ANY($1::text[]) ORDER BY id',
        [documentIds],
      );
      return rows.flatMap((row) => parse<ClaimItemRecord[]>((row.claim_items as string | null) ?? '[]'));
    },
    async clusterMeta() {
      const [last] = await select(db, 'SELECT MAX(seq) AS seq FROM cluster_documents');
      const [newest] = await select(db, "SELECT value FROM cluster_meta WHERE key = 'newest_day'");
      return {
        lastSeq: (last?.seq as number | null) ?? 0,
        newestDay: newest ? Number(newest.value) : null,
      };
    },
    async applyClusterChanges(changes) {
      // A savepoint, as SQLite's nested transaction: a failure undoes the changes, not the batch's other writes.
      await run(db, 'SAVEPOINT cluster_changes');
      try {
        await applyChanges(db, changes);
        await run(db, 'RELEASE SAVEPOINT cluster_changes');
      } catch (error) {
        await run(db, 'ROLLBACK TO SAVEPOINT cluster_changes');
        throw error;
      }
    },
  };
}

async function bumpStatistics(db: Queryable, changes: ClusterChanges): Promise<void> {
  await runRows(
    db,
    `INSERT INTO cluster_language_stats (language, documents) SELECT * FROM unnest($1::text[], $2::int[])
     ON CONFLICT (language) DO UPDATE SET documents = cluster_language_stats.documents + excluded.documents`,
    [...changes.documentCounts],
    ([language, count]) => [language, count],
  );
  await runRows(
    db,
    `INSERT INTO cluster_term_stats (language, term, documents)
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[])
     ON CONFLICT (language, term) DO UPDATE SET documents = cluster_term_stats.documents + excluded.documents`,
    [...changes.termFrequencies],
    ([key, count]) => {
      const { language, term } = splitTermKey(key);
      return [language, term, count];
    },
  );
  await runRows(
    db,
    `INSERT INTO cluster_entity_stats (entity_id, documents) SELECT * FROM unnest($1::text[], $2::int[])
     ON CONFLICT (entity_id) DO UPDATE SET documents = cluster_entity_stats.documents + excluded.documents`,
    [...changes.entityFrequencies],
    ([id, count]) => [id, count],
  );
}

/**
 * Documents stored again under their id with new content leave their old records behind: their
 * postings go. Returns the events they were in (one they leave empty goes later).
 */
async function dropOldRecords(db: Queryable, docs: NewClusterDoc[]): Promise<Set<string>> {
  if (docs.length === 0) return new Set();
  const old = await select(db, 'DELETE FROM cluster_documents WHERE id = ANY($1::text[]) RETURNING seq, event_id', [
    docs.map((doc) => doc.id),
  ]);
  if (old.length > 0) {
    const seqs = old.map((row) => row.seq as number);
    for (const table of ['cluster_term_postings', 'cluster_entity_postings', 'cluster_bands']) {
      await run(db, `DELETE FROM ${table} WHERE seq = ANY($1::int[])`, [seqs]);
    }
  }
  return new Set(old.map((row) => row.event_id as string));
}

async function insertDocuments(db: Queryable, docs: NewClusterDoc[]): Promise<void> {
  await runRows(
    db,
    `INSERT INTO cluster_documents (seq, id, event_id, day_first, day_last, duplicate_of, title, lead,
       own_published, evidence, body, signature, shingles, claim_items)
     SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[],
       $8::text[], $9::text[], $10::text[], $11::text[], $12::bytea[], $13::bytea[], $14::text[])`,
    docs,
    (doc) => {
      const body: DocBody = {
        language: doc.language,
        outlet: doc.outlet,
        terms: doc.terms.map(([term, value]) => [term, round(value)]),
        titleTerms: doc.titleTerms,
        entities: doc.entities.map(([id, name, value]) => [id, name, round(value)]),
      };
      return [
        doc.seq,
        doc.id,
        doc.event,
        doc.date?.first ?? null,
        doc.date?.last ?? null,
        doc.duplicateOf,
        doc.title,
        doc.lead,
        doc.ownPublished,
        JSON.stringify(doc.evidence),
        JSON.stringify(body),
        toBytes(doc.signature),
        doc.shingles ? toBytes(doc.shingles) : null,
        doc.claimItems.length > 0 ? JSON.stringify(doc.claimItems) : null,
      ];
    },
  );
  const days = (doc: NewClusterDoc) => [doc.date?.first ?? null, doc.date?.last ?? null];
  await runRows(
    db,
    `INSERT INTO cluster_term_postings (language, term, seq, day_first, day_last)
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::int[]) ON CONFLICT DO NOTHING`,
    docs.flatMap((doc) => [...new Set(doc.termKeys)].map((key) => ({ key, doc }))),
    ({ key, doc }) => {
      const { language, term } = splitTermKey(key);
      return [language, term, doc.seq, ...days(doc)];
    },
  );
  await runRows(
    db,
    `INSERT INTO cluster_entity_postings (entity_id, seq, day_first, day_last)
     SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::int[]) ON CONFLICT DO NOTHING`,
    docs.flatMap((doc) => [...new Set(doc.entityKeys)].map((key) => ({ key, doc }))),
    ({ key, doc }) => [key, doc.seq, ...days(doc)],
  );
  await runRows(
    db,
    'INSERT INTO cluster_bands (band, seq) SELECT * FROM unnest($1::bigint[], $2::int[]) ON CONFLICT DO NOTHING',
    docs.flatMap((doc) => [...new Set(doc.bandKeys)].map((band) => [band, doc.seq])),
    (pair) => pair,
  );
}

/** Inserts or replaces rows of `clusters` (the API's events, storylines and claims). */
async function saveClusters(
  db: Queryable,
  rows: { kind: string; id: string; body: string; sortKey: string; latest: string }[],
): Promise<void> {
  await runRows(
    db,
    `INSERT INTO clusters (kind, id, body, sort_key, latest)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
     ON CONFLICT (kind, id) DO UPDATE SET body = excluded.body, sort_key = excluded.sort_key, latest = excluded.latest`,
    lastByKey(rows, (row) => `${row.kind}\u0000${row.id}`),
    (row) => [row.kind, row.id, row.body, row.sortKey, row.latest],
  );
}

async function dropClusters(db: Queryable, kind: string, ids: string[]): Promise<void> {
  if (ids.length > 0) await run(db, 'DELETE FROM clusters WHERE kind = $1 AND id = ANY($2::text[])', [kind, ids]);
}

async function dropEvents(db: Queryable, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await run(db, 'DELETE FROM cluster_events WHERE id = ANY($1::text[])', [ids]);
  await dropClusters(db, 'event', ids);
}

async function saveEvents(db: Queryable, changes: ClusterChanges, emptied: Set<string>): Promise<void> {
  await dropEvents(db, changes.removedEvents);
  await runRows(
    db,
    `INSERT INTO cluster_events (id, founded_seq, storyline_id, body)
     SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[])
     ON CONFLICT (id) DO UPDATE SET founded_seq = excluded.founded_seq, storyline_id = excluded.storyline_id,
       body = excluded.body`,
    lastByKey(changes.events, (record) => record.id),
    (record) => {
      const rounded: ClusterEventRecord = {
        ...record,
        centroid: record.centroid.map(([l, t, v]) => [l, t, round(v)]),
        titleBag: record.titleBag.map(([l, t, v]) => [l, t, round(v)]),
        entities: record.entities.map(([id, name, v]) => [id, name, round(v)]),
      };
      return [record.id, record.foundedSeq, record.storyline, JSON.stringify(rounded)];
    },
  );
  await saveClusters(
    db,
    changes.eventSummaries.map((event) => ({
      kind: 'event',
      id: event.id,
      body: JSON.stringify(event),
      sortKey: event.date ?? '',
      latest: event.date ?? '',
    })),
  );
  if (emptied.size === 0) return;
  const empty = await select(
    db,
    `SELECT id FROM cluster_events e WHERE id = ANY($1::text[])
     AND NOT EXISTS (SELECT 1 FROM cluster_documents d WHERE d.event_id = e.id)`,
    [[...emptied]],
  );
  await dropEvents(
    db,
    empty.map((row) => row.id as string),
  );
}

/** Drops the claims scoped to the storylines: their rows, documents and scopes. */
async function dropClaimsOf(db: Queryable, storylines: string[]): Promise<void> {
  if (storylines.length === 0) return;
  const gone = await select(db, 'DELETE FROM claim_scopes WHERE storyline_id = ANY($1::text[]) RETURNING claim_id', [
    storylines,
  ]);
  const ids = gone.map((row) => row.claim_id as string);
  if (ids.length === 0) return;
  await dropClusters(db, 'claim', ids);
  await run(db, 'DELETE FROM claim_documents WHERE claim_id = ANY($1::text[])', [ids]);
}

async function saveStorylines(db: Queryable, changes: ClusterChanges): Promise<void> {
  const removed = changes.removedStorylines;
  if (removed.length > 0) {
    await run(db, 'DELETE FROM cluster_storylines WHERE id = ANY($1::text[])', [removed]);
    await dropClusters(db, 'storyline', removed);
    await run(db, 'DELETE FROM cluster_storyline_entities WHERE storyline_id = ANY($1::text[])', [removed]);
    await dropClaimsOf(db, removed);
  }
  const records = lastByKey(changes.storylines, (record) => record.id);
  await runRows(
    db,
    `INSERT INTO cluster_storylines (id, founded_seq, body) SELECT * FROM unnest($1::text[], $2::int[], $3::text[])
     ON CONFLICT (id) DO UPDATE SET founded_seq = excluded.founded_seq, body = excluded.body`,
    records,
    (record) => [record.id, record.foundedSeq, JSON.stringify(record)],
  );
  await saveClusters(
    db,
    records.map((record) => ({
      kind: 'storyline',
      id: record.id,
      body: JSON.stringify(record.summary),
      sortKey: padded(record.events.length),
      latest: record.latest,
    })),
  );
  // Filed under the batch's newest document: storylines of an entity are read newest first.
  const seq = Math.max(0, ...changes.newDocuments.map((doc) => doc.seq));
  const filings = lastByKey(
    records.flatMap((record) =>
      record.recent.flatMap((profile) => profile.coreEntities.map((entity) => [entity.id, record.id])),
    ),
    ([entity, storyline]) => `${entity}\u0000${storyline}`,
  );
  await runRows(
    db,
    `INSERT INTO cluster_storyline_entities (entity_id, storyline_id, seq) SELECT *, $3::int FROM unnest($1::text[], $2::text[])
     ON CONFLICT (entity_id, storyline_id) DO UPDATE SET seq = excluded.seq`,
    filings,
    (pair) => pair,
    [seq],
  );
}

/** Each storyline's claims replace the ones it had, one storyline after another (as SQLite does). */
async function saveClaims(db: Queryable, changes: ClusterChanges): Promise<void> {
  for (const { storyline, claims } of changes.claims) {
    await dropClaimsOf(db, [storyline]);
    const latest = lastByKey(claims, (claim) => claim.id);
    await saveClusters(
      db,
      latest.map((claim: Claim) => ({
        kind: 'claim',
        id: claim.id,
        body: JSON.stringify(claim),
        sortKey: padded(claim.figures.length),
        latest: '',
      })),
    );
    await runRows(
      db,
      `INSERT INTO claim_scopes (claim_id, storyline_id) SELECT *, $2::text FROM unnest($1::text[])
       ON CONFLICT (claim_id) DO UPDATE SET storyline_id = excluded.storyline_id`,
      latest,
      (claim) => [claim.id],
      [storyline],
    );
    await runRows(
      db,
      `INSERT INTO claim_documents (claim_id, document_id) SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT DO NOTHING`,
      latest.flatMap((claim) => claim.figures.map((figure) => [claim.id, figure.document])),
      (pair) => pair,
    );
  }
}

/** The order of SQLite's `applyChanges`: each step may depend on the ones before it. */
async function applyChanges(db: Queryable, changes: ClusterChanges): Promise<void> {
  await bumpStatistics(db, changes);
  const emptied = await dropOldRecords(db, changes.newDocuments);
  for (const { from, to } of changes.rerootedDuplicates) {
    await run(db, 'UPDATE cluster_documents SET duplicate_of = $2 WHERE duplicate_of = $1 OR id = $1', [from, to]);
  }
  await runRows(
    db,
    `UPDATE cluster_documents d SET event_id = u.event_id, evidence = u.evidence
     FROM unnest($1::text[], $2::text[], $3::text[]) AS u(id, event_id, evidence) WHERE d.id = u.id`,
    lastByKey(changes.movedDocuments, (move) => move.id),
    (move) => [move.id, move.event, JSON.stringify(move.evidence)],
  );
  for (const { from, into } of changes.mergedEvents) {
    await run(db, 'UPDATE cluster_documents SET event_id = $1 WHERE event_id = $2', [into, from]);
  }
  await insertDocuments(db, changes.newDocuments);
  await saveEvents(db, changes, emptied);
  await saveStorylines(db, changes);
  await saveClaims(db, changes);
  if (changes.newestDay !== null) {
    await run(
      db,
      `INSERT INTO cluster_meta (key, value) VALUES ('newest_day', $1)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [String(changes.newestDay)],
    );
  }
  // Retention: documents dated long before the newest day drop their word shingles (copies of
  // them are then judged on the MinHash estimate). Their postings stay: a lookup reads only its
  // time window through the index, and an older article ingested late still meets its event.
  if (changes.evictBefore !== null) {
    await run(
      db,
      'UPDATE cluster_documents SET evicted = TRUE, shingles = NULL WHERE NOT evicted AND day_last < $1',
      [changes.evictBefore],
    );
  }
}
