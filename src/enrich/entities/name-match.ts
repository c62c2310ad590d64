import { foldToken } from './name-key.ts';

/**
 * How two names relate, token by token. Tokens are `normalizeToken` forms. The rules are strict on
 * purpose: different given names ("Kim Jong Un" / "Kim Yo Jong") never match; a spelling slip is
 * tolerated in one token only when every other token is the same.
 */

export type TokenRelation = 'same' | 'transliteration' | 'spelling' | 'initial';

/** Optimal string alignment distance (edits and adjacent swaps), stopping early above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** A slip of the keyboard: same first letter, one edit in words of 5+ letters, two in words of 9+. */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0]) return false;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  const limit = shorter >= 9 ? 2 : 1;
  return editDistance(a, b, limit) <= limit;
}

export function tokenRelation(a: string, b: string): TokenRelation | null {
  if (a === b) return 'same';
  if (foldToken(a) === foldToken(b)) return 'transliteration';
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return 'initial';
  if (isSpellingVariant(a, b)) return 'spelling';
  return null;
}

export interface NameRelation {
  /** The weakest token relation used. */
  relation: TokenRelation;
  /** Which tokens differed, for the evidence: `sergey ~ sergei`. */
  detail: string;
}

const STRENGTH: Record<TokenRelation, number> = { same: 0, transliteration: 1, initial: 2, spelling: 3 };

function combine(pairs: Array<[string, string, TokenRelation]>): NameRelation {
  let relation: TokenRelation = 'same';
  const details: string[] = [];
  for (const [a, b, r] of pairs) {
    if (STRENGTH[r] > STRENGTH[relation]) relation = r;
    if (r !== 'same') details.push(`${a} ~ ${b}`);
  }
  return { relation, detail: details.join(', ') };
}

/**
 * Two names of the same length that name the same thing: every token the same or a
 * transliteration variant, at most one spelling slip, and initials only when `allowInitials`.
 */
export function sameLengthNameRelation(
  a: readonly string[],
  b: readonly string[],
  allowInitials: boolean,
): NameRelation | null {
  if (a.length !== b.length || a.length === 0) return null;
  const pairs: Array<[string, string, TokenRelation]> = [];
  let slips = 0;
  for (let i = 0; i < a.length; i++) {
    const relation = tokenRelation(a[i]!, b[i]!);
    if (!relation) return null;
    if (relation === 'initial' && !allowInitials) return null;
    if (relation === 'spelling' || relation === 'initial') slips++;
    pairs.push([a[i]!, b[i]!, relation]);
  }
  if (slips > 1 || (slips === 1 && a.length < 2)) return null;
  return combine(pairs);
}

/**
 * Personal names of different lengths that can name one person ("Sergei Viktorovich Lavrov" /
 * "Sergey Lavrov"): first and last tokens match, and the shorter name's middle tokens occur in order.
 */
export function personNameRelation(a: readonly string[], b: readonly string[]): NameRelation | null {
  if (a.length === b.length) return sameLengthNameRelation(a, b, true);
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  if (shorter.length < 2) return null;
  const first = tokenRelation(shorter[0]!, longer[0]!);
  const last = tokenRelation(shorter.at(-1)!, longer.at(-1)!);
  if (!first || !last || first === 'spelling' || last === 'spelling') return null;
  const pairs: Array<[string, string, TokenRelation]> = [
    [shorter[0]!, longer[0]!, first],
    [shorter.at(-1)!, longer.at(-1)!, last],
  ];
  let at = 1;
  for (const token of shorter.slice(1, -1)) {
    while (at < longer.length - 1 && !tokenRelation(token, longer[at]!)) at++;
    if (at >= longer.length - 1) return null;
    pairs.push([token, longer[at]!, tokenRelation(token, longer[at]!)!]);
    at++;
  }
  return combine(pairs);
}

/** Is `short` the start or the end of `full` (Putin of Vladimir Putin, Kim of Kim Jong Un)? */
export function shortFormPosition(
  short: readonly string[],
  full: readonly string[],
): 'first' | 'last' | null {
  if (short.length === 0 || short.length >= full.length) return null;
  const matches = (offset: number) =>
    short.every((token, i) => {
      const relation = tokenRelation(token, full[offset + i]!);
      return relation === 'same' || relation === 'transliteration';
    });
  if (matches(full.length - short.length)) return 'last';
  if (matches(0)) return 'first';
  return null;
}
