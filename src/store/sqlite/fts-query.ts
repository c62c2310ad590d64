import type { TextExpr } from '../../search/text-expr.ts';

/**
 * A text expression as an FTS5 MATCH string. Every word is a quoted string of letters and digits
 * (the planner folded it), so nothing of the user's text is ever read as FTS5 syntax. A word
 * matches its surface form in title or text, or one of its stems in the stems column; prefixes
 * and phrases match the title and text as written.
 */
const quote = (word: string): string => `"${word.replaceAll('"', '""')}"`;
const SURFACE = '{title text}';

export function ftsExpression(expr: TextExpr): string {
  switch (expr.op) {
    case 'word':
      return `(${[`${SURFACE} : ${quote(expr.word)}`, ...expr.stems.map((s) => `stems : ${quote(s)}`)].join(' OR ')})`;
    case 'prefix':
      return `(${SURFACE} : ${quote(expr.prefix)}*)`;
    case 'phrase':
      return `(${SURFACE} : ${expr.words.map(quote).join(' + ')})`;
    case 'or':
      return `(${expr.any.map(ftsExpression).join(' OR ')})`;
    case 'and': {
      const all = expr.all.map(ftsExpression).join(' AND ');
      if (expr.none.length === 0) return `(${all})`;
      return `((${all}) NOT (${expr.none.map(ftsExpression).join(' OR ')}))`;
    }
  }
}
