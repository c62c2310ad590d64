import type { EntityMention } from '../../model/entity.ts';
import type { Span } from '../../model/span.ts';
import type { EntityLexicon } from './lexicon.ts';
import type { EntityRegistry } from './registry.ts';
import { type ResolveOptions, resolveDocument } from './resolve-document.ts';
import type { Recognizer } from './types.ts';

export interface EnrichEntitiesOptions {
  lexicon?: EntityLexicon;
}

/**
 * The entities of one document with their global identities: the recogniser's spans resolved
 * within the document (`resolveDocument`, using the registry's alias table), then matched
 * across documents by the registry, which learns from them. Entities come in order of first
 * mention; every mention satisfies `text.slice(start, end) === text`.
 */
export function enrichEntities(
  text: string,
  docId: string,
  recognise: Recognizer,
  registry: EntityRegistry,
  options: EnrichEntitiesOptions = {},
): EntityMention[] {
  const resolveOptions: ResolveOptions = { aliases: registry.aliases, knownNames: registry.knownNames };
  if (options.lexicon) resolveOptions.lexicon = options.lexicon;
  const local = resolveDocument(text, recognise(text), resolveOptions);
  const assigned = registry.assign(docId, local);
  const byId = new Map<string, EntityMention>();
  local.forEach((entity, i) => {
    const global = assigned[i]!;
    const spans: Span[] = entity.mentions.map(({ start, end, text: surface }) => ({
      start,
      end,
      text: surface,
    }));
    const existing = byId.get(global.id);
    if (existing) {
      existing.mentions = [...existing.mentions, ...spans].sort((a, b) => a.start - b.start);
      for (const role of entity.roles)
        if (!existing.roles?.includes(role)) existing.roles = [...(existing.roles ?? []), role];
      return;
    }
    const mention: EntityMention = {
      entity: global.id,
      name: global.name,
      type: global.type,
      mentions: spans,
    };
    if (entity.roles.length > 0) mention.roles = [...entity.roles];
    byId.set(global.id, mention);
  });
  const result = [...byId.values()];
  for (const mention of result) mention.name = registry.nameOf(mention.entity) ?? mention.name;
  return result;
}
