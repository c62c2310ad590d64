import { useCallback, useMemo, useState } from 'react';
import type { EnrichedDocument } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { Badge } from '../../components/badge.tsx';
import { PageHeader } from '../../components/section.tsx';
import { Loaded } from '../../components/status.tsx';
import { formatPartialDate } from '../../lib/format.ts';
import type { AnnotationKind } from '../../lib/segments.ts';
import { AnnotatedText } from './annotated-text.tsx';
import { AnnotationPanel, type PanelState } from './annotation-panel.tsx';
import { documentAnnotations, KINDS } from './annotations.ts';
import { Diagnostics } from './diagnostics.tsx';
import { DocumentMeta } from './document-meta.tsx';
import { RemovedPieces } from './removed-pieces.tsx';

function usePanelState(): PanelState {
  const [shown, setShown] = useState<Set<AnnotationKind>>(() => new Set(KINDS));
  const [focus, setFocus] = useState<string | null>(null);
  const toggleKind = useCallback((kind: AnnotationKind) => {
    setShown((current) => {
      const next = new Set(current);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });
  }, []);
  const toggleFocus = useCallback((group: string, kind: AnnotationKind) => {
    setShown((current) => (current.has(kind) ? current : new Set([...current, kind])));
    setFocus((current) => (current === group ? null : group));
  }, []);
  return { shown, focus, toggleKind, toggleFocus };
}

function DocumentView({ doc }: { doc: EnrichedDocument }) {
  const panel = usePanelState();
  const all = useMemo(() => documentAnnotations(doc), [doc]);
  const visible = useMemo(() => all.filter((a) => panel.shown.has(a.kind)), [all, panel.shown]);
  return (
    <article className="page document" aria-labelledby="doc-title">
      <PageHeader
        kicker={[doc.outlet ?? 'Dokumen', doc.published ? formatPartialDate(doc.published.value) : null]
          .filter(Boolean)
          .join(' · ')}
        title={<span id="doc-title">{doc.title || '(tanpa judul)'}</span>}
        pageTitle={doc.title || 'Dokumen tanpa judul'}
      >
        {doc.duplicateOf && <Badge tone="warn">duplikat</Badge>}
      </PageHeader>
      <DocumentMeta doc={doc} />
      <div className="doc-layout">
        <div className="doc-main">
          <AnnotatedText text={doc.text} annotations={visible} focus={panel.focus} />
          <RemovedPieces pieces={doc.removed} />
          <Diagnostics doc={doc} />
        </div>
        <AnnotationPanel doc={doc} state={panel} />
      </div>
    </article>
  );
}

export function DocumentPage({ id }: { id: string }) {
  const doc = useApi<EnrichedDocument>(`/api/documents/${encodeURIComponent(id)}`);
  return (
    <Loaded resource={doc} what="dokumen">
      {(data) => <DocumentView key={data.id} doc={data} />}
    </Loaded>
  );
}
