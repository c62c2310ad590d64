import { queryStems } from './stems.ts';

/**
 * What a full-text index is asked, whatever the backend: SQLite renders it as an FTS5 MATCH
 * expression, PostgreSQL as a tsquery. Every word in it is folded (letters and digits only), so
 * rendering never has to escape the user's text.
 */
export type TextExpr =
  /** A word as written in the title or text, or one of its stems among the stems. */
  | { op: 'word'; word: string; stems: string[] }
  /** Words of the title or text that start with `prefix`. */
  | { op: 'prefix'; prefix: string }
  /** These words in this order in the title or the text, exactly (one word: exactly that word). */
  | { op: 'phrase'; words: string[] }
  /** Every one of `all` and none of `none`. */
  | { op: 'and'; all: TextExpr[]; none: TextExpr[] }
  | { op: 'or'; any: TextExpr[] };

/** A plain word, matched on its stems too. */
export function wordExpr(word: string, language?: string): TextExpr {
  return { op: 'word', word, stems: queryStems(word, language) };
}

/** A name of one word is a word (stems and all); a longer one a phrase. */
export function nameExpr(words: string[], language?: string): TextExpr {
  return words.length === 1 ? wordExpr(words[0]!, language) : { op: 'phrase', words };
}

export function orExpr(any: TextExpr[]): TextExpr {
  const flat = any.flatMap((e) => (e.op === 'or' ? e.any : [e]));
  return flat.length === 1 ? flat[0]! : { op: 'or', any: flat };
}

/** The words, prefixes and phrases a text expression looks for, outside its exclusions. */
export function positiveLeaves(expr: TextExpr): Exclude<TextExpr, { op: 'and' | 'or' }>[] {
  switch (expr.op) {
    case 'and':
      return expr.all.flatMap(positiveLeaves);
    case 'or':
      return expr.any.flatMap(positiveLeaves);
    default:
      return [expr];
  }
}
