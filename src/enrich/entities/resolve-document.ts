import { type AliasTable, createAliasTable } from './alias-table.ts';
import { cleanRecognizedSpans } from './clean-spans.ts';
import { attachContextRoles } from './context-roles.ts';
import { toDocumentEntity } from './document-entities.ts';
import { tableMentions } from './gazetteer.ts';
import { joinAcronyms, joinShortForms, joinVariants } from './join-rules.ts';
import type { KnownNames } from './known-names.ts';
import { type EntityLexicon, indonesianEntityLexicon } from './lexicon.ts';
import { MentionGroups } from './mention-groups.ts';
import { addLayer, withoutOverlaps } from './merge-mentions.ts';
import { nameKey } from './name-key.ts';
import { recoverMentions } from './recover-mentions.ts';
import { findParentheticalAliases } from './text-aliases.ts';
import { textWords } from './text-words.ts';
import type { DocumentEntity, RecognizedSpan } from './types.ts';

/**
 * One identity per entity within one document. The steps, in order:
 *  1. clean the recogniser's spans (roles out, clitics out, hyphenated pairs split);
 *  2. read the short forms the text defines in parentheses ("Korea Selatan (Korsel)");
 *  3. add alias-table names the recogniser missed (Korut, AS, PBB…), and names the registry
 *     learned from other documents;
 *  4. group mentions by name, through the alias table and the text's definitions;
 *  5. join spelling and transliteration variants, acronyms with their initials, then short
 *     forms of personal names ("Putin" → "Vladimir Putin");
 *  6. find the other occurrences of every name found, so that every mention is listed;
 *  7. read the roles around personal names; choose each entity's canonical name.
 */

export interface ResolveOptions {
  aliases?: AliasTable;
  lexicon?: EntityLexicon;
  /** Names learned from other documents (`EntityRegistry.knownNames`), looked for as well. */
  knownNames?: KnownNames;
}

let defaultTable: AliasTable | null = null;

function curatedTable(): AliasTable {
  defaultTable ??= createAliasTable();
  return defaultTable;
}

export function resolveDocument(
  text: string,
  spans: readonly RecognizedSpan[],
  options: ResolveOptions = {},
): DocumentEntity[] {
  const table = options.aliases ?? curatedTable();
  const lexicon = options.lexicon ?? indonesianEntityLexicon();
  const words = textWords(text);
  const knownKeys = new Set(spans.map((span) => nameKey(text.slice(span.start, span.end))));
  const recognised = withoutOverlaps(cleanRecognizedSpans(spans, { text, words, lexicon, table, knownKeys }));
  const textAliases = findParentheticalAliases(text, recognised, table, lexicon);
  const defined = textAliases
    .flatMap((alias) => [alias.full, alias.short])
    .filter((m) => m.origin === 'text');
  const withDefinitions = addLayer(recognised, defined, { replaceContained: false });
  const withTable = addLayer(withDefinitions, tableMentions(text, words, table, lexicon), {
    replaceContained: true,
  });
  const learned = options.knownNames?.find(text, words) ?? [];
  const mentions = learned.length > 0 ? addLayer(withTable, learned, { replaceContained: false }) : withTable;

  const groups = new MentionGroups(mentions, table, textAliases);
  joinVariants(groups);
  joinAcronyms(groups, lexicon);
  joinShortForms(groups, lexicon);
  const roots = groups.roots().filter((group) => group.mentions.length > 0);
  recoverMentions(text, words, roots, lexicon);
  attachContextRoles(
    text,
    words,
    roots.flatMap((group) => group.mentions).sort((a, b) => a.start - b.start),
    lexicon,
  );
  return roots
    .map((group) => toDocumentEntity(group, lexicon))
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
