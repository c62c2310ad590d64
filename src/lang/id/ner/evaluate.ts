/**
 * Entity-level precision, recall and F1 as conlleval counts them: an entity is right only when its
 * span and type both match the gold one exactly. Stray I- tags open a new entity, as in conlleval.
 */

export interface EntityScore {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

/** `type@start-end` for every entity in a BIO sequence. */
export function entitySpans(tags: readonly string[]): string[] {
  const spans: string[] = [];
  let type: string | null = null;
  let start = 0;
  const close = (end: number) => {
    if (type !== null) spans.push(`${type}@${start}-${end}`);
    type = null;
  };
  tags.forEach((tag, at) => {
    const prefix = tag.slice(0, 2);
    const tagType = tag.slice(2);
    if (tag === 'O') close(at);
    else if (prefix === 'B-' || tagType !== type) {
      close(at);
      type = tagType;
      start = at;
    }
  });
  close(tags.length);
  return spans;
}

export function scoreEntities(gold: readonly string[][], predicted: readonly string[][]): EntityScore {
  let goldCount = 0;
  let predictedCount = 0;
  let correct = 0;
  gold.forEach((goldTags, at) => {
    const goldSpans = new Set(entitySpans(goldTags));
    const predictedSpans = entitySpans(predicted[at] ?? []);
    goldCount += goldSpans.size;
    predictedCount += predictedSpans.length;
    for (const span of predictedSpans) if (goldSpans.has(span)) correct++;
  });
  const precision = predictedCount === 0 ? 0 : correct / predictedCount;
  const recall = goldCount === 0 ? 0 : correct / goldCount;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold: goldCount, predicted: predictedCount, correct };
}
