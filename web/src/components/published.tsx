import type { PublishedDate } from '../../../src/model/document.ts';
import { formatPartialDate } from '../lib/format.ts';
import { Badge } from './badge.tsx';

/** A publication date with its evidence; the reasoning opens on demand. */
export function Published({
  published,
  compact = false,
}: {
  published: PublishedDate | null;
  compact?: boolean;
}) {
  if (!published) return <span className="muted">tanggal tidak diketahui</span>;
  const date = <time dateTime={published.value}>{formatPartialDate(published.value)}</time>;
  if (compact)
    return (
      <span>
        {date}
        {published.inferred && (
          <>
            {' '}
            <Badge tone="warn" title={published.reasoning ?? published.evidence}>
              disimpulkan
            </Badge>
          </>
        )}
      </span>
    );
  return (
    <span className="published">
      {date} {published.inferred ? <Badge tone="warn">disimpulkan</Badge> : <Badge tone="ok">tertulis</Badge>}
      <details className="why">
        <summary>bukti</summary>
        <dl className="kv">
          <dt>Teks</dt>
          <dd>
            <q>{published.evidence}</q>
          </dd>
          {published.reasoning && (
            <>
              <dt>Penalaran</dt>
              <dd>{published.reasoning}</dd>
            </>
          )}
        </dl>
      </details>
    </span>
  );
}
