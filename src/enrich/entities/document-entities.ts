import type { Alias, EntityType } from '../../model/entity.ts';
import type { EntityLexicon } from './lexicon.ts';
import { groupType, type MentionGroup } from './mention-groups.ts';
import { isAcronym, isWellFormedName, nameKey, nameKeyTokens, tidySurface } from './name-key.ts';
import { editDistance } from './name-match.ts';
import type { DocumentEntity } from './types.ts';

/** Turns the final groups of a document into entities: canonical name, forms, aliases, roles. */

const SAME_NAME = 'same name ignoring case, hyphens, periods and accents';

interface FormStats {
  surface: string;
  count: number;
  firstAt: number;
}

/** How complete a form is: a person's full name beats a part; an expansion beats an acronym. */
export function fullness(surface: string, type: EntityType): number {
  const tokens = nameKeyTokens(surface).length;
  if (type === 'PER') return tokens;
  return (isAcronym(surface) ? 0 : 100) + tokens;
}

/** A form in capitals throughout ("KIM JONG UN") is a headline habit, not the name as written. */
function shouting(surface: string): boolean {
  return nameKeyTokens(surface).length > 1 && surface === surface.toUpperCase() && /\p{L}/u.test(surface);
}

/** Between two spellings of one name, the longer: a slip drops letters more often than it adds them. */
function longerIfVariant(a: string, b: string): number {
  if (a.length === b.length || editDistance(nameKey(a), nameKey(b), 2) > 2) return 0;
  return b.length - a.length;
}

/**
 * The canonical name among the forms: the fullest, then well-formed (capitalised words), then
 * the most frequent, then the longer of two spellings, then the first seen.
 */
export function chooseName(forms: readonly FormStats[], type: EntityType, lexicon: EntityLexicon): string {
  const ranked = [...forms].sort((a, b) => {
    const wellFormed = (form: FormStats) =>
      isWellFormedName(form.surface, lexicon.nameParticles) && !shouting(form.surface) ? 1 : 0;
    return (
      fullness(b.surface, type) - fullness(a.surface, type) ||
      wellFormed(b) - wellFormed(a) ||
      b.count - a.count ||
      longerIfVariant(a.surface, b.surface) ||
      a.firstAt - b.firstAt
    );
  });
  return ranked[0]!.surface;
}

function formStats(group: MentionGroup): FormStats[] {
  const stats = new Map<string, FormStats>();
  for (const mention of group.mentions) {
    const surface = tidySurface(mention.text);
    const entry = stats.get(surface) ?? { surface, count: 0, firstAt: mention.start };
    entry.count++;
    entry.firstAt = Math.min(entry.firstAt, mention.start);
    stats.set(surface, entry);
  }
  return [...stats.values()];
}

function aliasesOf(group: MentionGroup, name: string, forms: readonly FormStats[]): Alias[] {
  const nameKeyValue = nameKey(name);
  const aliases: Alias[] = [];
  for (const { surface } of forms) {
    if (surface === name) continue;
    const recorded = group.aliases.get(surface);
    if (nameKey(surface) === nameKeyValue) {
      aliases.push(
        recorded?.source === 'user' ? recorded : { alias: surface, source: 'rule', evidence: SAME_NAME },
      );
    } else {
      aliases.push(
        recorded ?? { alias: surface, source: 'rule', evidence: `joined with ${name} in the same document` },
      );
    }
  }
  return aliases;
}

export function toDocumentEntity(group: MentionGroup, lexicon: EntityLexicon): DocumentEntity {
  const type = groupType(group);
  const mentions = [...group.mentions].sort((a, b) => a.start - b.start);
  const forms = formStats(group);
  const name = group.table ? group.table.canonical : chooseName(forms, type, lexicon);
  const roles: string[] = [];
  for (const mention of mentions) {
    mention.type = type;
    for (const role of mention.roles) if (!roles.includes(role)) roles.push(role);
  }
  return {
    type,
    name,
    mentions,
    forms: new Map(forms.map((form) => [form.surface, form.count])),
    aliases: aliasesOf(group, name, forms),
    roles,
    table: group.table,
  };
}
