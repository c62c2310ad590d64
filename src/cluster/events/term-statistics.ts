/**
 * Interned keys (stemmed terms or entity ids) with document frequencies kept up to date as
 * documents arrive, so inverse document frequencies always reflect the corpus seen so far.
 */
export class TermStatistics {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly frequencies: number[] = [];
  private documents = 0;

  /** The id of `key`, creating it (with frequency 0) when new. */
  intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(key, id);
      this.names.push(key);
      this.frequencies.push(0);
    }
    return id;
  }

  lookup(key: string): number | undefined {
    return this.ids.get(key);
  }

  nameOf(id: number): string {
    return this.names[id]!;
  }

  /** Counts one more document holding each of `keys` (distinct). */
  observe(keys: Iterable<string>): void {
    this.documents++;
    for (const key of keys) this.frequencies[this.intern(key)]!++;
  }

  get documentCount(): number {
    return this.documents;
  }

  /** Smoothed inverse document frequency; positive even for a key in every document. */
  idf(id: number): number {
    const frequency = this.frequencies[id] ?? 0;
    return Math.log((this.documents + 1) / (frequency + 0.5));
  }
}
