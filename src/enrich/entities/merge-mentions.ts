import type { NameMention } from './types.ts';

/**
 * Puts mentions from several layers together without overlaps. Earlier layers win, except that a
 * later mention that strictly contains earlier ones (the table's "Korea Utara" over the model's
 * "Korea") replaces them when `replaceContained` is set.
 */

function overlaps(a: NameMention, b: NameMention): boolean {
  return a.start < b.end && b.start < a.end;
}

function contains(outer: NameMention, inner: NameMention): boolean {
  return (
    outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start
  );
}

export function byPosition(a: NameMention, b: NameMention): number {
  return a.start - b.start || b.end - a.end;
}

/** Model mentions among themselves: the longer of two overlapping spans stays. */
export function withoutOverlaps(mentions: readonly NameMention[]): NameMention[] {
  const sorted = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: NameMention[] = [];
  for (const mention of sorted) {
    if (!kept.some((other) => overlaps(other, mention))) kept.push(mention);
  }
  return kept.sort(byPosition);
}

export function addLayer(
  base: readonly NameMention[],
  layer: readonly NameMention[],
  options: { replaceContained: boolean },
): NameMention[] {
  let result = [...base];
  for (const mention of layer) {
    const hit = result.filter((other) => overlaps(other, mention));
    if (hit.length === 0) {
      result.push(mention);
      continue;
    }
    if (options.replaceContained && hit.every((other) => contains(mention, other))) {
      const roles = hit.flatMap((other) => other.roles);
      result = result.filter((other) => !hit.includes(other));
      result.push({ ...mention, roles: [...mention.roles, ...roles] });
    }
  }
  return result.sort(byPosition);
}
