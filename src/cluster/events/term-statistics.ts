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
  /** Per language slot: key → id. */
  private readonly ids: Map<string, number>[] = [];
  private readonly names: string[] = [];
  private readonly frequencies: number[] = [];
  private readonly languageOf: number[] = [];
  private readonly languages = new Map<string, number>();
  private readonly documents: number[] = [];
  private readonly backgrounds: (BackgroundFrequencies | null)[] = [];
  /** IDF per id, valid while the document count of its language equals the stamp. */
  private idfCache = new Float64Array(1024);
  private idfStamp = new Float64Array(1024).fill(-1);

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
      this.ids.push(new Map());
    }
    return slot;
  }

  /** The id of `key` in `language`, creating it (with its background frequency) when new. */
  intern(key: string, language = ''): number {
    const slot = this.languageSlot(language);
    const ids = this.ids[slot]!;
    let id = ids.get(key);
    if (id === undefined) {
      id = this.names.length;
      ids.set(key, id);
      this.names.push(key);
      this.languageOf.push(slot);
      this.frequencies.push(this.backgrounds[slot]?.frequencies.get(key) ?? 0);
    }
    return id;
  }

  nameOf(id: number): string {
    return this.names[id]!;
  }

  /** Documents counted so far, over all languages (backgrounds included). */
  get totalDocuments(): number {
    return this.documents.reduce((sum, count) => sum + count, 0);
  }

  /**
   * Adds counts kept elsewhere (a store) for documents not observed here: `documents` more
   * documents of `language`, and for each key the number of them that hold it. Keys seeded once.
   */
  seedDocuments(language: string, documents: number): void {
    this.documents[this.languageSlot(language)]! += documents;
  }

  seedFrequency(key: string, language: string, documents: number): number {
    const id = this.intern(key, language);
    this.frequencies[id]! += documents;
    if (id < this.idfStamp.length) this.idfStamp[id] = -1;
    return id;
  }

  /** Whether `key` was interned already (seeding it later would mix counts). */
  has(key: string, language = ''): boolean {
    const slot = this.languages.get(language);
    return slot !== undefined && this.ids[slot]!.has(key);
  }

  languageOfId(id: number): string {
    const slot = this.languageOf[id]!;
    for (const [language, at] of this.languages) if (at === slot) return language;
    return '';
  }

  /** Counts one more document of `language` holding each of `keys` (distinct). */
  observe(keys: Iterable<string>, language = ''): void {
    this.documents[this.languageSlot(language)]!++;
    for (const key of keys) {
      const id = this.intern(key, language);
      this.frequencies[id]!++;
      if (id < this.idfStamp.length) this.idfStamp[id] = -1;
    }
  }

  /** Smoothed inverse document frequency; positive even for a key in every document. */
  idf(id: number): number {
    const documents = this.documents[this.languageOf[id]!] ?? 0;
    if (id < this.idfStamp.length && this.idfStamp[id] === documents) return this.idfCache[id]!;
    const value = Math.log((documents + 1) / ((this.frequencies[id] ?? 0) + 0.5));
    if (id >= this.idfStamp.length) this.growCache(id);
    this.idfCache[id] = value;
    this.idfStamp[id] = documents;
    return value;
  }

  private growCache(id: number): void {
    const size = Math.max(id + 1, this.idfStamp.length * 2);
    const cache = new Float64Array(size);
    cache.set(this.idfCache);
    const stamp = new Float64Array(size).fill(-1);
    stamp.set(this.idfStamp);
    this.idfCache = cache;
    this.idfStamp = stamp;
  }
}
