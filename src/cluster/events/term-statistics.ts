/** Document frequencies of a reference corpus, used as a prior so that small batches get sensible IDFs. */
export interface BackgroundFrequencies {
  language: string;
  documents: number;
  frequencies: ReadonlyMap<string, number>;
}

/**
 * Interned keys (stemmed terms or entity ids) with document frequencies kept up to date as
 * documents arrive, so inverse document frequencies always reflect the corpus seen so far. Counts
 * are kept per language (a term's IDF compares it with documents of its own language), optionally
 * on top of a background corpus of that language.
 */
export class TermStatistics {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly frequencies: number[] = [];
  private readonly languageOf: number[] = [];
  private readonly languages = new Map<string, number>();
  private readonly documents: number[] = [];
  private readonly backgrounds: (BackgroundFrequencies | null)[] = [];

  constructor(backgrounds: readonly BackgroundFrequencies[] = []) {
    for (const background of backgrounds) {
      const slot = this.languageSlot(background.language);
      this.backgrounds[slot] = background;
      this.documents[slot] = background.documents;
    }
  }

  private languageSlot(language: string): number {
    let slot = this.languages.get(language);
    if (slot === undefined) {
      slot = this.languages.size;
      this.languages.set(language, slot);
      this.documents.push(0);
      this.backgrounds.push(null);
    }
    return slot;
  }

  /** The id of `key` in `language`, creating it (with its background frequency) when new. */
  intern(key: string, language = ''): number {
    const fullKey = language ? `${language}:${key}` : key;
    let id = this.ids.get(fullKey);
    if (id === undefined) {
      const slot = this.languageSlot(language);
      id = this.names.length;
      this.ids.set(fullKey, id);
      this.names.push(key);
      this.languageOf.push(slot);
      this.frequencies.push(this.backgrounds[slot]?.frequencies.get(key) ?? 0);
    }
    return id;
  }

  nameOf(id: number): string {
    return this.names[id]!;
  }

  /** Counts one more document of `language` holding each of `keys` (distinct). */
  observe(keys: Iterable<string>, language = ''): void {
    this.documents[this.languageSlot(language)]!++;
    for (const key of keys) this.frequencies[this.intern(key, language)]!++;
  }

  /** Smoothed inverse document frequency; positive even for a key in every document. */
  idf(id: number): number {
    const documents = this.documents[this.languageOf[id]!] ?? 0;
    return Math.log((documents + 1) / ((this.frequencies[id] ?? 0) + 0.5));
  }
}
