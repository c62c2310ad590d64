import { type FormEvent, useState } from 'react';
import { apiPath } from '../api/client.ts';
import type { EntityListItem, ListResponse } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { ENTITY_TYPE_LABELS, EntityTypeBadge } from '../components/badge.tsx';
import { PageHeader } from '../components/section.tsx';
import { Empty, Loaded } from '../components/status.tsx';
import { formatNumber } from '../lib/format.ts';
import { href, navigate } from '../router.ts';
import { Pager } from './pager.tsx';

const PAGE_SIZE = 50;

function EntityTable({ items }: { items: EntityListItem[] }) {
  return (
    <div className="table-scroll">
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Nama</th>
            <th scope="col">Jenis</th>
            <th scope="col">Alias</th>
            <th scope="col" className="num">
              Dokumen
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id}>
              <td>
                <a href={href('entities', e.id)}>{e.name}</a>
              </td>
              <td>
                <EntityTypeBadge type={e.type} />
              </td>
              <td className="muted">{e.aliases.map((a) => a.alias).join(', ') || '—'}</td>
              <td className="num">{formatNumber(e.documentCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function EntitiesPage({ query }: { query: URLSearchParams }) {
  const q = query.get('q') ?? '';
  const type = query.get('type') ?? '';
  const [draft, setDraft] = useState(q);
  const [offset, setOffset] = useState(0);
  const entities = useApi<ListResponse<EntityListItem>>(
    apiPath('/api/entities', { q, type, limit: PAGE_SIZE, offset }),
  );
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setOffset(0);
    navigate(href('entities', { q: draft.trim(), type }));
  };
  // The type applies at once; the name waits for the form to be sent.
  const changeType = (next: string): void => {
    setOffset(0);
    navigate(href('entities', { q, type: next }));
  };
  return (
    <div className="page">
      <PageHeader kicker="Entitas" title="Orang, organisasi dan tempat" />
      <search>
        <form className="search-row narrow" onSubmit={submit}>
          <label htmlFor="entity-q" className="visually-hidden">
            Nama atau alias
          </label>
          <input
            id="entity-q"
            type="search"
            value={draft}
            maxLength={200}
            placeholder="Nama atau alias…"
            onChange={(e) => setDraft(e.target.value)}
          />
          <label htmlFor="entity-type" className="visually-hidden">
            Jenis
          </label>
          <select id="entity-type" value={type} onChange={(e) => changeType(e.target.value)}>
            <option value="">Semua jenis</option>
            {Object.entries(ENTITY_TYPE_LABELS).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            Saring
          </button>
        </form>
      </search>
      <Loaded resource={entities} what="entitas">
        {(data) => (
          <>
            <p className="result-count">
              {data.total !== undefined ? `${formatNumber(data.total)} entitas` : ''}
              {q && ` cocok dengan “${q}”`}, paling sering disebut dahulu
            </p>
            {data.items.length === 0 ? <Empty>Tidak ada entitas.</Empty> : <EntityTable items={data.items} />}
            <Pager offset={offset} pageSize={PAGE_SIZE} shown={data.items.length} onChange={setOffset} />
          </>
        )}
      </Loaded>
    </div>
  );
}
