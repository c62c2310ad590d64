import type { EntityType } from '../../model/entity.ts';
import type { AliasTable } from './alias-table.ts';
import type { EntityLexicon } from './lexicon.ts';
import { nameKey, nameTokens } from './name-key.ts';
import { roleEndingAt, roleStartingAt } from './role-match.ts';
import { isCapitalized, joinsName, type Word, wordIndexAt } from './text-words.ts';
import type { NameMention, RecognizedSpan } from './types.ts';

/**
 * Turns recognised spans into mentions that cover the name only: titles and roles at the start
 * of a person's span become `roles` ("Presiden Vladimir Putin" → "Vladimir Putin" + Presiden),
 * a place qualifier after a role becomes its own mention ("Presiden Rusia Vladimir Putin"),
 * clitics and degrees go ("Putin-pun" → "Putin"; "Budi, S.H." → "Budi"), and two known names
 * joined by a hyphen are split ("Rusia-Korut").
 */

export interface CleanContext {
  text: string;
  words: readonly Word[];
  lexicon: EntityLexicon;
  table: AliasTable;
  /** `nameKey`s of everything the recogniser found, to recognise parts of hyphenated compounds. */
  knownKeys: ReadonlySet<string>;
}

interface Piece {
  first: number;
  last: number;
  type: EntityType;
  roles: string[];
}

function wordsOf(span: RecognizedSpan, words: readonly Word[]): [number, number] | null {
  const first = wordIndexAt(words, span.start);
  let last = first - 1;
  while (last + 1 < words.length && words[last + 1]!.end <= span.end) last++;
  return last >= first ? [first, last] : null;
}

function gapBefore(ctx: CleanContext, index: number): string {
  return ctx.text.slice(ctx.words[index - 1]!.end, ctx.words[index]!.start);
}

/** Is word `index` glued to the one before it by a hyphen ("Jong-un")? */
function hyphenated(ctx: CleanContext, index: number): boolean {
  return /^[-‐]$/.test(gapBefore(ctx, index));
}

/** "Kim Jong" + "-un": a lower-case word glued by a hyphen continues a personal name (Jae-in, Il-sung), unless it is a clitic. */
function extendHyphenatedName(ctx: CleanContext, piece: Piece): void {
  const { words, lexicon } = ctx;
  while (piece.last + 1 < words.length && hyphenated(ctx, piece.last + 1)) {
    const next = words[piece.last + 1]!;
    if (!/^\p{Ll}/u.test(next.surface) || lexicon.clitics.has(next.key)) break;
    piece.last++;
  }
}

function stripTail(ctx: CleanContext, piece: Piece): void {
  const { words, lexicon } = ctx;
  const anyCapital = words.slice(piece.first, piece.last + 1).some((word) => isCapitalized(word.surface));
  while (piece.last > piece.first && anyCapital && !isCapitalized(words[piece.last]!.surface)) {
    if (hyphenated(ctx, piece.last)) break;
    piece.last--;
  }
  while (piece.last > piece.first) {
    const word = words[piece.last]!;
    const gap = gapBefore(ctx, piece.last);
    if (lexicon.clitics.has(word.key) && /^[-‐]$/.test(gap)) piece.last--;
    else break;
  }
  if (piece.type !== 'PER') return;
  let cut = piece.last;
  while (cut > piece.first && lexicon.degreeSuffixes.has(words[cut]!.key)) cut--;
  for (let at = cut + 1; at <= piece.last; at++) {
    // "Budi, S.H." after a comma, or a dotted degree without one ("Fathur Rokhman M.Hum").
    if (gapBefore(ctx, at).includes(',') || words[at]!.surface.includes('.')) {
      piece.last = at - 1;
      return;
    }
  }
}

function stripPersonEdges(ctx: CleanContext, piece: Piece): Piece[] {
  const { words, lexicon, text } = ctx;
  const extra: Piece[] = [];
  const anyCapital = () =>
    words.slice(piece.first, piece.last + 1).some((word) => isCapitalized(word.surface));
  for (let guard = 0; guard < 6 && piece.first < piece.last; guard++) {
    const role = roleStartingAt(text, words, piece.first, lexicon, piece.last - 1);
    if (role) {
      piece.roles.push(role.role);
      piece.first = role.lastWord + 1;
      const qualifier = knownNameAt(ctx, piece.first, piece.last - 1);
      if (qualifier) {
        extra.push(qualifier);
        piece.first = qualifier.last + 1;
      }
      continue;
    }
    if (anyCapital() && !isCapitalized(words[piece.first]!.surface) && !hyphenated(ctx, piece.first + 1)) {
      piece.first++;
      continue;
    }
    break;
  }
  return extra;
}

/** The longest alias-table name of up to four words starting at `first`, ending by `limit`. */
function knownNameAt(ctx: CleanContext, first: number, limit: number): Piece | null {
  for (let last = Math.min(limit, first + 3); last >= first; last--) {
    if (last > first && !joinsName(ctx.text, ctx.words[last - 1]!, ctx.words[last]!)) continue;
    const surface = ctx.text.slice(ctx.words[first]!.start, ctx.words[last]!.end);
    const match = ctx.table.lookup(surface);
    if (match && match.type !== 'PER') return { first, last, type: match.type ?? 'LOC', roles: [] };
  }
  return null;
}

function isKnown(ctx: CleanContext, first: number, last: number): EntityType | null {
  const surface = ctx.text.slice(ctx.words[first]!.start, ctx.words[last]!.end);
  const match = ctx.table.lookup(surface);
  if (match) return match.type ?? 'LOC';
  return ctx.knownKeys.has(nameKey(surface)) ? 'LOC' : null;
}

/**
 * "Presiden [Rusia Vladimir Putin]" read as one place: after a role, a known place or
 * organisation followed by more capitalised words is the qualifier, and the rest is the person.
 */
function splitQualifiedPerson(ctx: CleanContext, piece: Piece): Piece[] {
  const { words, text, lexicon } = ctx;
  const pair = splitKnownPair(ctx, piece);
  if (pair) return pair;
  if (piece.first === 0 || text.slice(words[piece.first - 1]!.end, words[piece.first]!.start) !== ' ')
    return [piece];
  if (!roleEndingAt(text, words, piece.first - 1, lexicon)) return [piece];
  const qualifier = knownNameAt(ctx, piece.first, piece.last - 1);
  if (!qualifier) return [piece];
  const rest = words.slice(qualifier.last + 1, piece.last + 1);
  if (!isCapitalized(rest[0]!.surface) || ctx.table.lookup(text.slice(rest[0]!.start, rest.at(-1)!.end)))
    return [piece];
  return [qualifier, { first: qualifier.last + 1, last: piece.last, type: 'PER', roles: piece.roles }];
}

/** "Korut KCNA": a known place or organisation followed by another name known on its own. */
function splitKnownPair(ctx: CleanContext, piece: Piece): Piece[] | null {
  if (piece.type === 'PER') return null;
  const qualifier = knownNameAt(ctx, piece.first, piece.last - 1);
  if (!qualifier) return null;
  const restType = isKnown(ctx, qualifier.last + 1, piece.last);
  if (!restType) return null;
  const rest: Piece = { first: qualifier.last + 1, last: piece.last, type: piece.type, roles: piece.roles };
  return [qualifier, rest];
}

/** "Anies - Sandiaga", "Rusia – Ukraina": a spaced dash never sits inside one name. */
function splitAtDashes(ctx: CleanContext, piece: Piece): Piece[] {
  const parts: Piece[] = [];
  let first = piece.first;
  for (let at = piece.first + 1; at <= piece.last; at++) {
    if (!/^\s+[-–—]\s+$/u.test(gapBefore(ctx, at))) continue;
    parts.push({ ...piece, first, last: at - 1, roles: first === piece.first ? piece.roles : [] });
    first = at;
  }
  parts.push({ ...piece, first, roles: first === piece.first ? piece.roles : [] });
  return parts;
}

/** "Rusia-Korut", "DPRK-Rusia": split at a hyphen when both sides are names known on their own. */
function splitHyphenated(ctx: CleanContext, piece: Piece): Piece[] {
  for (let at = piece.first + 1; at <= piece.last; at++) {
    if (!/^[-‐]$/.test(gapBefore(ctx, at))) continue;
    const leftType = isKnown(ctx, piece.first, at - 1);
    const rightType = isKnown(ctx, at, piece.last);
    if (!leftType || !rightType) continue;
    const pick = (known: EntityType) => (piece.type === 'PER' ? known : piece.type);
    return [
      { first: piece.first, last: at - 1, type: pick(leftType), roles: piece.roles },
      { first: at, last: piece.last, type: pick(rightType), roles: [] },
    ];
  }
  return [piece];
}

function toMention(ctx: CleanContext, piece: Piece): NameMention {
  const start = ctx.words[piece.first]!.start;
  const end = ctx.words[piece.last]!.end;
  return {
    start,
    end,
    text: ctx.text.slice(start, end),
    type: piece.type,
    origin: 'model',
    roles: piece.roles,
  };
}

export function cleanRecognizedSpans(spans: readonly RecognizedSpan[], ctx: CleanContext): NameMention[] {
  const mentions: NameMention[] = [];
  for (const span of spans) {
    if (!(span.start >= 0 && span.end <= ctx.text.length && span.start < span.end)) continue;
    const range = wordsOf(span, ctx.words);
    if (!range) continue;
    const piece: Piece = { first: range[0], last: range[1], type: span.type, roles: [] };
    if (
      piece.type === 'PER' &&
      roleStartingAt(ctx.text, ctx.words, piece.first, ctx.lexicon, piece.last)?.lastWord === piece.last
    ) {
      continue;
    }
    for (const part of splitAtDashes(ctx, piece).flatMap((dashed) => splitQualifiedPerson(ctx, dashed))) {
      const extra = part.type === 'PER' ? stripPersonEdges(ctx, part) : [];
      if (part.type === 'PER') extendHyphenatedName(ctx, part);
      stripTail(ctx, part);
      for (const cleaned of [...extra, ...splitHyphenated(ctx, part)]) mentions.push(toMention(ctx, cleaned));
    }
  }
  return joinSplitPersons(ctx, mentions);
}

/**
 * "Kim" + "Jong Un": a person's span directly followed, after one space, by another span of
 * capitalised words that the alias table does not know is one name cut in two by the recogniser.
 */
function joinSplitPersons(ctx: CleanContext, mentions: NameMention[]): NameMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const joined: NameMention[] = [];
  for (const mention of sorted) {
    const previous = joined.at(-1);
    const glued =
      previous?.type === 'PER' &&
      ctx.text.slice(previous.end, mention.start) === ' ' &&
      mention.roles.length === 0 &&
      nameTokens(mention.text).every((token) => isCapitalized(token)) &&
      nameTokens(mention.text).length <= 3 &&
      !ctx.table.lookup(mention.text);
    if (!glued) {
      joined.push(mention);
      continue;
    }
    joined[joined.length - 1] = {
      ...previous,
      end: mention.end,
      text: ctx.text.slice(previous.start, mention.end),
    };
  }
  return joined;
}
