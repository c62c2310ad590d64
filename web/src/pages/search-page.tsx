import { type FormEvent, useEffect, useState } from 'react';
import { apiPath } from '../api/client.ts';
import type { DocumentSummary, ListResponse, SearchHit, SearchResponse, Stats } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { Badge } from '../components/badge.tsx';
import { PageHeader } from '../components/section.tsx';
import { Empty, Loaded } from '../components/status.tsx';
import { formatPartialDate } from '../lib/format.ts';
import { parseSnippet } from '../lib/snippet.ts';
import { href, navigate } from '../router.ts';
import { Pager } from './pager.tsx';

const PAGE_SIZE = 20;
const FIELDS = ['q', 'outlet', 'language', 'from', 'to'] as const;
type Field = (typeof FIELDS)[number];
type Criteria = Record<Field, string>;

function criteriaFrom(query: URLSearchParams): Criteria {
  return Object.fromEntries(FIELDS.map((f) => [f, query.get(f) ?? ''])) as Criteria;
}

export function Snippet({ text }: { text: string }) {
  return (
    <p className="snippet">
      {parseSnippet(text).map((part, i) =>
        // The index is the key: parts never reorder
        part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </p>
  );
}

function ResultItem({ item }: { item: DocumentSummary | SearchHit }) {
  return (
    <li className="result">
      <a className="result-title" href={href('documents', item.id)}>
        {item.title || '(tanpa judul)'}
      </a>
      <div className="result-meta">
        <span>{item.outlet ?? 'outlet tidak diketahui'}</span>
        {item.published && <time dateTime={item.published}>{formatPartialDate(item.published)}</time>}
        <Badge>{item.language}</Badge>
      </div>
      {'snippet' in item && <Snippet text={item.snippet} />}
    </li>
  );
}

function Filters({
  draft,
  stats,
  onChange,
}: {
  draft: Criteria;
  stats: Stats | null;
  onChange: (f: Field, v: string) => void;
}) {
  return (
    <fieldset className="filters">
      <legend className="visually-hidden">Saring</legend>
      <label>
        Outlet
        <select value={draft.outlet} onChange={(e) => onChange('outlet', e.target.value)}>
          <option value="">Semua</option>
          {stats?.outlets
            .filter((o) => o.outlet)
            .map((o) => (
              <option key={o.outlet} value={o.outlet ?? ''}>
                {o.outlet} ({o.documents})
              </option>
            ))}
        </select>
      </label>
      <label>
        Bahasa
        <select value={draft.language} onChange={(e) => onChange('language', e.target.value)}>
          <option value="">Semua</option>
          {stats?.languages.map((l) => (
            <option key={l.language} value={l.language}>
              {l.language} ({l.documents})
            </option>
          ))}
        </select>
      </label>
      <label>
        Dari
        <input type="date" value={draft.from} onChange={(e) => onChange('from', e.target.value)} />
      </label>
      <label>
        Sampai
        <input type="date" value={draft.to} onChange={(e) => onChange('to', e.target.value)} />
      </label>
    </fieldset>
  );
}

function resultCountText(q: string, offset: number, data: { items: unknown[]; tookMs?: number }): string {
  if (!q) return 'Dokumen terbaru dahulu';
  const shown = data.items.length;
  const range =
    shown === PAGE_SIZE || offset > 0 ? `hasil ${offset + 1}–${offset + shown}` : `${shown} hasil`;
  return `${range} untuk “${q}”, paling relevan dahulu${data.tookMs !== undefined ? ` · ${data.tookMs} ms` : ''}`;
}

function Results({ criteria, offset }: { criteria: Criteria; offset: number }) {
  const { q, ...filters } = criteria;
  const params = { ...filters, limit: PAGE_SIZE, offset };
  const path = q ? apiPath('/api/search', { q, ...params }) : apiPath('/api/documents', params);
  const results = useApi<SearchResponse | ListResponse<DocumentSummary>>(path);
  const goTo = (next: number): void => navigate(href('search', { ...criteria, offset: next || undefined }));
  return (
    <Loaded resource={results} what="hasil">
      {(data) => (
        <section aria-label="Hasil" aria-live="polite">
          <p className="result-count">{resultCountText(q, offset, data)}</p>
          {data.items.length === 0 ? (
            <Empty>
              {q
                ? 'Tidak ada dokumen yang cocok. Coba kata lain atau longgarkan saringan.'
                : 'Tidak ada dokumen.'}
            </Empty>
          ) : (
            <ol className="results">
              {data.items.map((item) => (
                <ResultItem key={item.id} item={item} />
              ))}
            </ol>
          )}
          <Pager offset={offset} pageSize={PAGE_SIZE} shown={data.items.length} onChange={goTo} />
        </section>
      )}
    </Loaded>
  );
}

export function SearchPage({ query }: { query: URLSearchParams }) {
  const queryKey = query.toString();
  const criteria = criteriaFrom(query);
  const offset = Math.max(0, Number.parseInt(query.get('offset') ?? '0', 10) || 0);
  const [draft, setDraft] = useState(criteria);
  const stats = useApi<Stats>('/api/stats');

  // The draft follows the URL whenever the URL changes (back, a link, a filter).
  useEffect(() => setDraft(criteriaFrom(new URLSearchParams(queryKey))), [queryKey]);

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    navigate(href('search', { ...draft, q: draft.q.trim() }));
  };
  const change = (field: Field, value: string): void => setDraft((d) => ({ ...d, [field]: value }));
  // Filters apply at once; the query text waits for the form to be sent.
  const changeFilter = (field: Field, value: string): void =>
    navigate(href('search', { ...criteria, [field]: value }));
  const filtered = FIELDS.some((f) => f !== 'q' && criteria[f]);

  return (
    <div className="page">
      <PageHeader kicker="Cari" title={criteria.q ? `Cari: ${criteria.q}` : 'Cari dan telusuri dokumen'} />
      <search>
        <form className="search-form" onSubmit={submit}>
          <div className="search-row">
            <label htmlFor="search-q" className="visually-hidden">
              Kata kunci
            </label>
            <input
              id="search-q"
              type="search"
              value={draft.q}
              maxLength={500}
              placeholder="Kata kunci, nama, tempat…"
              onChange={(e) => change('q', e.target.value)}
            />
            <button type="submit" className="button primary">
              Cari
            </button>
          </div>
          <Filters
            draft={draft}
            stats={stats.state === 'ready' ? stats.data : null}
            onChange={changeFilter}
          />
          {filtered && (
            <p>
              <a href={href('search', { q: criteria.q })}>Hapus saringan</a>
            </p>
          )}
        </form>
      </search>
      <Results criteria={criteria} offset={offset} />
    </div>
  );
}
