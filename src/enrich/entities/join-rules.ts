import type { EntityLexicon } from './lexicon.ts';
import { groupType, type MentionGroup, type MentionGroups } from './mention-groups.ts';
import { initialsOf, isAcronym, nameTokens } from './name-key.ts';
import { sameLengthNameRelation, shortFormPosition } from './name-match.ts';

/**
 * The rules that join groups of one document, in order: spelling and transliteration variants
 * of a full name, acronyms with the name their initials spell, then short forms of personal names.
 */

function longestForm(group: MentionGroup): readonly string[] {
  return group.forms.reduce<readonly string[]>((best, form) => (form.length > best.length ? form : best), []);
}

/** "Valdimir Putin" / "Vladimir Putin", "Kementrian Luar Negeri" / "Kementerian Luar Negeri". */
export function joinVariants(groups: MentionGroups): void {
  const multiWord = groups.groups.filter((group) => group.forms.some((form) => form.length >= 2));
  for (let i = 0; i < multiWord.length; i++) {
    for (let j = i + 1; j < multiWord.length; j++) {
      const a = groups.rootGroup(multiWord[i]!.index);
      const b = groups.rootGroup(multiWord[j]!.index);
      const type = groupType(a);
      if (a === b || type !== groupType(b)) continue;
      const relation = findRelation(a, b, type === 'PER');
      if (!relation) continue;
      const [keep, other] = a.mentions.length >= b.mentions.length ? [a, b] : [b, a];
      groups.union(keep.index, other.index, {
        source: 'rule',
        evidence: `${relation.relation}: ${relation.detail}`,
      });
    }
  }
}

function findRelation(a: MentionGroup, b: MentionGroup, allowInitials: boolean) {
  for (const x of a.forms) {
    for (const y of b.forms) {
      if (x.length < 2) continue;
      const relation = sameLengthNameRelation(x, y, allowInitials);
      if (relation && relation.relation !== 'same') return relation;
    }
  }
  return null;
}

function surfaceOf(group: MentionGroup): string {
  return group.mentions[0]?.text ?? '';
}

/** "KPK" with "Komisi Pemberantasan Korupsi" when both occur and only one name fits the initials. */
export function joinAcronyms(groups: MentionGroups, lexicon: EntityLexicon): void {
  const roots = groups.roots();
  const expansions = roots.filter((group) => longestForm(group).length >= 2);
  for (const acronym of roots) {
    if (acronym.table || acronym.forms.length !== 1 || acronym.forms[0]!.length !== 1) continue;
    const surface = surfaceOf(acronym);
    if (!isAcronym(surface)) continue;
    const letters = surface.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
    const acronymType = groupType(acronym);
    const fits = expansions.filter((group) => {
      const type = groupType(group);
      if (type === 'PER' ? acronymType !== 'PER' || letters.length < 3 : acronymType === 'PER') return false;
      return group.forms.some(
        (form) =>
          !form.includes(letters) &&
          initialsOf(form.join(' '), lexicon.acronymFunctionWords).includes(letters),
      );
    });
    if (fits.length !== 1) continue;
    const expansion = fits[0]!;
    groups.union(expansion.index, acronym.index, {
      source: 'rule',
      evidence: `initials: ${surface} = ${surfaceOf(expansion)}`,
    });
  }
}

interface Candidate {
  group: MentionGroup;
  position: 'first' | 'last';
}

function shortFormCandidates(
  groups: MentionGroups,
  short: MentionGroup,
  lexicon: EntityLexicon,
): Candidate[] {
  const shortForm = longestForm(short);
  if (shortForm.some((token) => lexicon.roles.has(token) || token.length < 2)) return [];
  const found: Candidate[] = [];
  for (const group of groups.roots()) {
    if (group === short || group.mentions.length === 0 || groupType(group) !== 'PER') continue;
    if (!groups.compatible(group, short)) continue;
    for (const form of group.forms) {
      const position = shortFormPosition(shortForm, form);
      if (position) {
        found.push({ group, position });
        break;
      }
    }
  }
  return found;
}

function nearestCandidate(candidates: readonly Candidate[], offset: number): Candidate {
  let best = candidates[0]!;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    for (const mention of candidate.group.mentions) {
      // An earlier full name beats any later one: readers resolve a short form backwards.
      const distance = mention.start < offset ? offset - mention.start : 1e9 + mention.start - offset;
      if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
    }
  }
  return best;
}

/**
 * "Putin" → "Vladimir Putin", "Kim" → "Kim Jong Un", "Pemimpin Kim" → "Kim Jong Un": a personal
 * name that is the start or the end of a longer personal name of the same document. With one
 * candidate the whole group joins it. With several ("Kim" beside Kim Jong Un and Kim Yo Jong),
 * each mention goes to the candidate named most recently before it (or, before any, the first
 * after it) — the reading a reader would make — and the evidence says it was ambiguous.
 */
export function joinShortForms(groups: MentionGroups, lexicon: EntityLexicon): void {
  const persons = groups.roots().filter((group) => groupType(group) === 'PER' && !group.table);
  persons.sort((a, b) => longestForm(b).length - longestForm(a).length);
  for (const short of persons) {
    if (groups.root(short.index) !== short.index) continue;
    const candidates = shortFormCandidates(groups, short, lexicon);
    if (candidates.length === 0) continue;
    const shortName = nameTokens(surfaceOf(short)).join(' ');
    if (candidates.length === 1) {
      const { group, position } = candidates[0]!;
      groups.union(group.index, short.index, {
        source: 'rule',
        evidence: `short form (${position} name) of ${surfaceOf(group)} in the same document`,
      });
      continue;
    }
    const names = candidates.map((candidate) => surfaceOf(candidate.group)).join(', ');
    for (const mention of short.mentions) {
      const chosen = nearestCandidate(candidates, mention.start);
      groups.moveMention(mention, chosen.group, {
        source: 'rule',
        evidence: `ambiguous short form "${shortName}" (${names}): nearest full name before it`,
      });
    }
    short.mentions = [];
  }
}
