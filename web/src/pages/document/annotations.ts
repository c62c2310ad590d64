import type { EnrichedDocument } from '../../api/types.ts';
import { entityTypeLabel } from '../../components/badge.tsx';
import { formatDuration, formatPartialDate, formatQuantity, qualifierLabel } from '../../lib/format.ts';
import type { Annotation, AnnotationKind } from '../../lib/segments.ts';

export const KIND_LABELS: Record<AnnotationKind, string> = {
  entity: 'Entitas',
  quote: 'Kutipan',
  figure: 'Angka',
  time: 'Waktu',
};

export const KINDS: AnnotationKind[] = ['entity', 'quote', 'figure', 'time'];

export const entityGroup = (id: string): string => `entity:${id}`;
export const quoteGroup = (index: number): string => `quote:${index}`;
export const figureGroup = (index: number): string => `figure:${index}`;
export const timeGroup = (index: number): string => `time:${index}`;

/** Every highlight of a document, one per span, grouped so that all mentions of a thing light up together. */
export function documentAnnotations(doc: EnrichedDocument): Annotation[] {
  const entities = doc.entities.flatMap((e) =>
    e.mentions.map((m) => ({
      kind: 'entity' as const,
      start: m.start,
      end: m.end,
      group: entityGroup(e.entity),
      label: `${e.name} · ${entityTypeLabel(e.type)}`,
      variant: e.type.toLowerCase(),
    })),
  );
  const quotes = doc.quotes.map((q, i) => ({
    kind: 'quote' as const,
    start: q.start,
    end: q.end,
    group: quoteGroup(i),
    label: `Kutipan ${q.direct ? 'langsung' : 'tidak langsung'}: ${q.speaker?.name ?? 'pembicara tidak diketahui'}`,
  }));
  const figures = doc.figures.map((f, i) => ({
    kind: 'figure' as const,
    start: f.start,
    end: f.end,
    group: figureGroup(i),
    label: `${qualifierLabel(f.qualifier)} ${formatQuantity(f.value, f.unit)}`,
  }));
  const times = doc.times.map((t, i) => ({
    kind: 'time' as const,
    start: t.start,
    end: t.end,
    group: timeGroup(i),
    label: `Waktu: ${t.duration ? formatDuration(t.value) : formatPartialDate(t.value)}`,
  }));
  return [...entities, ...quotes, ...figures, ...times];
}
