import type { FieldFilter, PlanNode } from '../search/plan.ts';
import type { TextExpr } from '../search/text-expr.ts';

/**
 * A search plan as SQL that selects the matching documents' sequence numbers (`seq`), by set
 * algebra: AND is INTERSECT, OR is UNION, an exclusion is EXCEPT; filters on columns narrow a
 * set instead of making one. Each leaf is an indexed lookup (full-text match, entity timeline,
 * column index), so no query scans the documents table. SQLite and PostgreSQL share this; each
 * gives its leaves.
 */
export interface SetDialect {
  /** The placeholder of one more bound value. */
  param(value: unknown): string;
  /** `SELECT … AS seq` of the documents whose text matches. */
  textSet(expr: TextExpr): string;
  /** `SELECT … AS seq` of the documents linked to any of the entities. */
  entitySet(ids: string[]): string;
  /** The condition on documents `d` (a column of `d`: an index serves it). */
  condition(filter: FieldFilter): string;
  /** `SELECT … AS seq` of the documents `d` meeting every condition. */
  documentsWhere(conditions: string[]): string;
  /** The members of `set` whose document `d` meets every condition. */
  narrowed(set: string, conditions: string[]): string;
}

/** The upper bound of a "to" date as a string compare: "2025-03" takes in "2025-03-31T23:59" (and "2025"). */
export function toBound(date: string): string {
  return `${date}~`;
}

/** A field filter's condition on `d`, with the given placeholder maker. */
export function fieldCondition(filter: FieldFilter, param: (value: unknown) => string): string {
  switch (filter.field) {
    case 'outlet':
      return `d.outlet IN (${filter.outlets.map(param).join(', ')})`;
    case 'language':
      return `d.language = ${param(filter.language)}`;
    case 'from': {
      // An article dated by its month or year alone is in range when that month or year reaches it.
      const partial = [filter.date.slice(0, 4), filter.date.slice(0, 7)].filter((p, i, all) => p.length < filter.date.length && all.indexOf(p) === i);
      const within = partial.length ? ` OR d.published IN (${partial.map(param).join(', ')})` : '';
      return `(d.published >= ${param(filter.date)}${within})`;
    }
    case 'to':
      return `d.published < ${param(toBound(filter.date))}`;
  }
}

export function compileSet(node: PlanNode, dialect: SetDialect): string {
  let alias = 0;
  const compound = (sets: string[], operator: string): string =>
    sets.length === 1 ? sets[0]! : sets.map((set) => `SELECT seq FROM (${set}) AS s${++alias}`).join(` ${operator} `);

  const compile = (n: PlanNode): string => {
    switch (n.kind) {
      case 'text':
        return dialect.textSet(n.expr);
      case 'entity':
        return dialect.entitySet(n.ids);
      case 'field':
        return dialect.documentsWhere([dialect.condition(n.filter)]);
      case 'nothing':
        return dialect.documentsWhere(['1 = 0']);
      case 'or':
        return compound(n.any.map(compile), 'UNION');
      case 'and': {
        const isField = (c: PlanNode): c is Extract<PlanNode, { kind: 'field' }> => c.kind === 'field';
        // A document of unknown outlet or date is not one of the excluded: NULL counts as false.
        const conditions = [
          ...n.all.filter(isField).map((c) => dialect.condition(c.filter)),
          ...n.none.filter(isField).map((c) => `NOT COALESCE(${dialect.condition(c.filter)}, FALSE)`),
        ];
        const producers = n.all.filter((c) => !isField(c)).map(compile);
        let set: string;
        if (producers.length === 0) set = dialect.documentsWhere(conditions);
        else {
          set = compound(producers, 'INTERSECT');
          if (conditions.length) set = dialect.narrowed(set, conditions);
        }
        const excluded = n.none.filter((c) => !isField(c)).map(compile);
        if (excluded.length === 0) return set;
        return `SELECT seq FROM (${set}) AS s${++alias} EXCEPT SELECT seq FROM (${compound(excluded, 'UNION')}) AS s${++alias}`;
      }
    }
  };
  return compile(node);
}
