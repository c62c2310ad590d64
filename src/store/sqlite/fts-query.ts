/**
 * Turns a person's query into an FTS5 MATCH expression. Every term is quoted, so FTS5 syntax in
 * the query (AND, NEAR, column filters, stray quotes) is treated as words, never as operators.
 * Each word matches its surface form in title/text or its stem in the stems column.
 */
export function buildFtsQuery(query: string, stem: (text: string) => string): string | null {
  const words = query
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 32);
  if (words.length === 0) return null;
  const quote = (w: string): string => `"${w.replaceAll('"', '""')}"`;
  return words
    .map((word) => {
      const stemmed = stem(word).trim().split(/\s+/)[0] ?? word;
      const alternatives = [`{title text}: ${quote(word)}*`];
      if (stemmed) alternatives.push(`stems: ${quote(stemmed)}`);
      return `(${alternatives.join(' OR ')})`;
    })
    .join(' AND ');
}
