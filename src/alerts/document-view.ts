import type { EnrichedDocument } from '../model/document.ts';
import { stemWord } from '../search/stems.ts';
import { searchableText, searchWords } from '../search/words.ts';

/**
 * A document as a saved search sees it, built once per new document and shared by every alert:
 * the folded words of its title and text in order (for phrases), their stems, the names and
 * aliases of the entities it mentions (a query naming an entity by any of its names finds the
 * document, as search does), and its metadata folded the way the filters compare them.
 */
export interface DocumentView {
  id: string;
  words: string[];
  wordSet: Set<string>;
  stems: Set<string>;
  /** Folded names and aliases of the mentioned entities, each as one space-joined string. */
  names: Set<string>;
  outlet: string | null;
  language: string;
  /** The publication date, ISO at its own precision, or null when undated. */
  published: string | null;
}

/** Names by which an entity is known: its canonical name and every alias. */
export type NamesOf = (entityId: string) => string[];

export function documentView(doc: EnrichedDocument, namesOf: NamesOf): DocumentView {
  const words = searchWords(`${doc.title ?? ''}\n${doc.text}`);
  const names = new Set<string>();
  for (const mention of doc.entities) {
    for (const name of [mention.name, ...namesOf(mention.entity)]) {
      const folded = searchableText(name);
      if (folded) names.add(folded);
    }
  }
  return {
    id: doc.id,
    words,
    wordSet: new Set(words),
    stems: new Set(words.map((word) => stemWord(word, doc.language))),
    names,
    outlet: doc.outlet ? searchableText(doc.outlet) : null,
    language: doc.language,
    published: doc.published?.value ?? null,
  };
}
