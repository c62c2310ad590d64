import type { EntityType } from '../../model/entity.ts';
import type { AliasTable } from './alias-table.ts';
import type { EntityLexicon } from './lexicon.ts';
import { partOfLongerName } from './name-context.ts';
import { isAcronym } from './name-key.ts';
import { type CaseRule, PhraseIndex } from './phrase-index.ts';
import type { Word } from './text-words.ts';
import type { NameMention } from './types.ts';

/**
 * The rule-based layer under the recogniser: every alias-table name (Korut, AS, Perserikatan
 * Bangsa-Bangsa…) found in the text becomes a mention, even where the model saw nothing.
 */

interface TableForm {
  type: EntityType;
}

const cache = new WeakMap<AliasTable, { version: number; index: PhraseIndex<TableForm> }>();

export function caseRuleFor(form: string, anyCase: boolean): CaseRule {
  if (isAcronym(form)) return 'exact';
  return anyCase ? 'any' : 'capitalized';
}

function tableIndex(table: AliasTable): PhraseIndex<TableForm> {
  const cached = cache.get(table);
  if (cached && cached.version === table.version) return cached.index;
  const index = new PhraseIndex<TableForm>();
  const seen = new Set<string>();
  for (const rule of table.rules()) {
    if (rule.relation !== 'alias') continue;
    const resolved = table.lookup(rule.alias);
    const type = resolved?.type ?? rule.type;
    if (!type) continue;
    for (const [form, anyCase] of [
      [rule.alias, rule.anyCase === true],
      [rule.canonical, false],
    ] as const) {
      const caseRule = caseRuleFor(form, anyCase);
      const id = `${form}\u0000${caseRule}`;
      if (seen.has(id)) continue;
      seen.add(id);
      index.add(form, caseRule, { type: table.lookup(form)?.type ?? type });
    }
  }
  cache.set(table, { version: table.version, index });
  return index;
}

export function tableMentions(
  text: string,
  words: readonly Word[],
  table: AliasTable,
  lexicon: EntityLexicon,
): NameMention[] {
  const mentions: NameMention[] = [];
  for (const match of tableIndex(table).scan(text, words)) {
    const { phrase, firstWord, lastWord } = match;
    const oneWordName = phrase.caseRule !== 'exact' && phrase.keys.length === 1;
    if (
      oneWordName &&
      partOfLongerName(text, words, firstWord, lastWord, phrase.payload.type, lexicon, false)
    )
      continue;
    mentions.push({
      start: match.start,
      end: match.end,
      text: text.slice(match.start, match.end),
      type: match.phrase.payload.type,
      origin: 'table',
      roles: [],
    });
  }
  return mentions;
}
