import type { Claim, EventSource } from '../../api/types.ts';
import { Badge } from '../../components/badge.tsx';
import { DocumentLink } from '../../components/links.tsx';
import { Section } from '../../components/section.tsx';
import { Empty } from '../../components/status.tsx';
import { formatQuantity, qualifierLabel } from '../../lib/format.ts';
import { byPublished, sourceNamer } from './source-labels.ts';

interface Cell {
  text: string;
  value: number;
  qualifier: string;
}

/** One line of the comparison: a claim (or, before claims exist, a unit) and each source's figures for it. */
interface FigureRow {
  key: string;
  subject: string;
  unit: string | null;
  /** null when nobody has judged agreement yet. */
  consistent: boolean | null;
  reasoning: string | null;
  cells: Map<string, Cell[]>;
}

function push(cells: Map<string, Cell[]>, document: string, cell: Cell): void {
  cells.set(document, [...(cells.get(document) ?? []), cell]);
}

function rowsFromClaims(claims: Claim[]): FigureRow[] {
  return claims.map((claim) => {
    const cells = new Map<string, Cell[]>();
    for (const f of claim.figures) push(cells, f.document, f);
    return {
      key: claim.id,
      subject: claim.subject,
      unit: claim.unit,
      consistent: claim.consistent,
      reasoning: claim.reasoning,
      cells,
    };
  });
}

/** Without claims, figures that share a unit across two or more sources are the next best comparison. */
function rowsByUnit(sources: EventSource[]): FigureRow[] {
  const byUnit = new Map<string, Map<string, Cell[]>>();
  for (const source of sources)
    for (const f of source.figures) {
      if (!f.unit) continue;
      const cells = byUnit.get(f.unit) ?? new Map<string, Cell[]>();
      push(cells, source.id, f);
      byUnit.set(f.unit, cells);
    }
  return [...byUnit.entries()]
    .filter(([, cells]) => cells.size >= 2)
    .map(([unit, cells]) => ({ key: unit, subject: unit, unit, consistent: null, reasoning: null, cells }));
}

function StatusBadge({ row }: { row: FigureRow }) {
  if (row.consistent === null) return null;
  return row.consistent ? <Badge tone="ok">selaras</Badge> : <Badge tone="danger">berbeda</Badge>;
}

function FigureMatrix({ rows, sources }: { rows: FigureRow[]; sources: EventSource[] }) {
  const nameOf = sourceNamer(sources);
  return (
    <div className="table-scroll">
      <table className="matrix">
        <thead>
          <tr>
            <th scope="col">Klaim</th>
            {sources.map((s) => (
              <th scope="col" key={s.id}>
                <DocumentLink id={s.id}>{nameOf(s.id)}</DocumentLink>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.consistent === false ? 'disputed' : undefined}>
              <th scope="row">
                <div>
                  {row.subject} <StatusBadge row={row} />
                </div>
                {row.unit && row.unit !== row.subject && (
                  <div className="muted small">satuan: {row.unit}</div>
                )}
                {row.reasoning && (
                  <div className={row.consistent === false ? 'reasoning' : 'muted small'}>
                    {row.reasoning}
                  </div>
                )}
              </th>
              {sources.map((s) => (
                <td key={s.id}>
                  {(row.cells.get(s.id) ?? []).map((cell) => (
                    <div key={`${cell.text}:${cell.value}`} className="figure-cell">
                      <strong>{formatQuantity(cell.value, row.unit)}</strong>
                      <div className="muted small">
                        {qualifierLabel(cell.qualifier)} · <q>{cell.text}</q>
                      </div>
                    </div>
                  ))}
                  {!row.cells.has(s.id) && <span className="muted">—</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FiguresPerSource({ sources }: { sources: EventSource[] }) {
  const nameOf = sourceNamer(sources);
  return (
    <details className="all-figures">
      <summary>Semua angka per sumber</summary>
      <div className="source-grid">
        {sources.map((s) => (
          <div key={s.id} className="card">
            <h3 className="source-outlet">{nameOf(s.id)}</h3>
            {s.figures.length === 0 ? (
              <p className="empty small">Tidak ada angka.</p>
            ) : (
              <ul className="plain-list small">
                {s.figures.map((f) => (
                  <li key={`${f.start}-${f.end}`}>
                    <q>{f.text}</q> → {formatQuantity(f.value, f.unit)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </details>
  );
}

/** Figures side by side, one row per claim, disagreements marked with the reasoning. */
export function EventFigures({ sources, claims }: { sources: EventSource[]; claims: Claim[] }) {
  const fromClaims = claims.length > 0;
  const rows = fromClaims ? rowsFromClaims(claims) : rowsByUnit(sources);
  const disputed = rows.filter((r) => r.consistent === false).length;
  const ordered = byPublished(sources);
  const anyFigures = sources.some((s) => s.figures.length > 0);
  return (
    <Section title="Angka antarsumber" count={rows.length}>
      {disputed > 0 && (
        <p className="callout danger" role="note">
          {disputed} klaim berbeda antarsumber.
        </p>
      )}
      {!fromClaims && rows.length > 0 && (
        <p className="muted small">Belum ada klaim yang dibandingkan; angka dikelompokkan menurut satuan.</p>
      )}
      {rows.length > 0 ? (
        <FigureMatrix rows={rows} sources={ordered} />
      ) : (
        <Empty>
          {anyFigures ? 'Tidak ada angka yang bisa dibandingkan antarsumber.' : 'Tidak ada angka.'}
        </Empty>
      )}
      {anyFigures && <FiguresPerSource sources={ordered} />}
    </Section>
  );
}
