import type { EntityLexicon } from './lexicon.ts';
import { joinsName, type Word } from './text-words.ts';

/** A role or honorific found in the words of a document. */
export interface RoleHit {
  role: string;
  firstWord: number;
  lastWord: number;
  honorific: boolean;
}

/** The keys of words `from`…`to` (cut at the last word), joined by spaces. */
function keyOf(words: readonly Word[], from: number, to: number): string {
  const last = Math.min(to, words.length - 1);
  if (from > last) return '';
  let key = words[from]!.key;
  for (let i = from + 1; i <= last; i++) key += ` ${words[i]!.key}`;
  return key;
}

/** The first and last words of the role keys: a role can only start or end at one of them. */
interface RoleEdges {
  first: Set<string>;
  last: Set<string>;
}

const roleEdgesCache = new WeakMap<ReadonlyMap<string, string>, RoleEdges>();

function roleEdges(lexicon: EntityLexicon): RoleEdges {
  let edges = roleEdgesCache.get(lexicon.roles);
  if (!edges) {
    edges = { first: new Set(), last: new Set() };
    for (const key of lexicon.roles.keys()) {
      edges.first.add(key.slice(0, key.includes(' ') ? key.indexOf(' ') : key.length));
      edges.last.add(key.slice(key.lastIndexOf(' ') + 1));
    }
    roleEdgesCache.set(lexicon.roles, edges);
  }
  return edges;
}

/**
 * Whether a role key could start (or end) with this word. Roles are looked for at every word of
 * every name, and most words are no role's edge: this saves building the keys to look up.
 */
function mayBeRoleEdge(edge: Set<string>, word: Word): boolean {
  return edge.has(word.key) || word.key.includes(' ');
}

function connected(text: string, words: readonly Word[], from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i++) {
    const gap = text.slice(words[i - 1]!.end, words[i]!.start);
    if (!joinsName(text, words[i - 1]!, words[i]!) && gap !== '. ') return false;
  }
  return true;
}

function withModifier(text: string, words: readonly Word[], hit: RoleHit, lexicon: EntityLexicon): RoleHit {
  for (let size = 2; size >= 1; size--) {
    const from = hit.firstWord - size;
    if (from < 0 || !connected(text, words, from, hit.firstWord)) continue;
    const modifier = lexicon.roleModifiers.get(keyOf(words, from, hit.firstWord - 1));
    if (modifier) return { ...hit, role: `${modifier} ${hit.role}`, firstWord: from };
  }
  return hit;
}

/** The longest role that starts at word `at` (a modifier such as "mantan" may come first). */
export function roleStartingAt(
  text: string,
  words: readonly Word[],
  at: number,
  lexicon: EntityLexicon,
  limit = words.length - 1,
): RoleHit | null {
  const edges = roleEdges(lexicon);
  for (const skip of [0, 1, 2]) {
    const head = at + skip;
    if (skip > 0) {
      const modifier = lexicon.roleModifiers.get(keyOf(words, at, head - 1));
      if (!modifier) continue;
    }
    if (head >= words.length || !mayBeRoleEdge(edges.first, words[head]!)) continue;
    for (let last = Math.min(limit, head + lexicon.maxRoleTokens - 1); last >= head; last--) {
      if (!mayBeRoleEdge(edges.last, words[last]!)) continue;
      if (!connected(text, words, at, last)) continue;
      const key = keyOf(words, head, last);
      const role = lexicon.roles.get(key);
      if (!role) continue;
      const hit: RoleHit = { role, firstWord: head, lastWord: last, honorific: lexicon.honorifics.has(key) };
      return skip === 0 ? hit : withModifier(text, words, hit, lexicon);
    }
  }
  return null;
}

/** The longest role that ends at word `at`. */
export function roleEndingAt(
  text: string,
  words: readonly Word[],
  at: number,
  lexicon: EntityLexicon,
): RoleHit | null {
  const edges = roleEdges(lexicon);
  if (!mayBeRoleEdge(edges.last, words[at]!)) return null;
  for (let first = Math.max(0, at - lexicon.maxRoleTokens + 1); first <= at; first++) {
    if (!mayBeRoleEdge(edges.first, words[first]!)) continue;
    if (!connected(text, words, first, at)) continue;
    const key = keyOf(words, first, at);
    const role = lexicon.roles.get(key);
    if (role) {
      const hit: RoleHit = { role, firstWord: first, lastWord: at, honorific: lexicon.honorifics.has(key) };
      return withModifier(text, words, hit, lexicon);
    }
  }
  return null;
}

function isPortfolioWord(word: Word): boolean {
  return /^\p{Lu}/u.test(word.surface) || word.key === 'dan';
}

/**
 * A role head followed by its portfolio, ending at word `at`: "Menteri Koordinator Bidang
 * Perekonomian". The portfolio is up to five capitalised words (or "dan"); the role keeps its words.
 */
export function portfolioRoleEndingAt(
  text: string,
  words: readonly Word[],
  at: number,
  lexicon: EntityLexicon,
): RoleHit | null {
  for (let first = at; first >= Math.max(1, at - 4); first--) {
    const word = words[first]!;
    if (!isPortfolioWord(word) || !joinsName(text, words[first - 1]!, word)) return null;
    for (const size of [2, 1]) {
      const headStart = first - size;
      if (headStart < 0 || !connected(text, words, headStart, first - 1)) continue;
      if (!lexicon.portfolioHeads.has(keyOf(words, headStart, first - 1))) continue;
      const role = text.slice(words[headStart]!.start, words[at]!.end).replace(/\s+/g, ' ');
      const hit: RoleHit = {
        role: role.charAt(0).toUpperCase() + role.slice(1),
        firstWord: headStart,
        lastWord: at,
        honorific: false,
      };
      return withModifier(text, words, hit, lexicon);
    }
  }
  return null;
}
