/** How one item of a batch ended. */
export type ItemOutcome = { ok: true } | { ok: false; error: Error };

export interface BatcherOptions<T> {
  /** A batch is processed as soon as it holds this many items. */
  maxSize: number;
  /** …or this long after its first item arrived, whichever comes first. */
  maxWaitMs: number;
  /** Processes one batch; returns one outcome per item, in order. */
  process: (items: T[]) => Promise<ItemOutcome[]>;
}

interface Pending<T> {
  item: T;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * Gathers items handed in one at a time (one per running job) into batches processed together,
 * and settles each item's promise with its own outcome: the job of an item that failed fails,
 * its batch-mates succeed.
 */
export class Batcher<T> {
  #pending: Pending<T>[] = [];
  #timer: NodeJS.Timeout | null = null;
  #running = new Set<Promise<void>>();

  constructor(private readonly options: BatcherOptions<T>) {}

  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#pending.push({ item, resolve, reject });
      if (this.#pending.length >= this.options.maxSize) this.flush();
      else this.#timer ??= setTimeout(() => this.flush(), this.options.maxWaitMs);
    });
  }

  /** Processes what is gathered now, without waiting for more (a batch is full, time is up, or we stop). */
  flush(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const batch = this.#pending.splice(0, this.options.maxSize);
    if (this.#pending.length > 0) this.#timer = setTimeout(() => this.flush(), this.options.maxWaitMs);
    if (batch.length === 0) return;
    const run = this.#process(batch).finally(() => this.#running.delete(run));
    this.#running.add(run);
  }

  /** Resolves when every batch started so far has been processed. */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.all(this.#running);
  }

  async #process(batch: Pending<T>[]): Promise<void> {
    let outcomes: ItemOutcome[];
    try {
      outcomes = await this.options.process(batch.map((pending) => pending.item));
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      outcomes = batch.map(() => ({ ok: false, error: failure }));
    }
    batch.forEach((pending, index) => {
      const outcome = outcomes[index] ?? { ok: false, error: new Error('the batch gave no outcome for this item') };
      if (outcome.ok) pending.resolve();
      else pending.reject(outcome.error);
    });
  }
}
