import { formatNumber } from '../lib/format.ts';

/** Previous/next buttons for offset paging; without a total, "next" shows when a page is full. */
export function Pager({
  offset,
  pageSize,
  shown,
  total,
  onChange,
}: {
  offset: number;
  pageSize: number;
  shown: number;
  total?: number;
  onChange: (offset: number) => void;
}) {
  const last = total === undefined ? shown < pageSize : offset + shown >= total;
  if (offset === 0 && last) return null;
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
        disabled={last}
        onClick={() => onChange(offset + pageSize)}
      >
        Berikutnya →
      </button>
    </nav>
  );
}
