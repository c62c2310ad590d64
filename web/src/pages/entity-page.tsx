import type { EntityDetail } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { Badge, EntityTypeBadge, type Tone } from '../components/badge.tsx';
import { DocumentLink } from '../components/links.tsx';
import { PageHeader, Section } from '../components/section.tsx';
import { Empty, Loaded } from '../components/status.tsx';
import { countLabel, formatPartialDate } from '../lib/format.ts';
import { EntityTimeline } from './entity-chart.tsx';

const ALIAS_SOURCES: Record<string, { label: string; tone: Tone; hint: string }> = {
  rule: { label: 'aturan', tone: 'neutral', hint: 'disimpulkan oleh aturan penggabungan nama' },
  text: { label: 'teks', tone: 'accent', hint: 'dinyatakan di teks, misalnya singkatan dalam kurung' },
  curated: { label: 'kurasi', tone: 'ok', hint: 'dari daftar alias yang dikurasi' },
  user: { label: 'pengguna', tone: 'warn', hint: 'ditambahkan oleh pengguna' },
};

function Aliases({ detail }: { detail: EntityDetail }) {
  const aliases = detail.entity.aliases;
  return (
    <Section title="Alias" count={aliases.length}>
      {aliases.length === 0 ? (
        <Empty>Tidak ada nama lain.</Empty>
      ) : (
        <div className="table-scroll">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Alias</th>
                <th scope="col">Asal</th>
                <th scope="col">Bukti</th>
              </tr>
            </thead>
            <tbody>
              {aliases.map((a) => {
                const source = ALIAS_SOURCES[a.source] ?? {
                  label: a.source,
                  tone: 'neutral' as const,
                  hint: a.source,
                };
                return (
                  <tr key={`${a.alias}:${a.source}`}>
                    <td>{a.alias}</td>
                    <td>
                      <Badge tone={source.tone} title={source.hint}>
                        {source.label}
                      </Badge>
                    </td>
                    <td className="muted">{a.evidence ?? '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}

type EntityQuote = EntityDetail['quotes'][number];

/** Quotes in document order, gathered under the document they come from. */
function byDocument(
  quotes: EntityQuote[],
): { document: string; title: string | null; quotes: EntityQuote[] }[] {
  const groups = new Map<string, { document: string; title: string | null; quotes: EntityQuote[] }>();
  for (const q of quotes) {
    const group = groups.get(q.document) ?? { document: q.document, title: q.title, quotes: [] };
    group.quotes.push(q);
    groups.set(q.document, group);
  }
  return [...groups.values()];
}

function Quotes({ detail }: { detail: EntityDetail }) {
  return (
    <Section title="Kutipan" count={detail.quotes.length}>
      {detail.quotes.length === 0 ? (
        <Empty>Belum ada kutipan dari {detail.entity.name}.</Empty>
      ) : (
        <div className="quote-groups">
          {byDocument(detail.quotes).map((group) => (
            <div key={group.document} className="quote-group">
              <h3 className="small">
                <DocumentLink id={group.document} title={group.title} />
              </h3>
              <ul className="plain-list">
                {group.quotes.map((q) => (
                  <li key={q.start} className="quote">
                    <blockquote className={q.direct ? 'direct' : 'indirect'}>
                      {q.direct ? <q>{q.text}</q> : q.text}
                    </blockquote>
                    <div className="muted small">
                      {q.direct ? 'langsung' : 'tidak langsung'}
                      {q.cue && <> · “{q.cue}”</>}
                    </div>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </Section>
  );
}

function Documents({ detail }: { detail: EntityDetail }) {
  return (
    <Section title="Dokumen" count={detail.documents.length}>
      {detail.documents.length === 0 ? (
        <Empty>Tidak ada dokumen.</Empty>
      ) : (
        <ol className="item-list">
          {detail.documents.map((d) => (
            <li key={d.id} className="item">
              <span className="item-date">
                {d.published ? formatPartialDate(d.published) : 'tanpa tanggal'}
              </span>
              <DocumentLink id={d.id} title={d.title} />
              <span className="item-meta">{d.outlet ?? 'outlet tidak diketahui'}</span>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

function EntityView({ detail }: { detail: EntityDetail }) {
  const { entity } = detail;
  return (
    <div className="page">
      <PageHeader kicker="Entitas" title={entity.name}>
        <EntityTypeBadge type={entity.type} />
        <span>{countLabel(entity.documents.length, 'dokumen')}</span>
        <span>{countLabel(detail.quotes.length, 'kutipan')}</span>
      </PageHeader>
      <Section title="Sebutan dari waktu ke waktu">
        {detail.timeline.length === 0 ? (
          <Empty>Belum ada sebutan.</Empty>
        ) : (
          <EntityTimeline timeline={detail.timeline} />
        )}
      </Section>
      <div className="columns">
        <div className="column">
          <Aliases detail={detail} />
          <Documents detail={detail} />
        </div>
        <div className="column">
          <Quotes detail={detail} />
        </div>
      </div>
    </div>
  );
}

export function EntityPage({ id }: { id: string }) {
  const detail = useApi<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`);
  return (
    <Loaded resource={detail} what="entitas">
      {(data) => <EntityView detail={data} />}
    </Loaded>
  );
}
