import type Database from 'better-sqlite3';
import { trigrams } from '../../search/fuzzy.ts';
import type { SearchEntity, SearchPlan, SimilarKey } from '../../search/plan.ts';
import type { HitRow, SearchBackend } from '../../search/run-search.ts';
import { orExpr, type TextExpr } from '../../search/text-expr.ts';
import { searchWords } from '../../search/words.ts';
import { compileSet, fieldCondition, type SetDialect } from '../search-sets.ts';
import { type DocumentRow, type EntityRow, type GroupHead, hitRows, pageSeqs, searchEntities } from '../search-rows.ts';
import type { SearchSort } from '../store.ts';
import { ftsExpression } from './fts-query.ts';

type Row = Record<string, unknown>;

/** Typo candidates read per lookup, most shared trigrams first; the edit distance then decides. */
const SIMILAR_CANDIDATES = 40;

/** Search over one SQLite connection (the reader). Statements vary with the query, so they are not cached. */
export class SqliteSearch implements SearchBackend {
  constructor(readonly db: Database.Database) {}

  async entitiesNamed(keys: string[]): Promise<Map<string, SearchEntity[]>> {
    const rows = this.db
      .prepare(
        `SELECT k.key, e.id, e.name, e.document_count FROM entity_search_keys k JOIN entities e ON e.id = k.entity_id
         WHERE k.whole = 1 AND k.key IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(keys)) as (EntityRow & { key: string })[];
    const entities = this.#withNames(rows);
    const byKey = new Map<string, SearchEntity[]>();
    for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), entities.get(row.id)!]);
    return byKey;
  }

  async entityById(id: string): Promise<SearchEntity | null> {
    const rows = this.db.prepare('SELECT id, name, document_count FROM entities WHERE id = ?').all(id) as EntityRow[];
    return this.#withNames(rows).get(id) ?? null;
  }

  async similarKeys(key: string, maxEdits: number): Promise<SimilarKey[]> {
    const length = Array.from(key).length;
    const rows = this.db
      .prepare(
        `WITH near AS (
           SELECT t.key, t.entity_id, COUNT(*) AS shared FROM entity_key_trigrams t
           WHERE t.trigram IN (SELECT value FROM json_each(@grams)) AND length(t.key) BETWEEN @shortest AND @longest
           GROUP BY t.key, t.entity_id ORDER BY shared DESC, t.key LIMIT @take
         )
         SELECT n.key, k.whole, k.display, e.id, e.name, e.document_count FROM near n
         JOIN entity_search_keys k ON k.key = n.key AND k.entity_id = n.entity_id
         JOIN entities e ON e.id = n.entity_id`,
      )
      .all({
        grams: JSON.stringify(trigrams(key)),
        shortest: length - maxEdits,
        longest: length + maxEdits,
        take: SIMILAR_CANDIDATES,
      }) as (EntityRow & { key: string; whole: number; display: string })[];
    const entities = this.#withNames(rows);
    return rows.map((row) => ({
      key: row.key,
      whole: row.whole === 1,
      display: row.display,
      entity: entities.get(row.id)!,
    }));
  }

  async matchesAny(expr: TextExpr): Promise<boolean> {
    const match = ftsExpression(expr);
    return this.db.prepare('SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? LIMIT 1').get(match) !== undefined;
  }

  async outletsNamed(name: string): Promise<string[]> {
    if (this.db.prepare('SELECT 1 FROM documents WHERE outlet = ? LIMIT 1').get(name)) return [name];
    // Outlets are few: comparing their folded names costs one pass over the outlet index.
    const wanted = searchWords(name).join(' ');
    const outlets = this.db.prepare('SELECT outlet FROM documents WHERE outlet IS NOT NULL GROUP BY outlet').pluck().all();
    return (outlets as string[]).filter((outlet) => searchWords(outlet).join(' ') === wanted);
  }

  async hits(
    plan: SearchPlan,
    sort: SearchSort,
    page: { limit: number; offset: number },
  ): Promise<{ total: number; documents: number; rows: HitRow[] }> {
    const params: Record<string, unknown> = {};
    const param = (value: unknown): string => {
      const name = `p${Object.keys(params).length + 1}`;
      params[name] = value;
      return `@${name}`;
    };
    const dialect: SetDialect = {
      param,
      textSet: (expr) => `SELECT rowid AS seq FROM documents_fts WHERE documents_fts MATCH ${param(ftsExpression(expr))}`,
      entitySet: (ids) =>
        `SELECT DISTINCT d.rowid AS seq FROM entity_documents ed JOIN documents d ON d.id = ed.document_id
         WHERE ed.entity_id IN (SELECT value FROM json_each(${param(JSON.stringify(ids))}))`,
      condition: (filter) => fieldCondition(filter, param),
      documentsWhere: (conditions) => `SELECT d.rowid AS seq FROM documents d WHERE ${conditions.join(' AND ')}`,
      narrowed: (set, conditions) =>
        `SELECT d.rowid AS seq FROM (${set}) AS m JOIN documents d ON d.rowid = m.seq WHERE ${conditions.join(' AND ')}`,
    };
    const ranked = sort === 'relevance' && plan.marks.length > 0;
    const BM25 = 'bm25(documents_fts, 4.0, 1.0, 1.0)';
    let scored: string;
    if (plan.root.kind === 'text') {
      // Words alone (the usual query): one full-text match finds and ranks.
      const rank = ranked ? BM25 : '0';
      scored = `SELECT rowid AS seq, ${rank} AS score FROM documents_fts WHERE documents_fts MATCH ${param(ftsExpression(plan.root.expr))}`;
    } else if (ranked) {
      // bm25 is only known inside a MATCH of its own: the searched words are matched once more
      // (materialised, so once) and joined; a document found by its entity links alone scores 0.
      const matched = compileSet(plan.root, dialect);
      scored = `WITH ranked(seq, score) AS MATERIALIZED (SELECT rowid, ${BM25} FROM documents_fts
          WHERE documents_fts MATCH ${param(ftsExpression(orExpr(plan.marks)))})
        SELECT m.seq, COALESCE(r.score, 0) AS score FROM (${matched}) AS m LEFT JOIN ranked r ON r.seq = m.seq`;
    } else {
      scored = `SELECT seq, 0 AS score FROM (${compileSet(plan.root, dialect)})`;
    }
    const groups = `WITH scored(seq, score) AS (${scored}),
      hits AS (
        SELECT g.seq, g.grp, g.published, s.score FROM scored s JOIN search_groups g ON g.seq = s.seq
      ),
      groups AS (
        SELECT seq, published,
          ROW_NUMBER() OVER (PARTITION BY grp ORDER BY published ASC NULLS LAST, seq) AS place,
          MIN(score) OVER (PARTITION BY grp) AS best,
          COUNT(*) OVER (PARTITION BY grp) AS members,
          json_group_array(seq) OVER (PARTITION BY grp) AS member_seqs
        FROM hits
      )`;
    const order = sort === 'date' ? 'published DESC NULLS LAST, seq DESC' : 'best, published DESC NULLS LAST, seq';
    const rows = this.db
      .prepare(
        `${groups} SELECT seq, best, member_seqs, COUNT(*) OVER () AS total, SUM(members) OVER () AS documents
         FROM groups WHERE place = 1 ORDER BY ${order} LIMIT ${param(page.limit)} OFFSET ${param(page.offset)}`,
      )
      .all(params) as Row[];
    let totals = { total: Number(rows[0]?.total ?? 0), documents: Number(rows[0]?.documents ?? 0) };
    if (rows.length === 0 && page.offset > 0) {
      const counts = this.db
        .prepare(`${groups} SELECT COUNT(*) AS total, COALESCE(SUM(members), 0) AS documents FROM groups WHERE place = 1`)
        .get(params) as Row;
      totals = { total: Number(counts.total), documents: Number(counts.documents) };
    }
    const heads: GroupHead[] = rows.map((row) => ({
      seq: row.seq as number,
      score: Number(row.best),
      others: (JSON.parse(row.member_seqs as string) as number[]).filter((seq) => seq !== row.seq),
    }));
    const documents = this.db
      .prepare(
        `SELECT rowid AS seq, id, title, outlet, language, published, source, text FROM documents
         WHERE rowid IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(pageSeqs(heads))) as DocumentRow[];
    return { ...totals, rows: hitRows(heads, new Map(documents.map((doc) => [doc.seq, doc]))) };
  }

  #withNames(rows: EntityRow[]): Map<string, SearchEntity> {
    const ids = [...new Set(rows.map((row) => row.id))];
    const names = ids.length
      ? (this.db
          .prepare(
            `SELECT entity_id, key FROM entity_search_keys WHERE whole = 1 AND entity_id IN (SELECT value FROM json_each(?))
             ORDER BY entity_id, key`,
          )
          .all(JSON.stringify(ids)) as { entity_id: string; key: string }[])
      : [];
    return searchEntities(rows, names);
  }
}
