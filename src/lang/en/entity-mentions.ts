import type { EntityMention, EntityType } from '../../model/entity.ts';
import { type EnglishEntitySpan, recognizeEnglishEntities } from './entities.ts';

/** Lower-case ASCII key of a name: `Sergei Lavrov` → `sergei-lavrov`. */
export function englishNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

function dominantType(spans: EnglishEntitySpan[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const span of spans) if (span.type !== 'MISC') counts.set(span.type, (counts.get(span.type) ?? 0) + 1);
  let best: EntityType = 'MISC';
  let bestCount = 0;
  for (const [type, count] of counts) {
    if (count > bestCount) [best, bestCount] = [type, count];
  }
  return best;
}

/**
 * The recogniser's spans grouped into one `EntityMention` per canonical name, with a document-free
 * id (`en:sergei-lavrov`) so that the same name in two articles meets in the clustering index. A
 * stand-in for the entity resolver when English text is clustered on its own (benchmarks).
 */
export function englishEntityMentions(text: string): EntityMention[] {
  const groups = new Map<string, EnglishEntitySpan[]>();
  for (const span of recognizeEnglishEntities(text)) {
    const key = englishNameKey(span.canonical);
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(span);
    else groups.set(key, [span]);
  }
  return [...groups].map(([key, spans]) => ({
    entity: `en:${key}`,
    name: spans[0]!.canonical,
    type: dominantType(spans),
    mentions: spans.map((span) => ({ start: span.start, end: span.end, text: span.text })),
  }));
}
