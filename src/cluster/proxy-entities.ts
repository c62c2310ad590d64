import type { LanguagePack } from '../lang/pack.ts';
import type { EntityMention } from '../model/entity.ts';

/**
 * A cheap stand-in for named-entity recognition, for benchmarks and tests that run without the
 * resolver: every capitalised word inside a sentence (not its first word, not a stopword) is an
 * "entity" whose id is the lower-cased word. Crude — `Korea` and `Utara` are two entities — but
 * language-neutral and enough to exercise the entity index and the entity-overlap feature.
 */
export function capitalisedWordEntities(text: string, pack: LanguagePack): EntityMention[] {
  const sentenceStarts = new Set<number>();
  for (const sentence of pack.sentences(text)) {
    const first = /[\p{L}\p{N}]/u.exec(text.slice(sentence.start, sentence.end));
    if (first) sentenceStarts.add(sentence.start + first.index);
  }
  const byKey = new Map<string, EntityMention>();
  for (const token of pack.tokenize(text)) {
    if (token.kind !== 'word' || !/^\p{Lu}\p{L}/u.test(token.text) || sentenceStarts.has(token.start))
      continue;
    const key = token.text.toLowerCase();
    if (pack.isStopword(key)) continue;
    let entity = byKey.get(key);
    if (!entity) {
      entity = { entity: `proxy:${key}`, name: token.text, type: 'MISC', mentions: [] };
      byKey.set(key, entity);
    }
    entity.mentions.push({ start: token.start, end: token.end, text: token.text });
  }
  return [...byKey.values()];
}
