import type { Alias, EntityType } from '../../model/entity.ts';
import type { AliasTable, TableMatch } from './alias-table.ts';
import { nameKey, nameKeyTokens, tidySurface } from './name-key.ts';
import type { TextAlias } from './text-aliases.ts';
import type { NameMention } from './types.ts';

/**
 * Groups of mentions that name one entity in one document, joined step by step (union-find).
 * A join is refused when the alias table declares the names distinct, or when both groups were
 * placed by the table under different canonical names (Korea Utara ≠ Korea Selatan).
 */

export interface MentionGroup {
  index: number;
  mentions: NameMention[];
  table: TableMatch | null;
  /** Distinct `nameKeyTokens` of the surface forms. */
  forms: Array<readonly string[]>;
  /** Surface form → how it was joined (absent for the group's own first name). */
  aliases: Map<string, Alias>;
  typeVotes: Map<EntityType, number>;
}

export function groupType(group: MentionGroup): EntityType {
  if (group.table?.type) return group.table.type;
  let best: EntityType = group.mentions[0]?.type ?? 'MISC';
  let bestVotes = -1;
  for (const [type, votes] of group.typeVotes) {
    if (votes > bestVotes) [best, bestVotes] = [type, votes];
  }
  return best;
}

function addForm(group: MentionGroup, text: string): void {
  const tokens = nameKeyTokens(text);
  const key = tokens.join(' ');
  if (!group.forms.some((form) => form.join(' ') === key)) group.forms.push(tokens);
}

export class MentionGroups {
  readonly groups: MentionGroup[] = [];
  readonly #parent: number[] = [];
  readonly #table: AliasTable;

  constructor(mentions: readonly NameMention[], table: AliasTable, textAliases: readonly TextAlias[]) {
    this.#table = table;
    const definedBy = new Map<string, TextAlias>();
    for (const alias of textAliases) {
      const earlier = definedBy.get(nameKey(alias.short.text));
      // A second expansion of the same short form ("KCNA (Korean Central News Agency)") names the same thing.
      if (earlier && alias.full.type !== 'PER' && nameKey(earlier.full.text) !== nameKey(alias.full.text)) {
        definedBy.set(nameKey(alias.full.text), {
          ...earlier,
          evidence: `${earlier.evidence}; ${alias.evidence}`,
        });
      } else if (!earlier) {
        definedBy.set(nameKey(alias.short.text), alias);
      }
    }
    const byKey = new Map<string, MentionGroup>();
    for (const mention of mentions) {
      const key = nameKey(mention.text);
      const definition = definedBy.get(key);
      const target = definition ? definition.full.text : mention.text;
      const match = table.lookup(target);
      const groupKey = match ? `table:${nameKey(match.canonical)}` : `name:${nameKey(target)}`;
      let group = byKey.get(groupKey);
      if (!group) {
        group = {
          index: this.groups.length,
          mentions: [],
          table: match,
          forms: [],
          aliases: new Map(),
          typeVotes: new Map(),
        };
        byKey.set(groupKey, group);
        this.groups.push(group);
        this.#parent.push(group.index);
      }
      group.mentions.push(mention);
      group.typeVotes.set(mention.type, (group.typeVotes.get(mention.type) ?? 0) + 1);
      addForm(group, mention.text);
      const surface = tidySurface(mention.text);
      if (definition && key !== nameKey(definition.full.text)) {
        group.aliases.set(surface, {
          alias: surface,
          source: 'text',
          evidence: tidySurface(definition.evidence),
        });
      } else if (match && key !== nameKey(match.canonical) && !group.aliases.has(surface)) {
        group.aliases.set(surface, { alias: surface, source: match.source, evidence: match.evidence });
      }
    }
  }

  root(index: number): number {
    let at = index;
    while (this.#parent[at] !== at) {
      this.#parent[at] = this.#parent[this.#parent[at]!]!;
      at = this.#parent[at]!;
    }
    return at;
  }

  rootGroup(index: number): MentionGroup {
    return this.groups[this.root(index)]!;
  }

  roots(): MentionGroup[] {
    return this.groups.filter((group) => this.root(group.index) === group.index);
  }

  /** May these two groups be one entity at all? */
  compatible(a: MentionGroup, b: MentionGroup): boolean {
    if (a.table && b.table && nameKey(a.table.canonical) !== nameKey(b.table.canonical)) return false;
    if (!this.#table.hasDistinctRules) return true;
    const names = (group: MentionGroup) => [
      ...group.forms.map((form) => form.join(' ')),
      ...(group.table ? [group.table.canonical] : []),
    ];
    return !names(a).some((x) => names(b).some((y) => this.#table.areDistinct(x, y)));
  }

  /** Joins `other` into `keep`; every surface form of `other` gets `alias` as its provenance. */
  union(keepIndex: number, otherIndex: number, alias: Omit<Alias, 'alias'>): boolean {
    const keep = this.rootGroup(keepIndex);
    const other = this.rootGroup(otherIndex);
    if (keep === other || !this.compatible(keep, other)) return false;
    this.#parent[other.index] = keep.index;
    for (const mention of other.mentions) this.moveMention(mention, keep, alias, other);
    keep.table ??= other.table;
    for (const [surface, existing] of other.aliases)
      if (!keep.aliases.has(surface)) keep.aliases.set(surface, existing);
    other.mentions = [];
    return true;
  }

  /** Puts one mention into `target` (used for ambiguous short forms, mention by mention). */
  moveMention(
    mention: NameMention,
    target: MentionGroup,
    alias: Omit<Alias, 'alias'>,
    from?: MentionGroup,
  ): void {
    target.mentions.push(mention);
    target.typeVotes.set(mention.type, (target.typeVotes.get(mention.type) ?? 0) + 1);
    addForm(target, mention.text);
    const surface = tidySurface(mention.text);
    const own = from?.aliases.get(surface);
    if (!target.aliases.has(surface)) target.aliases.set(surface, own ?? { alias: surface, ...alias });
  }
}
