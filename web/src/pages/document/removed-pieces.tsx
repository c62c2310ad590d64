import { useId, useState } from 'react';
import type { RemovedKind, RemovedPiece } from '../../../../src/model/document.ts';
import { Section } from '../../components/section.tsx';

const KIND_LABELS: Record<RemovedKind, string> = {
  navigation: 'Navigasi',
  promo: 'Promosi',
  share: 'Tombol bagikan',
  related: 'Baca juga',
  caption: 'Keterangan foto',
  credit: 'Kredit',
  byline: 'Penulis',
  dateline: 'Dateline',
  date: 'Tanggal',
  title: 'Judul',
  section: 'Rubrik',
  tags: 'Tag',
  embed: 'Sematan',
  editor: 'Editor',
  template: 'Templat outlet',
  other: 'Lainnya',
};

function groupByKind(pieces: RemovedPiece[]): [string, RemovedPiece[]][] {
  const groups = new Map<string, RemovedPiece[]>();
  for (const piece of pieces) groups.set(piece.kind, [...(groups.get(piece.kind) ?? []), piece]);
  return [...groups.entries()];
}

/** The boilerplate that extraction cut away, hidden until asked for, grouped by what it was. */
export function RemovedPieces({ pieces }: { pieces: RemovedPiece[] }) {
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const toggle =
    pieces.length === 0 ? null : (
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Sembunyikan' : 'Tampilkan'}
      </button>
    );
  return (
    <Section title="Teks yang dibuang" count={pieces.length} actions={toggle}>
      {pieces.length === 0 && <p className="empty small">Tidak ada yang dibuang.</p>}
      <div id={regionId} hidden={!open} className="removed">
        {groupByKind(pieces).map(([kind, group]) => (
          <div key={kind} className="removed-group">
            <h3>
              {KIND_LABELS[kind as RemovedKind] ?? kind} <span className="count">{group.length}</span>
            </h3>
            <ul>
              {group.map((piece, i) => (
                // The index is the key: the same text can be removed twice
                <li key={i}>
                  <span className="removed-text">{piece.text}</span>
                  {piece.rule && <span className="mono muted small"> {piece.rule}</span>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </Section>
  );
}
