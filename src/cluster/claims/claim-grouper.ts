import type { Claim, ClaimFigure } from '../../model/cluster.ts';
import type { EnrichedDocument } from '../../model/document.ts';
import type { Figure } from '../../model/figure.ts';
import { stableId } from '../hashing.ts';
import { packFor } from '../language.ts';
import { judgeConsistency } from './consistency.ts';
import { contextSimilarity, type FigureContext, figureContexts } from './figure-context.ts';
import { unitFamily } from './unit-families.ts';

export interface ClaimOptions {
  /** Context similarity from which two figures of one unit family are about the same thing. */
  minContextSimilarity: number;
}

export const DEFAULT_CLAIM_OPTIONS: ClaimOptions = { minContextSimilarity: 0.2 };

interface Item {
  doc: EnrichedDocument;
  figure: Figure;
  family: string;
  context: FigureContext;
  /** The outlet, or the document when the outlet is unknown: one source per claim. */
  source: string;
}

/** Figures of the given documents that can take part in claims (independent documents, known unit). */
function itemsOf(docs: readonly EnrichedDocument[]): Item[] {
  const items: Item[] = [];
  for (const doc of docs) {
    if (doc.duplicateOf) continue;
    const figures = doc.figures.filter((figure) => figure.unit && Number.isFinite(figure.value));
    const contexts = figureContexts(packFor(doc.language), doc.text, figures);
    figures.forEach((figure, at) => {
      items.push({
        doc,
        figure,
        family: unitFamily(figure.unit!),
        context: contexts[at]!,
        source: doc.outlet ?? doc.id,
      });
    });
  }
  return items;
}

/** The member whose context is closest to all the others: its phrase names the claim. */
function representative(group: Item[]): Item {
  let best = group[0]!;
  let bestScore = -1;
  for (const item of group) {
    const score = group.reduce(
      (sum, other) => sum + contextSimilarity(item.context.words, other.context.words),
      0,
    );
    if (score > bestScore) [best, bestScore] = [item, score];
  }
  return best;
}

function toClaim(group: Item[]): Claim {
  const figures: ClaimFigure[] = group.map((item) => ({
    document: item.doc.id,
    text: item.figure.text,
    value: item.figure.value,
    qualifier: item.figure.qualifier,
    start: item.figure.start,
    end: item.figure.end,
  }));
  const verdict = judgeConsistency(group.map((item) => item.figure));
  return {
    id: stableId(
      'clm',
      figures
        .map((figure) => `${figure.document}:${figure.start}`)
        .sort()
        .join('|'),
    ),
    subject: representative(group).context.subject,
    unit: group[0]!.family,
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
      if (x.family !== y.family || x.doc.id === y.doc.id) continue;
      const similarity = contextSimilarity(x.context.words, y.context.words);
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
  const items = itemsOf(docs);
  const groupOf = items.map((_, index) => index);
  const members = new Map(items.map((item, index) => [index, [item]]));
  for (const link of linksOf(items, options.minContextSimilarity)) {
    const [ga, gb] = [groupOf[link.a]!, groupOf[link.b]!];
    if (ga === gb) continue;
    const [left, right] = [members.get(ga)!, members.get(gb)!];
    const docs = new Set(left.map((item) => item.doc.id));
    if (right.some((item) => docs.has(item.doc.id))) continue;
    left.push(...right);
    members.delete(gb);
    groupOf.forEach((group, index) => {
      if (group === gb) groupOf[index] = ga;
    });
  }
  return [...members.values()]
    .filter((group) => new Set(group.map((item) => item.source)).size >= 2)
    .map(toClaim);
}
