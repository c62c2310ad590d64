import type { EventSource, NewsEvent } from '../../api/types.ts';
import { DocumentLink, EntityLink } from '../../components/links.tsx';
import { Section } from '../../components/section.tsx';
import { Similarity } from '../../components/similarity.tsx';
import { Empty } from '../../components/status.tsx';
import { formatNumber } from '../../lib/format.ts';
import { entityNames, sourceNamer } from './source-labels.ts';

function gapLabel(days: number | null): string {
  if (days === null) return 'tidak diketahui';
  if (days === 0) return 'hari yang sama';
  return `${formatNumber(Math.abs(days))} hari`;
}

/** Why these articles are one event: for each, the article it joined, how alike they are, and what they share. */
export function EventEvidence({ event, sources }: { event: NewsEvent; sources: EventSource[] }) {
  const nameOf = sourceNamer(sources);
  const names = entityNames(sources);
  if (event.evidence.length === 0)
    return (
      <Section title="Mengapa satu peristiwa">
        <Empty>
          {event.documents.length <= 1
            ? 'Peristiwa ini baru punya satu sumber.'
            : 'Tidak ada bukti keanggotaan yang tersimpan.'}
        </Empty>
      </Section>
    );
  return (
    <Section title="Mengapa satu peristiwa" count={event.evidence.length}>
      <div className="table-scroll">
        <table className="data stack">
          <thead>
            <tr>
              <th scope="col">Dokumen</th>
              <th scope="col">Dihubungkan ke</th>
              <th scope="col">Kemiripan</th>
              <th scope="col">Entitas bersama</th>
              <th scope="col">Selisih waktu</th>
            </tr>
          </thead>
          <tbody>
            {event.evidence.map((e) => (
              <tr key={e.document}>
                <td data-label="Dokumen">
                  <DocumentLink id={e.document}>{nameOf(e.document)}</DocumentLink>
                </td>
                <td data-label="Dihubungkan ke">
                  {e.linkedTo ? (
                    <DocumentLink id={e.linkedTo}>{nameOf(e.linkedTo)}</DocumentLink>
                  ) : (
                    <span className="muted">pertama</span>
                  )}
                </td>
                <td data-label="Kemiripan">
                  <Similarity value={e.similarity} />
                </td>
                <td data-label="Entitas bersama">
                  {e.sharedEntities.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    <span className="chips">
                      {e.sharedEntities.map((id) => (
                        <span key={id} className="chip">
                          <EntityLink id={id} name={names.get(id)?.name ?? id} />
                        </span>
                      ))}
                    </span>
                  )}
                </td>
                <td data-label="Selisih waktu" className="num">
                  {gapLabel(e.timeGapDays)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
