import type { TextExpr } from '../../search/text-expr.ts';

/**
 * Full-text search on PostgreSQL with Warta's own stems. Title, text and stems are folded as
 * src/search/words.ts folds them and indexed under the `simple` configuration, which changes them
 * no further: PostgreSQL's Indonesian stemmer would only add a second, worse morphology.
 */
export { searchableText } from '../../search/words.ts';

/** A lexeme of folded letters and digits, quoted (the escapes are for safety: folding leaves no quote). */
const lexeme = (word: string): string => `'${word.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;

/**
 * A text expression as a `to_tsquery('simple', …)` string with the meaning of its FTS5 rendering
 * (src/store/sqlite/fts-query.ts): a word matches title or text as written (weights A and B) or a
 * stem among the stems (C); prefixes and phrases match title and text.
 */
export function tsQueryText(expr: TextExpr): string {
  switch (expr.op) {
    case 'word':
      return `(${[`${lexeme(expr.word)}:AB`, ...expr.stems.map((s) => `${lexeme(s)}:C`)].join(' | ')})`;
    case 'prefix':
      return `${lexeme(expr.prefix)}:*AB`;
    case 'phrase':
      return `(${expr.words.map((w) => `${lexeme(w)}:AB`).join(' <-> ')})`;
    case 'or':
      return `(${expr.any.map(tsQueryText).join(' | ')})`;
    case 'and':
      return `(${[...expr.all.map(tsQueryText), ...expr.none.map((n) => `!${tsQueryText(n)}`)].join(' & ')})`;
  }
}
