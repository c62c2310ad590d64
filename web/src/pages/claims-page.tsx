import type { Claim, ClaimsResponse, DocumentLabel } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { Badge } from '../components/badge.tsx';
import { DocumentLink } from '../components/links.tsx';
import { PageHeader } from '../components/section.tsx';
import { Empty, Loaded } from '../components/status.tsx';
import { formatPartialDate, formatQuantity, qualifierLabel } from '../lib/format.ts';

function ClaimCard({ claim, labels }: { claim: Claim; labels: Map<string, DocumentLabel> }) {
  return (
    <li className={`card claim ${claim.consistent ? '' : 'disputed'}`}>
      <h2 className="claim-subject">
        {claim.subject}{' '}
        {claim.consistent ? <Badge tone="ok">selaras</Badge> : <Badge tone="danger">berbeda</Badge>}
      </h2>
      <p className={claim.consistent ? 'muted small' : 'reasoning'}>{claim.reasoning}</p>
      <div className="table-scroll">
        <table className="data compact">
          <thead>
            <tr>
              <th scope="col">Sumber</th>
              <th scope="col">Teks</th>
              <th scope="col" className="num">
                Nilai
              </th>
              <th scope="col">Kualifikasi</th>
            </tr>
          </thead>
          <tbody>
            {claim.figures.map((f) => {
              const label = labels.get(f.document);
              return (
                <tr key={`${f.document}:${f.start}`}>
                  <td>
                    <DocumentLink id={f.document}>{label?.outlet ?? label?.title ?? f.document}</DocumentLink>
                    {label?.published && (
                      <div className="muted small">{formatPartialDate(label.published)}</div>
                    )}
                  </td>
                  <td>
                    <q>{f.text}</q>
                  </td>
                  <td className="num">{formatQuantity(f.value, claim.unit)}</td>
                  <td>{qualifierLabel(f.qualifier)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </li>
  );
}

export function ClaimsPage() {
  const claims = useApi<ClaimsResponse>('/api/claims?limit=500');
  return (
    <div className="page">
      <PageHeader kicker="Klaim angka" title="Angka dibandingkan antarsumber" />
      <Loaded resource={claims} what="klaim">
        {(data) => {
          if (data.items.length === 0)
            return (
              <Empty>
                Belum ada klaim: angka baru dibandingkan bila dua sumber atau lebih menyebut hal yang sama.
              </Empty>
            );
          const labels = new Map((data.documents ?? []).map((d) => [d.id, d]));
          const ordered = [...data.items].sort((a, b) => Number(a.consistent) - Number(b.consistent));
          return (
            <ul className="claim-list">
              {ordered.map((claim) => (
                <ClaimCard key={claim.id} claim={claim} labels={labels} />
              ))}
            </ul>
          );
        }}
      </Loaded>
    </div>
  );
}
