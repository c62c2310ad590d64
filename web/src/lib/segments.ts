/** What a highlight in the document text stands for. */
export type AnnotationKind = 'entity' | 'quote' | 'figure' | 'time';

/** One highlight: a half-open span `[start, end)` of the clean text, in UTF-16 code units. */
export interface Annotation {
  kind: AnnotationKind;
  start: number;
  end: number;
  /** Shared by every span of the same thing (all mentions of one entity), so they light up together. */
  group: string;
  /** Short description for the hover title. */
  label: string;
  /** Extra style hook, e.g. the entity type. */
  variant?: string;
}

/** A run of text under one unchanging set of annotations. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  annotations: Annotation[];
}

export interface Range {
  start: number;
  end: number;
}

/** Paragraph ranges of the text: runs separated by a blank line. */
export function paragraphRanges(text: string): Range[] {
  const ranges: Range[] = [];
  const separator = /\n[ \t\r]*\n\s*/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    if (match.index > start) ranges.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges.filter((r) => text.slice(r.start, r.end).trim() !== '');
}

/**
 * Cuts `text[from, to)` at every annotation boundary, so each piece carries the annotations that
 * cover all of it. Overlapping and nested spans simply stack; spans outside the range or empty are ignored.
 */
export function buildSegments(
  text: string,
  annotations: readonly Annotation[],
  range: Range = { start: 0, end: text.length },
): Segment[] {
  const from = Math.max(0, range.start);
  const to = Math.min(text.length, range.end);
  if (to <= from) return [];
  const clipped = annotations
    .map((a) => ({ ...a, start: Math.max(a.start, from), end: Math.min(a.end, to) }))
    .filter((a) => Number.isInteger(a.start) && Number.isInteger(a.end) && a.start < a.end);
  const cuts = new Set<number>([from, to]);
  for (const a of clipped) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const byStart = [...clipped].sort((x, y) => x.start - y.start || y.end - x.end);
  const segments: Segment[] = [];
  let active: Annotation[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    active = active.filter((a) => a.end > start);
    while (next < byStart.length && byStart[next]!.start <= start) {
      const candidate = byStart[next]!;
      if (candidate.end > start) active.push(candidate);
      next += 1;
    }
    segments.push({ start, end, text: text.slice(start, end), annotations: [...active] });
  }
  return segments;
}
