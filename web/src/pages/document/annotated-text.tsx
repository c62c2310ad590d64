import { memo, useEffect, useMemo, useRef } from 'react';
import { type Annotation, buildSegments, paragraphRanges, type Segment } from '../../lib/segments.ts';

function segmentClass(segment: Segment, focus: string | null): string {
  const classes = new Set<string>(['ann']);
  for (const a of segment.annotations) {
    classes.add(`a-${a.kind}`);
    if (a.variant) classes.add(`a-${a.kind}-${a.variant}`);
    if (a.group === focus) classes.add('is-focused');
  }
  return [...classes].join(' ');
}

function SegmentView({ segment, focus }: { segment: Segment; focus: string | null }) {
  if (segment.annotations.length === 0) return <>{segment.text}</>;
  return (
    <span className={segmentClass(segment, focus)} title={segment.annotations.map((a) => a.label).join('\n')}>
      {segment.text}
    </span>
  );
}

/**
 * The clean text, paragraph by paragraph, with every annotation drawn over it. Overlapping spans are
 * cut into segments that carry all the annotations covering them, so highlights stack instead of clashing.
 */
export const AnnotatedText = memo(function AnnotatedText({
  text,
  annotations,
  focus,
}: {
  text: string;
  annotations: Annotation[];
  focus: string | null;
}) {
  const container = useRef<HTMLDivElement>(null);
  const paragraphs = useMemo(
    () =>
      paragraphRanges(text).map((range) => ({ range, segments: buildSegments(text, annotations, range) })),
    [text, annotations],
  );

  useEffect(() => {
    if (!focus) return;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    container.current
      ?.querySelector('.is-focused')
      ?.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  }, [focus]);

  if (text.trim() === '') return <p className="empty">Dokumen ini tidak punya teks.</p>;
  return (
    <div className="article-text" ref={container}>
      {paragraphs.map(({ range, segments }) => (
        <p key={range.start}>
          {segments.map((segment) => (
            <SegmentView key={segment.start} segment={segment} focus={focus} />
          ))}
        </p>
      ))}
    </div>
  );
});
