/**
 * Full-text search on PostgreSQL with Warta's own stems. The words of title, text and stems are
 * folded here (NFKC, lower case, diacritics removed, split on anything but letters and digits, as
 * SQLite's unicode61 tokenizer does) and indexed under the `simple` configuration, which changes
 * them no further: PostgreSQL's Indonesian stemmer would only add a second, worse morphology.
 */

const MAX_QUERY_WORDS = 32;

/** The searchable words of a text, folded the same way for the index and for queries. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** The folded words as one string of single spaces: what `to_tsvector('simple', …)` reads. */
export function searchableText(text: string): string {
  return searchWords(text).join(' ');
}

/**
 * Turns a person's query into a `to_tsquery('simple', …)` string with the meaning of
 * `buildFtsQuery` (src/store/sqlite/fts-query.ts): every word must match, either as a prefix of a
 * word of the title or text (weights A and B) or as its stem among the stems (weight C). The
 * query's own punctuation never reaches the parser: words hold letters and digits only, quoted.
 * Null when the query has no words.
 */
export function buildTsQuery(query: string, stem: (text: string) => string): string | null {
  const words = searchWords(query).slice(0, MAX_QUERY_WORDS);
  if (words.length === 0) return null;
  return words
    .map((word) => {
      const alternatives = [`'${word}':*AB`];
      const stemmed = searchWords(stem(word))[0];
      if (stemmed) alternatives.push(`'${stemmed}':C`);
      return `(${alternatives.join(' | ')})`;
    })
    .join(' & ');
}
