import type { AliasTable } from './alias-table.ts';
import type { EntityLexicon } from './lexicon.ts';
import { initialsOf, isAcronym, nameKey, nameKeyTokens, nameTokens } from './name-key.ts';
import type { NameMention } from './types.ts';

/**
 * Short forms the text itself defines with parentheses: "Kantor Berita Pusat Korea (KCNA)",
 * "Korea Selatan (Korsel)", and the other way round, "KCNA (Kantor Berita Pusat Korea)".
 */

export interface TextAlias {
  full: NameMention;
  short: NameMention;
  /** The words as written, e.g. `Korea Selatan (Korsel)`. */
  evidence: string;
}

const PARENTHESIS = /^ ?\(([^()\n]{1,60})\)/u;
const NAME_LIKE =
  /^\p{Lu}[\p{L}\p{N}.&'’-]*(?: [\p{Lu}][\p{L}\p{N}.&'’-]*| (?:dan|dari|untuk|of|and)){0,6}$/u;

/**
 * A short form is shorter than its name ("Korea Selatan (Korsel)"), or an acronym of a name of
 * several words, not much longer than the name has words ("Kantor Berita Pusat Korea (KCNA)");
 * a longer name in parentheses expands an acronym with its initials ("KCNA (Korean Central News
 * Agency)"). A person's short form must come from the name: its initials ("(SBY)") or the start of
 * one of its words ("Joko Widodo (Jokowi)"); "(Golkar)", "(Ducati)", "(JPN)" after a person are
 * affiliations. "Spanyol (La Liga)" and "Indonesia (KJRI)" fit nothing.
 */
function shapeFits(full: NameMention, inner: string, lexicon: EntityLexicon): boolean {
  const nameWords = nameKeyTokens(full.text);
  const innerWords = nameKeyTokens(inner);
  const letters = innerWords.join('');
  if (letters.length < 2) return false;
  if (isAcronym(full.text) && !isAcronym(inner)) {
    const acronym = nameKeyTokens(full.text).join('');
    return innerWords.length >= 2 && initialsOf(inner, lexicon.acronymFunctionWords).includes(acronym);
  }
  if (full.type === 'PER') {
    if (isAcronym(inner)) return initialsOf(full.text, lexicon.acronymFunctionWords).includes(letters);
    return innerWords.length === 1 && nameWords.some((word) => word.slice(0, 3) === letters.slice(0, 3));
  }
  if (isAcronym(inner)) return nameWords.length >= 2 && letters.length <= nameWords.length + 1;
  return innerWords.length < nameWords.length;
}

function plausible(
  full: NameMention,
  inner: string,
  at: number,
  mentions: readonly NameMention[],
  table: AliasTable,
  lexicon: EntityLexicon,
): boolean {
  const key = nameKey(inner);
  if (!NAME_LIKE.test(inner) || !/^\p{Lu}/u.test(full.text) || key === '' || key === nameKey(full.text))
    return false;
  if (!shapeFits(full, inner, lexicon)) return false;
  if (lexicon.notAnAlias.has(key) || lexicon.roles.has(key)) return false;
  const knownType = table.lookup(inner)?.type ?? null;
  if (knownType && knownType !== full.type) return false;
  const other = mentions.find((m) => m.start < at + inner.length && m.end > at);
  if (!other) return true;
  const exact = other.start === at && other.end === at + inner.length;
  return exact && (other.type === full.type || knownType === full.type);
}

/** "JAKARTA (ANTARA) -": a dateline names the place and the agency, not one thing twice. */
function isDateline(text: string, full: NameMention, closeAt: number): boolean {
  const lineStart = text.lastIndexOf('\n', full.start - 1) + 1;
  return (
    text.slice(lineStart, full.start).trim() === '' && /^\s*[-–—]/u.test(text.slice(closeAt, closeAt + 3))
  );
}

function shortMention(
  text: string,
  at: number,
  inner: string,
  full: NameMention,
  mentions: readonly NameMention[],
) {
  const existing = mentions.find((m) => m.start === at && m.end === at + inner.length);
  const base: NameMention = existing ?? {
    start: at,
    end: at + inner.length,
    text: text.slice(at, at + inner.length),
    type: full.type,
    origin: 'text',
    roles: [],
  };
  return { ...base, type: full.type };
}

/** Finds the definitions; returns them with the short-form mentions (new ones have origin `text`). */
export function findParentheticalAliases(
  text: string,
  mentions: readonly NameMention[],
  table: AliasTable,
  lexicon: EntityLexicon,
): TextAlias[] {
  const found: TextAlias[] = [];
  for (const mention of mentions) {
    const after = PARENTHESIS.exec(text.slice(mention.end, mention.end + 64));
    if (!after) continue;
    const inner = after[1]!.trim();
    const at = mention.end + after[0].indexOf(inner);
    if (!plausible(mention, inner, at, mentions, table, lexicon)) continue;
    if (isDateline(text, mention, mention.end + after[0].length)) continue;
    const evidence = text.slice(mention.start, mention.end + after[0].length);
    const innerMention = shortMention(text, at, inner, mention, mentions);
    const mentionIsShort = isAcronym(mention.text) && !isAcronym(inner) && nameTokens(inner).length >= 2;
    if (mentionIsShort) found.push({ full: innerMention, short: mention, evidence });
    else found.push({ full: mention, short: innerMention, evidence });
  }
  return found;
}
