/**
 * Typo tolerance for entity names: trigrams find the candidate names cheaply (an index lookup in
 * either store), then an edit distance decides. Both stores use these functions, so a typo finds
 * the same entity on SQLite and on PostgreSQL.
 */

/** The trigrams of a folded key, padded as pg_trgm pads words: "  putin " → "  p", " pu", "put", …, "in ". */
export function trigrams(key: string): string[] {
  const chars = Array.from(`  ${key} `);
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars.slice(i, i + 3).join(''));
  return [...grams];
}

/**
 * Edits a typo may have: none under four letters (too many short names sit one edit apart: "as",
 * "ai", "au"), one up to seven letters, two beyond.
 */
export function allowedEdits(key: string): number {
  const length = Array.from(key).length;
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two
 * neighbours: "Valdimir" is one edit from "Vladimir"), or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let before = new Array<number>(t.length + 1).fill(0);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = new Array<number>(t.length + 1).fill(0);
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[t.length]!, max + 1);
}
