import type { EnrichedDocument } from '../../api/types.ts';
import { DocumentLink, ExternalLink } from '../../components/links.tsx';
import { Published } from '../../components/published.tsx';

/** What was decided about the document, each value with the evidence it rests on. */
export function DocumentMeta({ doc }: { doc: EnrichedDocument }) {
  return (
    <dl className="meta-grid">
      <div>
        <dt>Outlet</dt>
        <dd>
          {doc.outlet ?? <span className="muted">tidak diketahui</span>}
          {doc.outletEvidence && (
            <span className="evidence" title="bukti outlet">
              {' '}
              ← <q>{doc.outletEvidence}</q>
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt>Terbit</dt>
        <dd>
          <Published published={doc.published} />
        </dd>
      </div>
      {doc.section && (
        <div>
          <dt>Rubrik</dt>
          <dd>{doc.section}</dd>
        </div>
      )}
      {doc.byline && (
        <div>
          <dt>Penulis</dt>
          <dd>{doc.byline}</dd>
        </div>
      )}
      <div>
        <dt>Bahasa</dt>
        <dd>{doc.language}</dd>
      </div>
      <div>
        <dt>Sumber</dt>
        <dd className="break">
          {doc.url ? <ExternalLink url={doc.url} /> : <span className="mono">{doc.source}</span>}
        </dd>
      </div>
      {doc.duplicateOf && (
        <div>
          <dt>Duplikat dari</dt>
          <dd>
            <DocumentLink id={doc.duplicateOf}>{doc.duplicateOf}</DocumentLink>
          </dd>
        </div>
      )}
    </dl>
  );
}
