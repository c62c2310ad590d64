/**
 * Inverted index from a key (term or entity id) to the documents holding it, newest last. Lists
 * are trimmed to the most recent `keep` entries, and a lookup reads at most `readCap` of them
 * newest-first, so the cost of a lookup never grows with the corpus.
 */
export class PostingIndex {
  private readonly postings = new Map<number, number[]>();

  constructor(
    private readonly readCap = 200,
    private readonly keep = 400,
  ) {}

  add(key: number, item: number): void {
    const list = this.postings.get(key);
    if (!list) this.postings.set(key, [item]);
    else {
      list.push(item);
      if (list.length > this.keep * 2) list.splice(0, list.length - this.keep);
    }
  }

  /** Puts items known from elsewhere (a store) before the ones held, oldest first: they are older. */
  prepend(key: number, items: readonly number[]): void {
    const list = this.postings.get(key);
    this.postings.set(key, list ? [...items, ...list] : [...items]);
  }

  /** Calls `visit` for up to `readCap` items under `key`, newest first, while it returns true. */
  scan(key: number, visit: (item: number) => boolean): void {
    const list = this.postings.get(key);
    if (!list) return;
    const stop = Math.max(0, list.length - this.readCap);
    for (let index = list.length - 1; index >= stop; index--) if (!visit(list[index]!)) return;
  }

  /** Removes items that `gone` rejects; keys left without items disappear. */
  prune(gone: (item: number) => boolean): void {
    for (const [key, list] of this.postings) {
      const kept = list.filter((item) => !gone(item));
      if (kept.length === 0) this.postings.delete(key);
      else if (kept.length < list.length) this.postings.set(key, kept);
    }
  }

  get keyCount(): number {
    return this.postings.size;
  }
}
