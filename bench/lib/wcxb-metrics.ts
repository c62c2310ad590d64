/**
 * Scoring rules of the WCXB benchmark, as printed with the results:
 * - body: bag-of-words precision/recall/F1 per page. Words are maximal runs of Unicode letters,
 *   digits and `_` in the lower-cased text (Python's `re.findall(r'\w+', s.lower())`, as the
 *   upstream `evaluate.py` does); counts matter (multiset overlap). Averaged over pages (macro).
 * - title: correct when the normalised strings are equal or their word F1 is at least 0.9.
 * - author: correct when the normalised names are equal, their word F1 is at least 0.8, or one
 *   holds the other as a contiguous run of at least two words (credentials, co-authors).
 * - date: correct when the predicted value falls on the gold calendar day (or month, when the
 *   gold value is only a month), read from the ISO prefix without any time-zone shift.
 */

export interface BodyScore {
  precision: number;
  recall: number;
  f1: number;
}

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
}

function countWords(list: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of list) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function overlapF1(predicted: string[], reference: string[]): BodyScore {
  if (reference.length === 0) {
    const perfect = predicted.length === 0 ? 1 : 0;
    return { precision: perfect, recall: perfect, f1: perfect };
  }
  if (predicted.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const referenceCounts = countWords(reference);
  let overlap = 0;
  for (const [word, count] of countWords(predicted)) {
    overlap += Math.min(count, referenceCounts.get(word) ?? 0);
  }
  const precision = overlap / predicted.length;
  const recall = overlap / reference.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function bodyScore(predicted: string, reference: string): BodyScore {
  return overlapF1(words(predicted), words(reference));
}

function normalise(text: string): string {
  return words(text.normalize('NFKC')).join(' ');
}

export function titleMatches(predicted: string | null, gold: string): boolean {
  if (predicted === null) return false;
  const a = normalise(predicted);
  const b = normalise(gold);
  return a === b || overlapF1(words(a), words(b)).f1 >= 0.9;
}

function nameWords(text: string): string[] {
  return words(text.normalize('NFKD').replace(/\p{M}/gu, '')).filter((word) => word !== 'by');
}

function containsRun(haystack: string[], needle: string[]): boolean {
  if (needle.length < 2 || needle.length > haystack.length) return false;
  return ` ${haystack.join(' ')} `.includes(` ${needle.join(' ')} `);
}

export function authorMatches(predicted: string | null, gold: string): boolean {
  if (predicted === null) return false;
  const a = nameWords(predicted);
  const b = nameWords(gold);
  if (a.length === 0) return false;
  if (a.join(' ') === b.join(' ')) return true;
  return overlapF1(a, b).f1 >= 0.8 || containsRun(a, b) || containsRun(b, a);
}

/** `YYYY-MM-DD` (or `YYYY-MM`) at the start of an ISO-like value, else a date parsed by Date. */
function calendarPrefix(value: string, length: number): string | null {
  const iso = /^\d{4}-\d{2}(?:-\d{2})?/.exec(value.trim());
  if (iso && iso[0].length >= length) return iso[0].slice(0, length);
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, length);
}

export function dateMatches(predicted: string | null, gold: string): boolean {
  if (predicted === null) return false;
  const length = /^\d{4}-\d{2}-\d{2}/.test(gold) ? 10 : 7;
  return calendarPrefix(predicted, length) === gold.slice(0, length);
}
