import { trigrams } from './fuzzy.ts';
import { searchWords, wordSpans } from './words.ts';

/** A folded form an entity is searched by. */
export interface EntityKey {
  key: string;
  /** A whole name or alias (exact matches expand to the entity); otherwise one word of a longer name. */
  whole: boolean;
  /** The key as written in the name or alias: what "did you mean" shows. */
  display: string;
}

/** The smallest word of a longer name that a typo may be taken for ("Valdimir" → "Vladimir"). */
const MIN_WORD_KEY = 4;

/**
 * The keys of an entity: its name and each alias, folded; and, for typo lookups only, each word of
 * four letters or more of a name of several words, so "Valdimir" alone still finds Vladimir Putin.
 */
export function entityKeys(entity: { name: string; aliases: readonly { alias: string }[] }): EntityKey[] {
  const keys = new Map<string, EntityKey>();
  const names = [entity.name, ...entity.aliases.map((a) => a.alias)];
  for (const name of names) {
    const key = searchWords(name).join(' ');
    // The first spelling of a key is kept: the entity's own name before its aliases ("LEMBAH SARI").
    if (key && !keys.has(key)) keys.set(key, { key, whole: true, display: name.trim() });
  }
  for (const name of names) {
    const spans = wordSpans(name);
    if (spans.length < 2) continue;
    for (const span of spans) {
      if (span.folded.length < MIN_WORD_KEY || keys.has(span.folded)) continue;
      keys.set(span.folded, { key: span.folded, whole: false, display: name.slice(span.start, span.end) });
    }
  }
  return [...keys.values()];
}

/** The (trigram, key) rows of an entity's keys, for the typo index. */
export function keyTrigrams(keys: readonly EntityKey[]): { trigram: string; key: string }[] {
  return keys.flatMap(({ key }) => trigrams(key).map((trigram) => ({ trigram, key })));
}
