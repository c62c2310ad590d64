import { trigrams } from '../../search/fuzzy.ts';
import type { SearchEntity, SearchPlan, SimilarKey } from '../../search/plan.ts';
import type { HitRow, SearchBackend } from '../../search/run-search.ts';
import { orExpr, type TextExpr } from '../../search/text-expr.ts';
import { searchWords } from '../../search/words.ts';
import { compileSet, fieldCondition, type SetDialect } from '../search-sets.ts';
import { type DocumentRow, type EntityRow, type GroupHead, hitRows, pageSeqs, searchEntities } from '../search-rows.ts';
import type { SearchSort } from '../store.ts';
import { tsQueryText } from './search-text.ts';
import { Params, type Queryable } from './sql.ts';

type Row = Record<string, unknown>;

/** `ts_rank_cd` weights {D, C, B, A}: a title match (A) counts four times a text or stem match, as in SQLite's bm25. */
const RANK_WEIGHTS = '{0.1, 0.25, 0.25, 1.0}';
const SIMILAR_CANDIDATES = 40;

/**
 * Search over one connection, inside the read-only transaction the store opens for it (one
 * snapshot for the lookups, the page and its count). The statements vary with the query, so they
 * go unnamed: a named one would stay prepared on the connection for good.
 */
export class PostgresSearch implements SearchBackend {
  constructor(readonly db: Queryable) {}

  async #rows<R = Row>(text: string, values: unknown[]): Promise<R[]> {
    return (await this.db.query(text, values)).rows as R[];
  }

  async entitiesNamed(keys: string[]): Promise<Map<string, SearchEntity[]>> {
    const rows = await this.#rows<EntityRow & { key: string }>(
      `SELECT k.key, e.id, e.name, e.document_count FROM entity_search_keys k JOIN entities e ON e.id = k.entity_id
       WHERE k.whole AND k.key = ANY($1::text[])`,
      [keys],
    );
    const entities = await this.#withNames(rows);
    const byKey = new Map<string, SearchEntity[]>();
    for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), entities.get(row.id)!]);
    return byKey;
  }

  async entityById(id: string): Promise<SearchEntity | null> {
    const rows = await this.#rows<EntityRow>('SELECT id, name, document_count FROM entities WHERE id = $1', [id]);
    return (await this.#withNames(rows)).get(id) ?? null;
  }

  async similarKeys(key: string, maxEdits: number): Promise<SimilarKey[]> {
    const length = Array.from(key).length;
    const rows = await this.#rows<EntityRow & { key: string; whole: boolean; display: string }>(
      `WITH near AS (
         SELECT t.key, t.entity_id, COUNT(*) AS shared FROM entity_key_trigrams t
         WHERE t.trigram = ANY($1::text[]) AND length(t.key) BETWEEN $2 AND $3
         GROUP BY t.key, t.entity_id ORDER BY shared DESC, t.key LIMIT $4
       )
       SELECT n.key, k.whole, k.display, e.id, e.name, e.document_count FROM near n
       JOIN entity_search_keys k ON k.key = n.key AND k.entity_id = n.entity_id
       JOIN entities e ON e.id = n.entity_id`,
      [trigrams(key), length - maxEdits, length + maxEdits, SIMILAR_CANDIDATES],
    );
    const entities = await this.#withNames(rows);
    return rows.map((row) => ({ key: row.key, whole: row.whole, display: row.display, entity: entities.get(row.id)! }));
  }

  async matchesAny(expr: TextExpr): Promise<boolean> {
    const rows = await this.#rows("SELECT 1 FROM documents WHERE search @@ to_tsquery('simple', $1) LIMIT 1", [
      tsQueryText(expr),
    ]);
    return rows.length > 0;
  }

  async outletsNamed(name: string): Promise<string[]> {
    if ((await this.#rows('SELECT 1 FROM documents WHERE outlet = $1 LIMIT 1', [name])).length) return [name];
    const wanted = searchWords(name).join(' ');
    const rows = await this.#rows<{ outlet: string }>(
      'SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL',
      [],
    );
    return rows.map((row) => row.outlet).filter((outlet) => searchWords(outlet).join(' ') === wanted);
  }

  async hits(
    plan: SearchPlan,
    sort: SearchSort,
    page: { limit: number; offset: number },
  ): Promise<{ total: number; documents: number; rows: HitRow[] }> {
    const params = new Params();
    const param = (value: unknown): string => params.add(value);
    const dialect: SetDialect = {
      param,
      textSet: (expr) => `SELECT seq FROM documents WHERE search @@ to_tsquery('simple', ${param(tsQueryText(expr))})`,
      entitySet: (ids) =>
        `SELECT DISTINCT d.seq FROM entity_documents ed JOIN documents d ON d.id = ed.document_id
         WHERE ed.entity_id = ANY(${param(ids)}::text[])`,
      condition: (filter) => fieldCondition(filter, param),
      documentsWhere: (conditions) => `SELECT d.seq FROM documents d WHERE ${conditions.join(' AND ')}`,
      narrowed: (set, conditions) =>
        `SELECT d.seq FROM (${set}) AS m JOIN documents d ON d.seq = m.seq WHERE ${conditions.join(' AND ')}`,
    };
    const matched = compileSet(plan.root, dialect);
    const ranked = sort === 'relevance' && plan.marks.length > 0;
    // The rank is negated so that lower is better, as SQLite's bm25; 0 when only entity links matched.
    const score = ranked
      ? `-ts_rank_cd('${RANK_WEIGHTS}', d.search, to_tsquery('simple', ${param(tsQueryText(orExpr(plan.marks)))}), 1)`
      : '0';
    const groups = `WITH matched(seq) AS (${matched}),
      hits AS (
        SELECT d.seq, d.id, COALESCE(d.duplicate_of, d.id) AS grp, d.published, (${score})::float8 AS score
        FROM matched m JOIN documents d ON d.seq = m.seq
      ),
      groups AS (
        SELECT seq, published,
          ROW_NUMBER() OVER (PARTITION BY grp ORDER BY published ASC NULLS LAST, seq) AS place,
          MIN(score) OVER byGroup AS best,
          COUNT(*) OVER byGroup AS members,
          array_agg(seq) OVER byGroup AS member_seqs
        FROM hits WINDOW byGroup AS (PARTITION BY grp)
      )`;
    const order = sort === 'date' ? 'published DESC NULLS LAST, seq DESC' : 'best, published DESC NULLS LAST, seq';
    const countValues = [...params.values];
    const rows = await this.#rows(
      `${groups} SELECT seq, best, member_seqs, COUNT(*) OVER () AS total, SUM(members) OVER () AS documents
       FROM groups WHERE place = 1 ORDER BY ${order} LIMIT ${param(page.limit)} OFFSET ${param(page.offset)}`,
      params.values,
    );
    let totals = { total: Number(rows[0]?.total ?? 0), documents: Number(rows[0]?.documents ?? 0) };
    if (rows.length === 0 && page.offset > 0) {
      const [counts] = await this.#rows(
        `${groups} SELECT COUNT(*) AS total, COALESCE(SUM(members), 0) AS documents FROM groups WHERE place = 1`,
        countValues,
      );
      totals = { total: Number(counts?.total ?? 0), documents: Number(counts?.documents ?? 0) };
    }
    const heads: GroupHead[] = rows.map((row) => {
      const seq = Number(row.seq);
      const members = (row.member_seqs as (string | number)[]).map(Number);
      return { seq, score: Number(row.best), others: members.filter((member) => member !== seq) };
    });
    const documents = await this.#rows<DocumentRow>(
      `SELECT seq, id, title, outlet, language, published, source, text FROM documents WHERE seq = ANY($1::bigint[])`,
      [pageSeqs(heads)],
    );
    return {
      ...totals,
      rows: hitRows(heads, new Map(documents.map((doc) => [Number(doc.seq), { ...doc, seq: Number(doc.seq) }]))),
    };
  }

  async #withNames(rows: EntityRow[]): Promise<Map<string, SearchEntity>> {
    const ids = [...new Set(rows.map((row) => row.id))];
    const names = ids.length
      ? await this.#rows<{ entity_id: string; key: string }>(
          'SELECT entity_id, key FROM entity_search_keys WHERE whole AND entity_id = ANY($1::text[]) ORDER BY entity_id, key',
          [ids],
        )
      : [];
    return searchEntities(rows, names);
  }
}
