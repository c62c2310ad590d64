import type { EntityLexicon } from './lexicon.ts';
import { portfolioRoleEndingAt, roleEndingAt, roleStartingAt } from './role-match.ts';
import { joinsName, type Word, wordIndexAt } from './text-words.ts';
import type { NameMention } from './types.ts';

/**
 * Roles written around a person's name in the text: before it, possibly with a place or an
 * organisation in between ("Presiden Rusia Vladimir Putin", "Menteri Luar Negeri Rusia, Sergey
 * Lavrov", "juru bicara Dewan Keamanan Nasional Gedung Putih John Kirby"), or after it as an
 * apposition ("Kim Jong Un, Pemimpin Korea Utara,").
 */

interface Layout {
  text: string;
  words: readonly Word[];
  lexicon: EntityLexicon;
  /** Mentions by the offset where they end / start. */
  endingAt: Map<number, NameMention>;
  startingAt: Map<number, NameMention>;
}

const MAX_QUALIFIERS = 2;

function separatedByCommaOrSpace(text: string, left: Word, right: Word): boolean {
  const gap = text.slice(left.end, right.start);
  return gap === ' ' || gap === ', ' || joinsName(text, left, right);
}

function rolesBefore(layout: Layout, mention: NameMention): string[] {
  const { text, words, lexicon, endingAt } = layout;
  const roles: string[] = [];
  let at = wordIndexAt(words, mention.start) - 1;
  let qualifiers = 0;
  while (at >= 0 && separatedByCommaOrSpace(text, words[at]!, words[at + 1]!)) {
    const qualifier = endingAt.get(words[at]!.end);
    if (qualifier && qualifier.type !== 'PER' && qualifiers < MAX_QUALIFIERS && roles.length === 0) {
      qualifiers++;
      at = wordIndexAt(words, qualifier.start) - 1;
      continue;
    }
    if (qualifier) break;
    const hit =
      roleEndingAt(text, words, at, lexicon) ??
      (roles.length === 0 ? portfolioRoleEndingAt(text, words, at, lexicon) : null);
    if (!hit || (roles.length > 0 && !hit.honorific)) break;
    roles.unshift(hit.role);
    at = hit.firstWord - 1;
  }
  return roles;
}

function roleAfter(layout: Layout, mention: NameMention): string | null {
  const { text, words, lexicon, startingAt } = layout;
  const next = wordIndexAt(words, mention.end);
  if (next >= words.length || text.slice(mention.end, words[next]!.start) !== ', ') return null;
  const hit = roleStartingAt(text, words, next, lexicon);
  if (!hit || hit.honorific) return null;
  let after = hit.lastWord + 1;
  for (let skipped = 0; skipped < MAX_QUALIFIERS && after < words.length; skipped++) {
    const qualifier = startingAt.get(words[after]!.start);
    if (!qualifier || qualifier.type === 'PER') break;
    after = wordIndexAt(words, qualifier.end);
  }
  const following = words[after];
  // "Putin, Presiden AS Donald Trump, …": the role belongs to the next person, not to this one.
  const nextPerson = following ? startingAt.get(following.start) : undefined;
  if (nextPerson?.type === 'PER' && text.slice(words[after - 1]!.end, following!.start).trim() === '')
    return null;
  return hit.role;
}

/** Adds the roles found around each personal-name mention to its `roles`. */
export function attachContextRoles(
  text: string,
  words: readonly Word[],
  mentions: readonly NameMention[],
  lexicon: EntityLexicon,
): void {
  const layout: Layout = {
    text,
    words,
    lexicon,
    endingAt: new Map(mentions.map((m) => [m.end, m])),
    startingAt: new Map(mentions.map((m) => [m.start, m])),
  };
  for (const mention of mentions) {
    if (mention.type !== 'PER') continue;
    const found = [...rolesBefore(layout, mention)];
    const after = roleAfter(layout, mention);
    if (after) found.push(after);
    for (const role of found) if (!mention.roles.includes(role)) mention.roles.push(role);
  }
}
