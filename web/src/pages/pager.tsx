import { formatNumber } from '../lib/format.ts';

/** Previous/next buttons for offset paging; the API does not count totals, so "next" shows when a page is full. */
export function Pager({
  offset,
  pageSize,
  shown,
  onChange,
}: {
  offset: number;
  pageSize: number;
  shown: number;
  onChange: (offset: number) => void;
}) {
  if (offset === 0 && shown < pageSize) return null;
  return (
    <nav className="pager" aria-label="Halaman">
      <button
        type="button"
        className="button"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - pageSize))}
      >
        ← Sebelumnya
      </button>
      <span className="muted">
        {formatNumber(offset + 1)}–{formatNumber(offset + shown)}
      </span>
      <button
        type="button"
        className="button"
        disabled={shown < pageSize}
        onClick={() => onChange(offset + pageSize)}
      >
        Berikutnya →
      </button>
    </nav>
  );
}
