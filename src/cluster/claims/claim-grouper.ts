import type { Claim, ClaimFigure } from '../../model/cluster.ts';
import type { EnrichedDocument } from '../../model/document.ts';
import type { Figure } from '../../model/figure.ts';
import { stableId } from '../hashing.ts';
import { packFor } from '../language.ts';
import { judgeConsistency } from './consistency.ts';
import type { ClaimItemRecord } from '../../store/cluster-port.ts';
import { contextSimilarity, figureContexts } from './figure-context.ts';
import { unitFamily } from './unit-families.ts';

export interface ClaimOptions {
  /** Context similarity from which two figures of one unit family are about the same thing. */
  minContextSimilarity: number;
}

export const DEFAULT_CLAIM_OPTIONS: ClaimOptions = { minContextSimilarity: 0.2 };

interface Item {
  record: ClaimItemRecord;
  words: Map<string, number>;
}

/**
 * The figures of one document that may take part in claims (known unit), with the words around
 * them: computed once when the document is analysed, kept by a store between batches.
 */
export function claimItemsOf(doc: EnrichedDocument): ClaimItemRecord[] {
  const figures = doc.figures.filter((figure) => figure.unit && Number.isFinite(figure.value));
  const contexts = figureContexts(packFor(doc.language), doc.text, figures);
  return figures.map((figure, at) => ({
    document: doc.id,
    source: doc.outlet ?? doc.id,
    family: unitFamily(figure.unit!),
    text: figure.text,
    value: figure.value,
    qualifier: figure.qualifier,
    start: figure.start,
    end: figure.end,
    figure: { ...figure },
    words: [...contexts[at]!.words],
    subject: contexts[at]!.subject,
  }));
}

function toItem(record: ClaimItemRecord): Item {
  return { record, words: new Map(record.words) };
}

/** The member whose context is closest to all the others: its phrase names the claim. */
function representative(group: Item[]): Item {
  let best = group[0]!;
  let bestScore = -1;
  for (const item of group) {
    const score = group.reduce(
      (sum, other) => sum + contextSimilarity(item.words, other.words),
      0,
    );
    if (score > bestScore) [best, bestScore] = [item, score];
  }
  return best;
}

function toClaim(group: Item[]): Claim {
  const figures: ClaimFigure[] = group.map(({ record }) => ({
    document: record.document,
    text: record.text,
    value: record.value,
    qualifier: record.qualifier as Figure['qualifier'],
    start: record.start,
    end: record.end,
  }));
  const verdict = judgeConsistency(group.map(({ record }) => record.figure as unknown as Figure));
  return {
    id: stableId(
      'clm',
      figures
        .map((figure) => `${figure.document}:${figure.start}`)
        .sort()
        .join('|'),
    ),
    subject: representative(group).record.subject,
    unit: group[0]!.record.family,
    figures,
    consistent: verdict.consistent,
    reasoning: verdict.reasoning,
  };
}

/** Items compared with each other at most this far apart in date order: bounds the pairs per scope. */
const COMPARE_SPAN = 200;

interface Link {
  a: number;
  b: number;
  similarity: number;
}

/** Pairs of figures from different documents, same unit family, alike enough; most alike first. */
function linksOf(items: Item[], minSimilarity: number): Link[] {
  const links: Link[] = [];
  for (let a = 0; a < items.length; a++) {
    for (let b = a + 1; b < Math.min(items.length, a + 1 + COMPARE_SPAN); b++) {
      const [x, y] = [items[a]!, items[b]!];
      if (x.record.family !== y.record.family || x.record.document === y.record.document) continue;
      const similarity = contextSimilarity(x.words, y.words);
      if (similarity >= minSimilarity) links.push({ a, b, similarity });
    }
  }
  return links.sort((p, q) => q.similarity - p.similarity || p.a - q.a || p.b - q.b);
}

/**
 * Claims within one scope (the documents of an event or a storyline): figures of one unit family
 * whose surrounding words are alike, from at least two sources, one figure per document. Groups
 * grow by the most alike pairs first and never take two figures of one document (a crosshead
 * repeating the body's number stays out). Copies (documents with `duplicateOf`) are left out: a
 * syndicated text is not an independent source.
 */
export function claimsInScope(
  docs: readonly EnrichedDocument[],
  options: ClaimOptions = DEFAULT_CLAIM_OPTIONS,
): Claim[] {
  return groupClaims(
    docs.filter((doc) => !doc.duplicateOf).flatMap(claimItemsOf),
    options,
  );
}

/** Claims among the figures of one scope (see `claimsInScope`); items of copies are left out by the caller. */
export function groupClaims(records: readonly ClaimItemRecord[], options: ClaimOptions = DEFAULT_CLAIM_OPTIONS): Claim[] {
  const items = records.map(toItem);
  const groupOf = items.map((_, index) => index);
  const members = new Map(items.map((item, index) => [index, [item]]));
  for (const link of linksOf(items, options.minContextSimilarity)) {
    const [ga, gb] = [groupOf[link.a]!, groupOf[link.b]!];
    if (ga === gb) continue;
    const [left, right] = [members.get(ga)!, members.get(gb)!];
    const docs = new Set(left.map((item) => item.record.document));
    if (right.some((item) => docs.has(item.record.document))) continue;
    left.push(...right);
    members.delete(gb);
    groupOf.forEach((group, index) => {
      if (group === gb) groupOf[index] = ga;
    });
  }
  return [...members.values()]
    .filter((group) => new Set(group.map((item) => item.record.source)).size >= 2)
    .map(toClaim);
}
