import { createHash } from 'node:crypto';
import type pg from 'pg';

/** A pool or one client of it: anything that runs a query. */
export type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

type Row = Record<string, unknown>;

const names = new Map<string, string>();

/**
 * Every statement goes by a name derived from its text, so each connection parses and plans it
 * once (the statements are fixed texts: values always travel as parameters, lists as arrays).
 */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `warta_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

export async function select<R extends Row = Row>(db: Queryable, text: string, values: unknown[] = []): Promise<R[]> {
  const result = await db.query<R>({ name: statementName(text), text, values });
  return result.rows;
}

/** Runs a write and returns how many rows it touched. */
export async function run(db: Queryable, text: string, values: unknown[] = []): Promise<number> {
  const result = await db.query({ name: statementName(text), text, values });
  return result.rowCount ?? 0;
}

/** Numbered placeholders for a statement whose conditions depend on the query. */
export class Params {
  readonly values: unknown[] = [];

  /** The placeholder of one more value. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The last item given for each key: what a loop of INSERT OR REPLACE would have left. */
export function lastByKey<T>(items: Iterable<T>, key: (item: T) => string): T[] {
  const last = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    last.delete(k);
    last.set(k, item);
  }
  return [...last.values()];
}

/** Rows per statement for the array-bound writes: keeps each statement well below any size limit. */
const ROWS_PER_STATEMENT = 10_000;

/**
 * Runs a write whose rows come in as parallel arrays (`unnest($1::text[], $2::int[], …)`), one
 * statement per slice of rows: a batch's thousands of postings or term counts cost a few round
 * trips, not one each. `pick` gives a row's values in the order of the arrays; `extra` values
 * follow the arrays' parameters.
 */
export async function runRows<T>(
  db: Queryable,
  text: string,
  rows: readonly T[],
  pick: (row: T) => unknown[],
  extra: unknown[] = [],
): Promise<void> {
  for (let at = 0; at < rows.length; at += ROWS_PER_STATEMENT) {
    const slice = rows.slice(at, at + ROWS_PER_STATEMENT);
    const arrays: unknown[][] = pick(slice[0]!).map(() => []);
    for (const row of slice) pick(row).forEach((value, i) => arrays[i]!.push(value));
    await run(db, text, [...arrays, ...extra]);
  }
}

/** PostgreSQL text cannot hold NUL: a copy kept only for search and filters drops it. */
export function withoutNul(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
}
