import type Database from 'better-sqlite3';
import type { DayRange } from '../../cluster/calendar-days.ts';
import type { Claim } from '../../model/cluster.ts';
import type {
  ClaimItemRecord,
  ClusterChanges,
  ClusterDocRecord,
  ClusterEventRecord,
  ClusterStatePort,
  EventMemberRecord,
  NewClusterDoc,
  PostingLookup,
  PostingRecord,
  StorylineRecord,
} from '../cluster-port.ts';

type Row = Record<string, unknown>;

/** The parts of a document record kept as JSON (the rest has columns). */
type DocBody = Pick<
  ClusterDocRecord,
  'language' | 'title' | 'lead' | 'outlet' | 'ownPublished' | 'terms' | 'titleTerms' | 'entities' | 'evidence'
>;

const PAD = 8;

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function toBlob(values: Uint32Array): Buffer {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength);
}

function fromBlob(blob: unknown): Uint32Array {
  const buffer = blob as Buffer;
  const copy = new Uint8Array(buffer.byteLength);
  copy.set(buffer);
  return new Uint32Array(copy.buffer);
}

function dayRange(row: Row): DayRange | null {
  return row.day_first === null || row.day_first === undefined
    ? null
    : { first: row.day_first as number, last: row.day_last as number };
}

function json(values: readonly unknown[]): string {
  return JSON.stringify(values);
}

function padded(count: number): string {
  return String(count).padStart(PAD, '0');
}

/**
 * The clustering state in SQLite (tables of migration 004): statistics, candidate indexes
 * (postings of rare terms and salient entities, LSH bands), document and event records,
 * storylines and claims. Lookups go through primary keys and indexes, never a scan of the store.
 */
export function createSqliteClusterState(db: Database.Database): ClusterStatePort {
  const statements = prepare(db);

  const toRecord = (row: Row): PostingRecord => ({
    seq: row.seq as number,
    id: row.id as string,
    event: row.event_id as string,
    date: dayRange(row),
  });
  const bands = (keys: readonly number[], limit: number): Map<number, PostingRecord[]> => {
    const found = new Map<number, PostingRecord[]>();
    for (const key of keys) {
      const rows = statements.bandPostings.all(key, limit) as Row[];
      if (rows.length > 0) found.set(key, rows.map(toRecord));
    }
    return found;
  };
  const windowed = <K extends string>(
    kind: WindowedStatements,
    lookups: readonly PostingLookup<K>[],
    limit: number,
  ): Map<K, PostingRecord[]> => {
    const found = new Map<K, Map<number, PostingRecord>>();
    // Undated entries are within every window: read once per key, whatever the lookups' windows.
    const undatedRead = new Set<K>();
    for (const { key, window } of lookups) {
      const undated = window && !undatedRead.has(key) ? (kind.undated.all(key, limit) as Row[]) : [];
      if (window) undatedRead.add(key);
      const rows = window
        ? [
            ...(kind.inWindow.all({ key, lo: window.from - LONGEST_DATE_DAYS, from: window.from, to: window.to, limit }) as Row[]),
            ...undated,
          ]
        : (kind.any.all(key, limit) as Row[]);
      const entries = found.get(key) ?? new Map<number, PostingRecord>();
      for (const row of rows) entries.set(row.seq as number, toRecord(row));
      found.set(key, entries);
    }
    const merged = new Map<K, PostingRecord[]>();
    for (const [key, entries] of found) {
      if (entries.size > 0) merged.set(key, [...entries.values()].sort((a, b) => b.seq - a.seq));
    }
    return merged;
  };

  return {
    async documentCounts() {
      const rows = statements.languageStats.all() as Row[];
      return new Map(rows.map((row) => [row.language as string, row.documents as number]));
    },
    async termFrequencies(keys) {
      const rows = statements.termStats.all(json(keys)) as Row[];
      return new Map(rows.map((row) => [row.term as string, row.documents as number]));
    },
    async entityFrequencies(ids) {
      const rows = statements.entityStats.all(json(ids)) as Row[];
      return new Map(rows.map((row) => [row.entity_id as string, row.documents as number]));
    },
    async termPostings(lookups, limit) {
      return windowed(statements.termPostings, lookups, limit);
    },
    async entityPostings(lookups, limit) {
      return windowed(statements.entityPostings, lookups, limit);
    },
    async bandPostings(keys, limit) {
      return bands(keys, limit);
    },
    async clusterDocuments(ids) {
      return (statements.documents.all(json(ids)) as Row[]).map(docRecord);
    },
    async clusterEvents(ids) {
      return (statements.events.all(json(ids)) as Row[]).map((row) => JSON.parse(row.body as string));
    },
    async eventMembers(ids) {
      const members = new Map<string, EventMemberRecord[]>();
      for (const row of statements.members.all(json(ids)) as Row[]) {
        const event = row.event_id as string;
        const list = members.get(event) ?? [];
        list.push({
          seq: row.seq as number,
          id: row.id as string,
          title: row.title as string,
          lead: row.lead as string,
          date: dayRange(row),
          ownPublished: (row.own_published as string | null) ?? null,
          evidence: JSON.parse(row.evidence as string),
          duplicateOf: (row.duplicate_of as string | null) ?? null,
        });
        members.set(event, list);
      }
      return members;
    },
    async copiesOf(roots) {
      const copies = new Map<string, string[]>();
      for (const row of statements.copies.all(json(roots)) as Row[]) {
        const root = row.duplicate_of as string;
        copies.set(root, [...(copies.get(root) ?? []), row.id as string]);
      }
      return copies;
    },
    async storylinesOfEntities(ids, limit) {
      const found = new Map<string, string[]>();
      for (const id of ids) {
        const rows = statements.storylinesOfEntity.all(id, limit) as Row[];
        if (rows.length > 0) found.set(id, rows.map((row) => row.storyline_id as string));
      }
      return found;
    },
    async storylineRecords(ids) {
      return (statements.storylines.all(json(ids)) as Row[]).map((row) => JSON.parse(row.body as string));
    },
    async storylineDocuments(id, limit) {
      return (statements.storylineDocuments.all(id, limit) as Row[]).map((row) => row.id as string);
    },
    async claimItems(documentIds) {
      return (statements.claimItems.all(json(documentIds)) as Row[]).flatMap(
        (row) => JSON.parse((row.claim_items as string | null) ?? '[]') as ClaimItemRecord[],
      );
    },
    async clusterMeta() {
      const last = (statements.lastSeq.get() as Row).seq as number | null;
      const newest = statements.meta.get('newest_day') as Row | undefined;
      return { lastSeq: last ?? 0, newestDay: newest ? Number(newest.value) : null };
    },
    async applyClusterChanges(changes) {
      applyChanges(db, statements, changes);
    },
  };
}

function docRecord(row: Row): ClusterDocRecord {
  const body = JSON.parse(row.body as string) as DocBody;
  return {
    ...body,
    seq: row.seq as number,
    id: row.id as string,
    date: dayRange(row),
    signature: fromBlob(row.signature),
    shingles: row.shingles ? fromBlob(row.shingles) : null,
    event: row.event_id as string,
    duplicateOf: (row.duplicate_of as string | null) ?? null,
  };
}

/** The longest span a publication date may cover (a year): bounds the window's index range. */
const LONGEST_DATE_DAYS = 366;

interface WindowedStatements {
  inWindow: Database.Statement;
  undated: Database.Statement;
  any: Database.Statement;
}

function prepare(db: Database.Database) {
  const select = (table: string) =>
    `SELECT p.seq, d.id, d.event_id, d.day_first, d.day_last FROM ${table} p JOIN cluster_documents d ON d.seq = p.seq`;
  const posting = (table: string, column: string): WindowedStatements => ({
    inWindow: db.prepare(
      `${select(table)} WHERE p.${column} = @key AND p.day_first BETWEEN @lo AND @to AND p.day_last >= @from
       ORDER BY p.seq DESC LIMIT @limit`,
    ),
    undated: db.prepare(
      `${select(table)} WHERE p.${column} = ? AND p.day_first IS NULL ORDER BY p.seq DESC LIMIT ?`,
    ),
    any: db.prepare(`${select(table)} WHERE p.${column} = ? ORDER BY p.seq DESC LIMIT ?`),
  });
  return {
    languageStats: db.prepare('SELECT language, documents FROM cluster_language_stats'),
    termStats: db.prepare(
      'SELECT term, documents FROM cluster_term_stats WHERE term IN (SELECT value FROM json_each(?))',
    ),
    entityStats: db.prepare(
      'SELECT entity_id, documents FROM cluster_entity_stats WHERE entity_id IN (SELECT value FROM json_each(?))',
    ),
    termPostings: posting('cluster_term_postings', 'term'),
    entityPostings: posting('cluster_entity_postings', 'entity_id'),
    bandPostings: db.prepare(
      `${select('cluster_bands')} WHERE p.band = ? ORDER BY p.seq DESC LIMIT ?`,
    ),
    documents: db.prepare('SELECT * FROM cluster_documents WHERE id IN (SELECT value FROM json_each(?))'),
    events: db.prepare('SELECT body FROM cluster_events WHERE id IN (SELECT value FROM json_each(?))'),
    members: db.prepare(
      `SELECT seq, id, event_id, day_first, day_last, duplicate_of, json_extract(body, '$.title') AS title,
         json_extract(body, '$.lead') AS lead, json_extract(body, '$.ownPublished') AS own_published,
         json_extract(body, '$.evidence') AS evidence
       FROM cluster_documents WHERE event_id IN (SELECT value FROM json_each(?))`,
    ),
    copies: db.prepare(
      'SELECT id, duplicate_of FROM cluster_documents WHERE duplicate_of IN (SELECT value FROM json_each(?))',
    ),
    storylinesOfEntity: db.prepare(
      'SELECT storyline_id FROM cluster_storyline_entities WHERE entity_id = ? ORDER BY seq DESC LIMIT ?',
    ),
    storylines: db.prepare('SELECT body FROM cluster_storylines WHERE id IN (SELECT value FROM json_each(?))'),
    storylineDocuments: db.prepare(
      `SELECT d.id FROM cluster_events e JOIN cluster_documents d ON d.event_id = e.id
       WHERE e.storyline_id = ? AND d.duplicate_of IS NULL ORDER BY d.seq DESC LIMIT ?`,
    ),
    claimItems: db.prepare(
      'SELECT claim_items FROM cluster_documents WHERE id IN (SELECT value FROM json_each(?))',
    ),
    lastSeq: db.prepare('SELECT MAX(seq) AS seq FROM cluster_documents'),
    meta: db.prepare('SELECT value FROM cluster_meta WHERE key = ?'),
    // writes
    bumpLanguage: db.prepare(
      `INSERT INTO cluster_language_stats VALUES (?, ?)
       ON CONFLICT(language) DO UPDATE SET documents = documents + excluded.documents`,
    ),
    bumpTerm: db.prepare(
      `INSERT INTO cluster_term_stats VALUES (?, ?)
       ON CONFLICT(term) DO UPDATE SET documents = documents + excluded.documents`,
    ),
    bumpEntity: db.prepare(
      `INSERT INTO cluster_entity_stats VALUES (?, ?)
       ON CONFLICT(entity_id) DO UPDATE SET documents = documents + excluded.documents`,
    ),
    oldSeq: db.prepare('SELECT seq, event_id FROM cluster_documents WHERE id = ?'),
    dropDocument: db.prepare('DELETE FROM cluster_documents WHERE seq = ?'),
    dropTermPostings: db.prepare('DELETE FROM cluster_term_postings WHERE seq = ?'),
    dropEntityPostings: db.prepare('DELETE FROM cluster_entity_postings WHERE seq = ?'),
    dropBands: db.prepare('DELETE FROM cluster_bands WHERE seq = ?'),
    insertDocument: db.prepare(
      `INSERT INTO cluster_documents (seq, id, event_id, day_first, day_last, duplicate_of, body, signature, shingles, claim_items)
       VALUES (@seq, @id, @event, @dayFirst, @dayLast, @duplicateOf, @body, @signature, @shingles, @claimItems)`,
    ),
    insertTermPosting: db.prepare('INSERT OR IGNORE INTO cluster_term_postings VALUES (?, ?, ?, ?)'),
    insertEntityPosting: db.prepare('INSERT OR IGNORE INTO cluster_entity_postings VALUES (?, ?, ?, ?)'),
    insertBand: db.prepare('INSERT OR IGNORE INTO cluster_bands VALUES (?, ?)'),
    moveMembers: db.prepare('UPDATE cluster_documents SET event_id = ? WHERE event_id = ?'),
    moveDocument: db.prepare(
      "UPDATE cluster_documents SET event_id = ?, body = json_set(body, '$.evidence', json(?)) WHERE id = ?",
    ),
    reroot: db.prepare('UPDATE cluster_documents SET duplicate_of = @to WHERE duplicate_of = @from OR id = @from'),
    saveEvent: db.prepare('INSERT OR REPLACE INTO cluster_events VALUES (?, ?, ?, ?)'),
    dropEvent: db.prepare('DELETE FROM cluster_events WHERE id = ?'),
    saveCluster: db.prepare('INSERT OR REPLACE INTO clusters (kind, id, body, sort_key, latest) VALUES (?, ?, ?, ?, ?)'),
    dropCluster: db.prepare('DELETE FROM clusters WHERE kind = ? AND id = ?'),
    emptyEvents: db.prepare(
      `SELECT id FROM cluster_events WHERE id IN (SELECT value FROM json_each(?))
       AND NOT EXISTS (SELECT 1 FROM cluster_documents d WHERE d.event_id = cluster_events.id)`,
    ),
    saveStoryline: db.prepare('INSERT OR REPLACE INTO cluster_storylines VALUES (?, ?, ?)'),
    dropStoryline: db.prepare('DELETE FROM cluster_storylines WHERE id = ?'),
    fileStoryline: db.prepare('INSERT OR REPLACE INTO cluster_storyline_entities VALUES (?, ?, ?)'),
    unfileStoryline: db.prepare('DELETE FROM cluster_storyline_entities WHERE storyline_id = ?'),
    claimsOfScope: db.prepare('SELECT claim_id FROM claim_scopes WHERE storyline_id = ?'),
    dropClaimScope: db.prepare('DELETE FROM claim_scopes WHERE claim_id = ?'),
    dropClaimDocuments: db.prepare('DELETE FROM claim_documents WHERE claim_id = ?'),
    saveClaimScope: db.prepare('INSERT OR REPLACE INTO claim_scopes VALUES (?, ?)'),
    saveClaimDocument: db.prepare('INSERT OR IGNORE INTO claim_documents VALUES (?, ?)'),
    saveMeta: db.prepare('INSERT OR REPLACE INTO cluster_meta VALUES (?, ?)'),
    retiring: db.prepare('SELECT seq FROM cluster_documents WHERE evicted = 0 AND day_last < ?'),
    retire: db.prepare('UPDATE cluster_documents SET evicted = 1, shingles = NULL WHERE seq = ?'),
  };
}

type Statements = ReturnType<typeof prepare>;

function dropPostings(statements: Statements, seq: number): void {
  statements.dropTermPostings.run(seq);
  statements.dropEntityPostings.run(seq);
  statements.dropBands.run(seq);
}

/**
 * A document stored again under its id with new content leaves its old record behind: its
 * postings go, and an event it leaves empty goes with it.
 */
function replaceOld(statements: Statements, doc: NewClusterDoc, emptied: Set<string>): void {
  const old = statements.oldSeq.get(doc.id) as Row | undefined;
  if (!old) return;
  dropPostings(statements, old.seq as number);
  statements.dropDocument.run(old.seq);
  emptied.add(old.event_id as string);
}

function insertDocument(statements: Statements, doc: NewClusterDoc): void {
  const body: DocBody = {
    language: doc.language,
    title: doc.title,
    lead: doc.lead,
    outlet: doc.outlet,
    ownPublished: doc.ownPublished,
    terms: doc.terms.map(([term, value]) => [term, round(value)]),
    titleTerms: doc.titleTerms,
    entities: doc.entities.map(([id, name, value]) => [id, name, round(value)]),
    evidence: doc.evidence,
  };
  statements.insertDocument.run({
    seq: doc.seq,
    id: doc.id,
    event: doc.event,
    dayFirst: doc.date?.first ?? null,
    dayLast: doc.date?.last ?? null,
    duplicateOf: doc.duplicateOf,
    body: JSON.stringify(body),
    signature: toBlob(doc.signature),
    shingles: doc.shingles ? toBlob(doc.shingles) : null,
    claimItems: doc.claimItems.length > 0 ? JSON.stringify(doc.claimItems) : null,
  });
  const first = doc.date?.first ?? null;
  const last = doc.date?.last ?? null;
  for (const key of new Set(doc.termKeys)) statements.insertTermPosting.run(key, doc.seq, first, last);
  for (const key of new Set(doc.entityKeys)) statements.insertEntityPosting.run(key, doc.seq, first, last);
  for (const key of new Set(doc.bandKeys)) statements.insertBand.run(key, doc.seq);
}

function saveEventRecord(statements: Statements, record: ClusterEventRecord): void {
  const rounded: ClusterEventRecord = {
    ...record,
    centroid: record.centroid.map(([l, t, v]) => [l, t, round(v)]),
    titleBag: record.titleBag.map(([l, t, v]) => [l, t, round(v)]),
    entities: record.entities.map(([id, name, v]) => [id, name, round(v)]),
  };
  statements.saveEvent.run(record.id, record.foundedSeq, record.storyline, JSON.stringify(rounded));
}

function saveStoryline(statements: Statements, record: StorylineRecord, seq: number): void {
  statements.saveStoryline.run(record.id, record.foundedSeq, JSON.stringify(record));
  statements.saveCluster.run(
    'storyline',
    record.id,
    JSON.stringify(record.summary),
    padded(record.events.length),
    record.latest,
  );
  for (const profile of record.recent) {
    for (const entity of profile.coreEntities) statements.fileStoryline.run(entity.id, record.id, seq);
  }
}

function dropClaimsOf(statements: Statements, storyline: string): void {
  for (const row of statements.claimsOfScope.all(storyline) as Row[]) {
    const id = row.claim_id as string;
    statements.dropCluster.run('claim', id);
    statements.dropClaimDocuments.run(id);
    statements.dropClaimScope.run(id);
  }
}

function saveClaims(statements: Statements, storyline: string, claims: Claim[]): void {
  dropClaimsOf(statements, storyline);
  for (const claim of claims) {
    statements.saveCluster.run('claim', claim.id, JSON.stringify(claim), padded(claim.figures.length), '');
    statements.saveClaimScope.run(claim.id, storyline);
    for (const figure of claim.figures) statements.saveClaimDocument.run(claim.id, figure.document);
  }
}

/**
 * Retention: documents dated long before the newest day drop their word shingles (copies of them
 * are then judged on the MinHash estimate). Their postings stay: a lookup reads only its time
 * window through the index, so old entries cost nothing, and an older article ingested late (a
 * backfill) still meets its event.
 */
function retire(statements: Statements, before: number): void {
  for (const row of statements.retiring.all(before) as Row[]) statements.retire.run(row.seq);
}

function applyChanges(db: Database.Database, statements: Statements, changes: ClusterChanges): void {
  const apply = db.transaction(() => {
    for (const [language, count] of changes.documentCounts) statements.bumpLanguage.run(language, count);
    for (const [term, count] of changes.termFrequencies) statements.bumpTerm.run(term, count);
    for (const [id, count] of changes.entityFrequencies) statements.bumpEntity.run(id, count);
    const emptied = new Set<string>();
    for (const doc of changes.newDocuments) replaceOld(statements, doc, emptied);
    for (const { from, to } of changes.rerootedDuplicates) statements.reroot.run({ from, to });
    for (const { id, event, evidence } of changes.movedDocuments)
      statements.moveDocument.run(event, JSON.stringify(evidence), id);
    for (const { from, into } of changes.mergedEvents) statements.moveMembers.run(into, from);
    for (const doc of changes.newDocuments) insertDocument(statements, doc);
    for (const id of changes.removedEvents) {
      statements.dropEvent.run(id);
      statements.dropCluster.run('event', id);
    }
    for (const record of changes.events) saveEventRecord(statements, record);
    for (const event of changes.eventSummaries)
      statements.saveCluster.run('event', event.id, JSON.stringify(event), event.date ?? '', event.date ?? '');
    for (const row of statements.emptyEvents.all(JSON.stringify([...emptied])) as Row[]) {
      statements.dropEvent.run(row.id);
      statements.dropCluster.run('event', row.id);
    }
    const seq = Math.max(0, ...changes.newDocuments.map((doc) => doc.seq));
    for (const id of changes.removedStorylines) {
      statements.dropStoryline.run(id);
      statements.dropCluster.run('storyline', id);
      statements.unfileStoryline.run(id);
      dropClaimsOf(statements, id);
    }
    for (const record of changes.storylines) saveStoryline(statements, record, seq);
    for (const { storyline, claims } of changes.claims) saveClaims(statements, storyline, claims);
    if (changes.newestDay !== null) statements.saveMeta.run('newest_day', String(changes.newestDay));
    if (changes.evictBefore !== null) retire(statements, changes.evictBefore);
  });
  apply();
}
